// End to end in headless Chromium against the real core: the built UI (ui/dist) served with
// `samuh-serve` over a fresh demo book. A treasurer's session in Hindi and Thai, a refused loan,
// a reversal, and screenshots of every screen in every language under target/e2e-screens/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { markAll, openOrg, screens, setLang, settled, showRegister, start } from './harness.mjs';

const TODAY = '2026-11-20';

let page, stop;

before(async () => { ({ page, stop } = await start(TODAY)); });
after(async () => { await stop?.(); });

async function cashBookRows(org) {
  return page.evaluate(async (org) => {
    const r = await fetch('./api/report_view', { method: 'POST', body: JSON.stringify({ params: { org, name: 'cash-book' }, locale: { lang: 'en' } }) });
    const v = await r.json();
    return v.sections.reduce((n, s) => n + s.rows.length, 0);
  }, org);
}

let voucher = '';
let member = '';

test('a loan above the cap is refused beside its field, in Hindi, and nothing is saved', async () => {
  await setLang(page, 'hi');
  await openOrg(page, 'shg-kishanganj');
  member = await page.getAttribute('#grid tbody tr:first-child', 'data-member');
  const before = await cashBookRows('shg-kishanganj');
  await page.click('#add-loan');
  await page.selectOption('[data-path="loans.0.member"]', member);
  await page.fill('[data-path="loans.0.amount"]', '९९,९९,९९९');
  const err = page.locator('.field-error[data-for="loans.0.amount"]');
  await err.waitFor();
  const text = await err.textContent();
  assert.match(text, /[\u0900-\u097F]/, 'the message is in Hindi');
  assert.equal(await err.getAttribute('data-code'), 'error-loan-above-cap');
  await page.screenshot({ path: path.join(screens, 'hi-loan-above-cap.png'), fullPage: true });
  await page.click('#meeting-save');
  await page.waitForTimeout(800);
  assert.equal(await page.locator('#saved-voucher').count(), 0);
  assert.equal(await cashBookRows('shg-kishanganj'), before, 'nothing saved');
});

