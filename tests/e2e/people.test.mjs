// End to end in headless Chromium against the real core, in Hindi: people who use the book and
// the two-person rule. A treasurer enrols herself and a bookkeeper, signs in; a by-law change is
// saved as a new dated version only with the bookkeeper's approval (a wrong approver PIN is
// refused with nothing saved); a loan above the new approval limit, typed in the meeting grid,
// likewise; the personal data of a member who left with accounts settled is erased; a field
// officer can read but the core refuses her save. Screenshots under target/e2e-screens/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { markAll, screens, setLang as setLangOf, start } from './harness.mjs';

const TODAY = '2026-11-20';
const setLang = (lang) => setLangOf(page, lang);
let page, stop;
let voucher = '';

before(async () => { ({ page, stop } = await start(TODAY)); });
after(async () => { await stop?.(); });

const api = (command, args) => page.evaluate(async ([command, args]) => {
  const r = await fetch(`./api/${command}`, { method: 'POST', body: JSON.stringify({ locale: { lang: 'en' }, ...args }) });
  return r.json();
}, [command, args]);

async function openOrg(code) {
  await page.click('#nav-home');
  await page.click(`[data-testid="org-${code}"]`);
  await page.waitForSelector('#grid tbody tr');
}

/// Fills the name-and-PIN dialog and submits it.
async function pins(name, pin) {
  await page.waitForSelector('#pins-dialog[open]');
  await page.fill('#pins-name', name);
  await page.fill('#pins-pin', pin);
  await page.click('#pins-ok');
}

async function cashBookRows(org) {
  const v = await api('report_view', { params: { org, name: 'cash-book' } });
  return v.sections.reduce((n, s) => n + s.rows.length, 0);
}

test('in Hindi, the first person enrols as treasurer, signs in, and enrols a bookkeeper and a field officer', async () => {
  await setLang('hi');
  await page.click('#nav-people');
  await page.waitForSelector('#people-enrol');
  assert.match(await page.textContent('#people'), /[\u0900-\u097F]/, 'the screen is in Hindi');
  // The first person can only be a treasurer or president.
  assert.deepEqual(await page.$$eval('#enrol-role option', (o) => o.map((x) => x.value)), ['treasurer', 'president']);
  await page.fill('#enrol-name', 'सुनीता देवी');
  await page.fill('#enrol-pin', '१२३४');
  await page.fill('#enrol-pin-again', '१२३४');
  await page.click('#enrol-submit');
  // Enrolled: the book now asks who is using it.
  await pins('सुनीता देवी', '१२३४');
  await page.waitForSelector('#session-who');
  assert.match(await page.textContent('#session-who'), /सुनीता देवी/);
  await page.waitForSelector('#people-list tr[data-person="सुनीता देवी"]');

  // Two PINs that differ are caught before anything is sent.
  await page.fill('#enrol-name', 'रीना कुमारी');
  await page.selectOption('#enrol-role', 'bookkeeper');
  await page.fill('#enrol-pin', '५६७८');
  await page.fill('#enrol-pin-again', '५६७९');
  await page.click('#enrol-submit');
  await page.waitForSelector('#enrol-out .field-error');
  await page.fill('#enrol-pin-again', '५६७८');
  await page.click('#enrol-submit');
  await page.waitForSelector('#people-list tr[data-person="रीना कुमारी"]');

  await page.fill('#enrol-name', 'रवि कुमार');
  await page.selectOption('#enrol-role', 'field-officer');
  await page.selectOption('#enrol-org', 'shg-kishanganj'); // the books of one group only
  await page.fill('#enrol-pin', '2468');
  await page.fill('#enrol-pin-again', '2468');
  await page.click('#enrol-submit');
  await page.waitForSelector('#people-list tr[data-person="रवि कुमार"]');
  const roles = await page.$$eval('#people-list td[data-role]', (t) => t.map((x) => x.textContent));
  assert.deepEqual(roles, ['कोषाध्यक्ष', 'लेखापाल', 'फ़ील्ड अधिकारी']);
  const scopes = await page.$$eval('#people-list tbody tr', (r) => r.map((x) => x.children[2].textContent));
  assert.equal(scopes[0], 'सभी संगठन');
  assert.notEqual(scopes[2], 'सभी संगठन', 'the field officer keeps one group\'s books');
  await page.screenshot({ path: path.join(screens, 'hi-people.png'), fullPage: true });
});

