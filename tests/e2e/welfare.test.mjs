// The welfare club's screen end to end (issue 15, seed 004; domain.md §4.7), in headless Chromium
// against samuh-serve on a fresh demo book dated 20 November 2026, on the demo club (wc-samkha):
// new rules with an annual fee (a refused version first), fees taken and shown in the annual-fee
// register, a second fee in the same year refused with the register unchanged, and a birth
// benefit paid from the fees and shown in the benefits register, in English and Thai. Every label
// is compared whole with locales/<lang>/*.ftl.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { api as call, readFluent, setLang, start } from './harness.mjs';

const TODAY = '2026-11-20';
const ORG = 'wc-samkha';
const FTL = { en: readFluent('en'), th: readFluent('th') };

let page, stop;

before(async () => {
  ({ page, stop } = await start(TODAY, { timeout: 30000 }));
});
after(async () => { await stop?.(); });

const text = async (sel) => (await page.textContent(sel))?.trim();
const api = (command, args) => call(page, command, args);

/// The club's registers and cash book as the core gives them: what a refusal must leave as it was.
async function book() {
  const out = {};
  for (const name of ['levy-register', 'welfare-fees', 'welfare-benefits', 'cash-book']) {
    out[name] = (await api('report_view', { params: { org: ORG, name }, locale: { lang: 'en' } })).body;
  }
  return out;
}

/// The register shown, once it is the one named: its section headings and rows (cells' text).
async function shown(report) {
  const sel = `#welfare-register .report[data-report="${report}"]`;
  await page.waitForSelector(sel);
  return {
    titles: await page.$$eval(`${sel} h3`, (hs) => hs.map((x) => x.textContent)),
    rows: await page.$$eval(`${sel} tbody tr`, (trs) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent))),
    totals: await page.$$eval(`${sel} tfoot tr`, (trs) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent))),
  };
}

async function openWelfare(lang) {
  await setLang(page, lang);
  // The club has no meeting grid to wait for: its card chosen, the screen opened is enough.
  await page.click('#nav-home');
  await page.click(`[data-testid="org-${ORG}"]`);
  await page.waitForSelector('#main[data-ready="true"]', { state: 'attached' });
  await page.click('#nav-welfare');
  await page.waitForSelector('#main[data-screen="welfare"][data-ready="true"]', { state: 'attached' });
}