test('in Hindi, a weekly meeting typed in Devanagari digits is saved and shows in the cash book and passbook', async () => {
  await setLang(page, 'hi');
  assert.equal(await page.textContent('#nav-meeting'), 'बैठक');
  await openOrg(page, 'shg-kishanganj');
  // A fresh form: the refused loan's draft of the test before is set aside.
  await page.click('#meeting-load');
  await page.waitForFunction(() => document.querySelectorAll('#loans tr').length === 0);
  await markAll(page); // no one is marked until the treasurer marks her (issue 12)
  await page.fill('[data-path="members.0.savings"]', '१००');
  await page.fill('#cash-counted', '');
  await settled(page);
  assert.equal(await page.locator('.field-error').count(), 0, 'no errors');
  const dateShown = await page.textContent('#meeting-date-display');
  await page.screenshot({ path: path.join(screens, 'hi-meeting-typed.png'), fullPage: true });
  const rowsBefore = await cashBookRows('shg-kishanganj');
  await page.dblclick('#meeting-save'); // a double click records once
  await page.waitForSelector('#saved-voucher');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#saved .field-error').count(), 0, 'the second click is not an error');
  voucher = (await page.textContent('#saved-voucher')).trim();
  assert.match(voucher, /\/\d{4}$/);
  assert.match(await page.textContent('#saved-code'), /^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await page.screenshot({ path: path.join(screens, 'hi-meeting-saved.png'), fullPage: true });

  const cash = await showRegister(page, 'cash-book');
  assert.ok(cash.includes(voucher), 'the cash book lists the new voucher');
  const rowsAfter = await cashBookRows('shg-kishanganj');
  assert.ok(rowsAfter > rowsBefore, 'the meeting is in the cash book');
  assert.equal(cash.split(voucher).length - 1, rowsAfter - rowsBefore, 'and only once: every new line carries this voucher');
  assert.ok(cash.includes(dateShown), 'dated the meeting day');
  const passbook = await showRegister(page, 'passbook', member);
  assert.ok(passbook.includes(dateShown) && passbook.includes('100.00'), 'the passbook shows the saving');
  await page.screenshot({ path: path.join(screens, 'hi-passbook.png') });
});

test('in Thai, labels are Thai and dates are in the Buddhist Era', async () => {
  await setLang(page, 'th');
  assert.equal(await page.textContent('#nav-meeting'), 'การประชุม');
  await page.click('#nav-home');
  await page.click('[data-testid="org-vf-roiet"]');
  await page.waitForSelector('#grid tbody tr');
  assert.match(await page.textContent('#meeting-date-display'), /2569/);
  const cash = await showRegister(page, 'cash-book');
  assert.match(cash, /[\u0E00-\u0E7F]/, 'Thai headings');
  assert.match(cash, /256[89]/, 'Buddhist Era years');
  await page.screenshot({ path: path.join(screens, 'th-cash-book.png') });
});

test('a reversed voucher and its reversal both show in the cash book', async () => {
  await setLang(page, 'hi');
  await openOrg(page, 'shg-kishanganj');
  await page.click('#nav-corrections');
  await page.fill('#reverse-voucher', voucher);
  await page.fill('#reverse-reason', 'बचत दो बार लिखी गई');
  await page.click('#reverse-submit');
  await page.waitForSelector('#reversal-voucher');
  const reversal = (await page.textContent('#reversal-voucher')).trim();
  assert.notEqual(reversal, voucher);
  const book = await page.textContent('#reverse-result .report');
  assert.ok(book.includes(voucher) && book.includes(reversal), 'both vouchers in the register');
  await page.screenshot({ path: path.join(screens, 'hi-reversal.png') });
});

test('the app owns its keys, Enter moves on, and a reload keeps the unsaved meeting', async () => {
  await setLang(page, 'en');
  await openOrg(page, 'coop-meherpur');
  await page.fill('[data-path="members.0.savings"]', '৫৫৫');
  await settled(page);
  await page.waitForFunction(() => (sessionStorage.getItem('samuh.draft.coop-meherpur') ?? '').includes('৫৫৫'));
  await page.focus('[data-path="members.0.savings"]');
  await page.keyboard.press('Enter');
  const next = await page.evaluate(() => document.activeElement?.dataset?.path);
  // The fine boxes are filled by the by-laws and left out of the Enter order (issue 12); the
  // cooperative keeps shares, so its shares box comes after savings (issue 14).
  assert.match(next ?? '', /^members\.(0\.shares|0\.repayment|1\.attendance)$/, 'Enter moves to the next field');
  const prevented = await page.evaluate(() => [['F5', false], ['F7', false], ['F12', false], ['r', true]].map(([key, ctrlKey]) => {
    const e = new KeyboardEvent('keydown', { key, ctrlKey, cancelable: true, bubbles: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  }));
  assert.deepEqual(prevented, [true, true, true, true]);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForSelector('#grid tbody tr');
  assert.equal(await page.inputValue('[data-path="members.0.savings"]'), '৫৫৫', 'the draft survived the reload');
});

test('every screen in every language (screenshots)', async () => {
  const orgs = { en: 'shg-kishanganj', hi: 'shg-kishanganj', bn: 'coop-meherpur', th: 'vf-roiet' };
  for (const lang of ['en', 'hi', 'bn', 'th']) {
    await setLang(page, lang);
    await page.screenshot({ path: path.join(screens, `${lang}-settings.png`), fullPage: true });
    await page.click('#nav-home');
    await page.waitForSelector(`[data-testid="org-${orgs[lang]}"]`);
    await page.screenshot({ path: path.join(screens, `${lang}-home.png`), fullPage: true });
    await page.click(`[data-testid="org-${orgs[lang]}"]`);
    await page.waitForSelector('#grid tbody tr, #receipt-title'); // today's meeting may be recorded
    await settled(page);
    await page.screenshot({ path: path.join(screens, `${lang}-meeting.png`), fullPage: true });
    await showRegister(page, 'savings-register');
    await page.screenshot({ path: path.join(screens, `${lang}-registers.png`) });
    await page.click('#nav-corrections');
    await page.waitForSelector('#reverse-voucher');
    await page.screenshot({ path: path.join(screens, `${lang}-corrections.png`), fullPage: true });
    const title = await page.textContent('#nav-registers');
    assert.ok(title && title.length > 0);
  }
});