test('a by-law change is a new dated version, saved only with a second person\'s right PIN', async () => {
  await openOrg('shg-kishanganj');
  await page.click('#nav-settings');
  await page.waitForSelector('#bylaw-history');
  const before = await page.locator('#bylaw-history tbody tr').count();
  // A wrong figure is shown beside its field, and nothing is saved.
  await page.fill('#bylaw-saving_per_meeting', 'पचास');
  await page.waitForSelector('.field-error[data-for="saving_per_meeting"]');
  await page.fill('#bylaw-saving_per_meeting', '४०');
  await page.fill('#bylaw-approval_threshold', '५००');
  await page.waitForFunction(() => document.querySelectorAll('#bylaw-form .field-error').length === 0);
  await page.click('#bylaw-save');
  await page.waitForSelector('#pins-dialog[open]');
  assert.match(await page.textContent('#pins-dialog'), /नियमावली में बदलाव/, 'the core says what needs approval, in Hindi');
  await pins('सुनीता देवी', '१२३४');
  await page.waitForSelector('#pins-error[data-code="error-approver-is-actor"]');
  await pins('रीना कुमारी', '0000');
  await page.waitForSelector('#pins-error[data-code="error-wrong-pin"]');
  assert.match(await page.textContent('#pins-error'), /[\u0900-\u097F]/);
  await page.screenshot({ path: path.join(screens, 'hi-approval-wrong-pin.png'), fullPage: true });
  assert.equal((await api('policy_view', { org: 'shg-kishanganj' })).versions.length, before, 'nothing saved');
  await pins('रीना कुमारी', '५६७८');
  await page.waitForSelector('#pins-dialog', { state: 'detached' });
  await page.waitForFunction((n) => document.querySelectorAll('#bylaw-history tbody tr').length === n + 1, before);
  const first = page.locator('#bylaw-history tbody tr').first();
  assert.equal(await first.getAttribute('data-from'), TODAY);
  assert.equal(await first.getAttribute('class'), 'in-force');
  assert.match(await first.textContent(), /40\.00/);
  assert.match(await first.textContent(), /500\.00/);
  await page.screenshot({ path: path.join(screens, 'hi-bylaws.png'), fullPage: true });
});

test('a loan above the approval limit in the meeting grid asks for a second person; a wrong PIN saves nothing', async () => {
  await openOrg('shg-kishanganj');
  await page.click('#meeting-load');
  await page.waitForFunction(() => document.querySelectorAll('#loans tr').length === 0);
  await markAll(page); // no one is marked until the treasurer marks her (issue 12)
  const member = await page.getAttribute('#grid tbody tr:first-child', 'data-member');
  await page.click('#add-loan');
  await page.selectOption('[data-path="loans.0.member"]', member);
  await page.fill('[data-path="loans.0.amount"]', '१,०००');
  await page.fill('#cash-counted', '');
  await page.waitForSelector('body[data-previewing="false"]', { state: 'attached' });
  await page.waitForTimeout(400);
  assert.equal(await page.locator('#meeting .field-error').count(), 0, 'the loan itself is within the by-laws');
  const rows = await cashBookRows('shg-kishanganj');
  await page.click('#meeting-save');
  await page.waitForSelector('#pins-dialog[open]');
  assert.match(await page.textContent('#pins-dialog'), /अनुमोदन सीमा से बड़ा ऋण/);
  await pins('रीना कुमारी', '9999');
  await page.waitForSelector('#pins-error[data-code="error-wrong-pin"]');
  assert.equal(await cashBookRows('shg-kishanganj'), rows, 'a wrong approver PIN saves nothing');
  await page.screenshot({ path: path.join(screens, 'hi-loan-approval.png'), fullPage: true });
  await pins('रीना कुमारी', '५६७८');
  await page.waitForSelector('#saved-voucher');
  voucher = (await page.textContent('#saved-voucher')).trim();
  assert.ok((await cashBookRows('shg-kishanganj')) > rows, 'the approved meeting is saved');
  // The audit sheet names who did it and who approved it.
  const approvals = await api('report_view', { params: { org: 'shg-kishanganj', name: 'approvals' } });
  const text = JSON.stringify(approvals);
  assert.ok(text.includes('सुनीता देवी') && text.includes('रीना कुमारी'), 'the approvals report lists both people');
});