test('the club sets an annual fee, takes it once a year (a second one refused, nothing changed) and reads the fee register', async () => {
  await openWelfare('en');
  const en = FTL.en;
  assert.deepEqual(await page.$$eval('#main > section > h2', (hs) => hs.map((x) => x.textContent)),
    [en['ui-welfare-rules-title'], en['ui-welfare-death-title'], en['ui-welfare-collect-title'], en['ui-welfare-payout-title'],
      en['ui-welfare-fee-title'], en['ui-welfare-benefit-title'], en['ui-welfare-registers-title']]);
  assert.equal(await text('#welfare-rules > p.hint'), en['ui-welfare-rules-hint']);
  assert.deepEqual(await page.$$eval('#welfare-register-which option', (os) => os.map((o) => o.textContent)),
    [en['report-levy-register'], en['report-welfare-fees'], en['report-welfare-benefits']]);
  assert.deepEqual(await page.$$eval('#rules-model option', (os) => os.map((o) => o.textContent)),
    [en['ui-welfare-model-per-death'], en['ui-welfare-model-annual-fee']]);
  await shown('levy-register');

  // Rules with an annual fee that is not an amount: refused beside that box, nothing saved (a fee
  // is then still refused: no rules with a fee are in force).
  const before = await book();
  await page.fill('#rules-from', '2026-11-01');
  await page.selectOption('#rules-model', 'annual-fee');
  await page.fill('#rules-annual-fee', 'hundred');
  await page.click('#rules-submit');
  const err = page.locator('#rules-result .field-error');
  await err.waitFor();
  assert.equal(await err.getAttribute('data-code'), 'error-invalid-amount');
  assert.equal(await err.getAttribute('data-for'), 'annual-fee');
  assert.equal(await page.getAttribute('#rules-annual-fee', 'class'), 'amount invalid');
  const noFee = await api('welfare_fee', { input: { org: ORG, date: TODAY, members: ['W0002'], client_id: null }, locale: { lang: 'en' } });
  assert.equal(noFee.status, 400);
  assert.equal(noFee.body.code, 'error-no-welfare-fee');
  assert.deepEqual(await book(), before);

  // The rules saved: a fee of 100 a year, a birth benefit of 150.
  await page.fill('#rules-annual-fee', '100');
  await page.fill('#rules-birth', '150');
  await page.click('#rules-submit');
  await page.waitForSelector('#rules-saved');
  assert.equal(await text('#rules-saved'), en['ui-welfare-rules-saved']);
  assert.equal(await page.$$eval('#welfare-rules .invalid', (xs) => xs.length), 0);

  // Two members pay this year's fee: one voucher, and the fee register of 2026 shows them.
  await page.fill('#fee-date', TODAY);
  await page.fill('#fee-members', 'W0002, W0003');
  await page.click('#fee-submit');
  await page.waitForSelector('#fee-voucher');
  assert.equal(await text('#fee-result p.ok > span'), en['ui-welfare-fee-done']);
  const fees = await shown('welfare-fees');
  assert.deepEqual(fees.titles, ['Year 2026 — fee 100.00 per member']);
  const row = (no) => fees.rows.find((r) => r[0] === no);
  // Fee due 100.00, paid 100.00, nothing owed.
  assert.deepEqual([row('W0002')[2], row('W0002')[3], row('W0002')[5]], ['100.00', '100.00', '']);
  assert.deepEqual([row('W0004')[2], row('W0004')[3], row('W0004')[5]], ['100.00', '', '100.00']);
  // Paid: 2 × 100 = 200.00.
  assert.equal(fees.totals[0][3], '200.00');
  assert.equal(await text('#welfare-register .report p.note'), `2 of ${fees.rows.length} members have paid, 200.00 in all.`);
  const name = row('W0002')[1];

  // W0002 again in the same year: refused with her name and the year; the register as it was.
  const after = await book();
  await page.fill('#fee-members', 'W0002');
  await page.click('#fee-submit');
  const again = page.locator('#fee-result .field-error');
  await again.waitFor();
  assert.equal(await again.getAttribute('data-code'), 'error-welfare-fee-already-paid');
  assert.equal(await again.textContent(), `W0002 ${name} has already paid the welfare fee for 2026. Take it once a year: check the members named, or the date.`);
  assert.deepEqual(await book(), after);
});

test('in Thai, a birth benefit is paid from the fees and the registers read in the Buddhist Era', async () => {
  await openWelfare('th');
  const th = FTL.th;
  assert.equal(await text('#welfare-benefit > h2'), th['ui-welfare-benefit-title']);
  assert.deepEqual(await page.$$eval('#benefit-kind option', (os) => os.map((o) => o.textContent)),
    [th['ui-welfare-kind-birth'], th['ui-welfare-kind-sickness'], th['ui-welfare-kind-old-age'], th['ui-welfare-kind-death']]);
  // Old age: the rules pay none — refused, nothing paid.
  const before = await book();
  await page.fill('#benefit-member', 'W0004');
  await page.selectOption('#benefit-kind', 'old-age');
  await page.fill('#benefit-date', TODAY);
  await page.click('#benefit-submit');
  const err = page.locator('#benefit-result .field-error');
  await err.waitFor();
  assert.equal(await err.getAttribute('data-code'), 'error-no-benefit');
  assert.deepEqual(await book(), before);
  // A birth: 150 paid from the fund (200 of fees came in).
  await page.selectOption('#benefit-kind', 'birth');
  await page.click('#benefit-submit');
  await page.waitForSelector('#benefit-voucher');
  assert.equal(await text('#benefit-result p.ok > span'), th['ui-welfare-benefit-done']);
  const paid = await shown('welfare-benefits');
  const birth = paid.rows.find((r) => r.includes(th['benefit-birth']));
  assert.ok(birth, JSON.stringify(paid.rows));
  assert.ok(birth.includes('150.00'), JSON.stringify(birth));
  await page.selectOption('#welfare-register-which', 'welfare-fees');
  const fees = await shown('welfare-fees');
  assert.deepEqual(fees.titles, ['ปี 2569 — ค่าบำรุงรายละ 100.00']);
});