test('a reversal, too, is saved only when a second person approves it', async () => {
  await page.click('#nav-corrections');
  await page.fill('#reverse-voucher', voucher);
  await page.fill('#reverse-reason', 'ऋण की राशि ग़लत लिखी गई');
  await page.click('#reverse-submit');
  await page.waitForSelector('#pins-dialog[open]');
  assert.match(await page.textContent('#pins-dialog'), /उलट प्रविष्टि/);
  // Cancelling leaves the core's own message on the screen, and nothing reversed.
  await page.click('#pins-cancel');
  const refused = page.locator('#reverse-result .field-error');
  await refused.waitFor();
  assert.match(await refused.textContent(), /अनुमोदन/);
  await page.click('#reverse-submit');
  await pins('रीना कुमारी', '५६७८');
  await page.waitForSelector('#reversal-voucher');
  assert.notEqual((await page.textContent('#reversal-voucher')).trim(), voucher);
});

test('the personal data of a member who left, settled, is erased after a confirmation', async () => {
  await openOrg('coop-meherpur');
  await page.click('#nav-people');
  await page.waitForSelector('#member-list');
  const button = page.locator('#member-list [data-erase]').first();
  const no = await button.getAttribute('data-erase');
  const name = await page.textContent(`#member-list tr[data-member="${no}"] .member-name`);
  // Cancelling changes nothing.
  await button.click();
  await page.click('#confirm-cancel');
  assert.equal(await page.textContent(`#member-list tr[data-member="${no}"] .member-name`), name);
  await button.click();
  await page.waitForSelector('#confirm-dialog[open]');
  await page.screenshot({ path: path.join(screens, 'hi-erase-confirm.png'), fullPage: true });
  await page.click('#confirm-ok');
  await page.waitForSelector(`#member-list tr.erased[data-member="${no}"]`);
  const after = await page.textContent(`#member-list tr[data-member="${no}"] .member-name`);
  assert.notEqual(after, name);
  assert.ok(after.includes(no), 'a neutral label with the member number');
  const overview = await api('book_overview', {});
  assert.ok(!JSON.stringify(overview).includes(name), 'the old name is gone from the book');
  // A member who has not left offers no erasure.
  assert.equal(await page.locator('#member-list tr[data-member="M01"] [data-erase]').count(), 0);
  await page.screenshot({ path: path.join(screens, 'hi-erased.png'), fullPage: true });
});

test('a field officer signs in and reads, but her save is refused in Hindi; signing out clears the session', async () => {
  await page.click('#session-out');
  await page.waitForSelector('#session-in');
  await page.click('#session-in');
  await pins('रवि कुमार', '२४६८');
  await page.waitForSelector('#session-readonly');
  await openOrg('shg-kishanganj');
  await page.click('#nav-registers');
  await page.waitForSelector('#register');
  await page.click('#nav-settings');
  await page.waitForSelector('#bylaw-save');
  await page.click('#bylaw-save');
  const err = page.locator('#bylaw-out .field-error');
  await err.waitFor();
  assert.equal(await err.getAttribute('data-code'), 'error-role-cannot-record');
  assert.match(await err.textContent(), /फ़ील्ड अधिकारी/);
  await page.screenshot({ path: path.join(screens, 'hi-field-officer.png'), fullPage: true });
  await page.click('#session-out');
  await page.waitForSelector('#session-in');
  assert.equal((await api('session_view', {})).signed_in, null);
});

test('the People screen in every language (screenshots)', async () => {
  for (const lang of ['en', 'bn', 'th', 'hi']) {
    await setLang(lang);
    await page.click('#nav-people');
    await page.waitForSelector('#people-list');
    await page.screenshot({ path: path.join(screens, `${lang}-people.png`), fullPage: true });
  }
});
