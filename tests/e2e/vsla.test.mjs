// The demo VSLA group (issue 14), vsla-dumka: the meeting grid shows its shares and social-fund
// columns (headers in English and Hindi; the demo SHG shows neither), a share purchase typed in
// the grid is saved and reaches the cash book, a count of shares the by-laws refuse is said at
// its box, the first cycle's share-out sheet agrees with a hand calculation from the demo's
// numbers, and a share-out of the open cycle before its end is refused with the book unchanged.
// Every wait is for state (a selector, a data attribute), never for time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { api as call, openOrg, readFluent, setLang, settled, start } from './harness.mjs';

const TODAY = '2026-11-20';
const ORG = 'vsla-dumka';
const MEMBERS = 20;

let page, stop;
before(async () => { ({ page, stop } = await start(TODAY)); });
after(async () => { await stop?.(); });

const api = (command, args) => call(page, command, args);
const en = readFluent('en');
const hi = readFluent('hi');
/// "1,780.75" → paise.
const paise = (s) => { const [r, p = '00'] = s.replace(/[₹,]/g, '').split('.'); return Number(r) * 100 + Number(p.padEnd(2, '0')); };
const heads = () => page.$$eval('#grid thead th', (ths) => ths.map((th) => th.querySelector('span')?.textContent ?? th.textContent));
const cashBook = async () => (await api('report_view', { params: { org: ORG, name: 'cash-book' }, locale: { lang: 'en' } })).body;
const closing = (book) => { const rows = book.sections[0].rows; return paise(rows[rows.length - 1][7]); };

test('the grid of a VSLA group has shares and social-fund columns, in English and in Hindi; an SHG has neither', async () => {
  await setLang(page, 'en');
  await openOrg(page, 'shg-kishanganj');
  await page.waitForSelector('#grid thead th');
  assert.equal(await page.$$eval('#grid th[data-col]', (x) => x.length), 0, 'no shares or social-fund column for an SHG');
  await openOrg(page, ORG);
  await page.waitForSelector('#grid th[data-col="shares"]');
  const shown = await heads();
  assert.deepEqual(shown.slice(2, 5), [en['ui-col-savings'], en['ui-col-shares'], en['ui-col-social-fund']]);
  assert.equal(shown[3], 'Shares');
  assert.equal(shown[4], 'Social fund');
  assert.equal(await page.$$eval('#grid tbody tr', (x) => x.length), MEMBERS);
  await setLang(page, 'hi');
  await openOrg(page, ORG);
  await page.waitForSelector('#grid th[data-col="shares"]');
  const hindi = await heads();
  assert.equal(hindi[3], hi['ui-col-shares']);
  assert.equal(hindi[3], 'शेयर');
  assert.equal(hindi[4], 'सामाजिक कोष');
  await setLang(page, 'en');
});

test('shares typed in the grid are saved: the footer and the cash book take them and the social fund', async () => {
  await setLang(page, 'en');
  const before = closing(await cashBook());
  await openOrg(page, ORG);
  await page.waitForSelector('#grid [data-path="members.0.shares"]');
  // Member 1 marked present by her key: the focus goes to her shares box; she buys 3.
  await page.focus('[data-path="members.0.attendance"]');
  await page.keyboard.press('p');
  await page.waitForFunction(() => document.activeElement?.dataset?.path === 'members.0.shares');
  await page.keyboard.type('3');
  // The others are there and buy none; marking fills each social-fund box with the cycle's ₹10.
  await page.$$eval('#grid select.attendance', (els) => els.forEach((s) => { if (!s.value) { s.value = 'present'; s.dispatchEvent(new Event('change', { bubbles: true })); } }));
  assert.equal(await page.inputValue('[data-path="members.19.social_fund"]'), '10.00');
  // Seven shares for member 2 is more than the 1 to 5 a meeting allows: said at her box.
  await page.fill('[data-path="members.1.shares"]', '7');
  await page.waitForSelector('.field-error[data-for="members.1.shares"][data-code="error-vsla-shares-out-of-range"]');
  await page.fill('[data-path="members.1.shares"]', '');
  await page.waitForSelector('.field-error[data-for="members.1.shares"]', { state: 'detached' });
  await settled(page);
  // By hand: 3 shares × ₹50 = ₹150; the social fund 20 members × ₹10 = ₹200; cash in ₹350.
  await page.waitForFunction(() => document.querySelector('[data-total="shares"]')?.textContent === '150.00');
  assert.equal(await page.textContent('[data-total="social_fund"]'), '200.00');
  assert.equal(await page.textContent('#cash-footer [data-total="cash_in"]'), '₹350.00');
  await page.click('#meeting-save');
  await page.waitForSelector('#receipt-title');
  assert.equal(closing(await cashBook()), before + 35000, 'the cash book holds ₹350 more');
});

test('the share-out sheet of the first cycle agrees with a hand calculation from the demo', async () => {
  // The demo (src/demo/vsla.rs): twelve meetings k = 0..11; member i buys 1 + (7i + 3k) mod 5
  // shares at each, ₹50 a share. Loans repaid with a 5 % a month flat charge over 3 months:
  // seven of ₹1,200 (3 × ₹60 = ₹180 each) and five of ₹600 (3 × ₹30 = ₹90 each).
  const shares = (i) => { let n = 0; for (let k = 0; k < 12; k++) n += 1 + ((7 * i + 3 * k) % 5); return n; };
  const total = Array.from({ length: MEMBERS }, (_, j) => shares(j + 1)).reduce((a, b) => a + b, 0);
  const capital = total * 50 * 100; // paise
  const charges = (7 * 180 + 5 * 90) * 100;
  const fund = capital + charges; // the social fund is set aside; nothing was spent
  const payout = (i) => Math.floor(shares(i) * fund / total); // cut to the paisa
  const r = (await api('report_view', { params: { org: ORG, name: 'share-out' }, locale: { lang: 'en' } })).body;
  assert.equal(r.id, 'share-out');
  assert.equal(paise(r.sections[0].totals[1]), fund);
  const rows = r.sections[1].rows;
  assert.equal(rows.length, MEMBERS);
  for (let i = 1; i <= MEMBERS; i++) {
    assert.equal(Number(rows[i - 1][1]), shares(i), `member ${i}'s shares`);
    assert.equal(paise(rows[i - 1][5]), payout(i), `member ${i}'s payout`);
  }
  let sum = 0;
  for (let i = 1; i <= MEMBERS; i++) sum += payout(i);
  assert.equal(paise(r.sections[1].totals[5]), sum);
});

test('a share-out of the open cycle before its end is refused with its message, and the book is unchanged', async () => {
  const cash = await cashBook();
  const sheet = (await api('report_view', { params: { org: ORG, name: 'share-out' }, locale: { lang: 'en' } })).body;
  const refused = await api('vsla_share_out', { input: { org: ORG, date: TODAY } });
  assert.notEqual(refused.status, 200);
  assert.equal(refused.body.code, 'error-vsla-cycle-not-ended');
  assert.match(refused.body.message, /^Cycle 2 ends on /);
  assert.deepEqual(await cashBook(), cash);
  assert.deepEqual((await api('report_view', { params: { org: ORG, name: 'share-out' }, locale: { lang: 'en' } })).body, sheet);
});

test('the VSLA screen: shown for the VSLA group only; its cycles, a refused share-out said with the book unchanged, the sheet printed', async () => {
  await setLang(page, 'en');
  await openOrg(page, 'shg-kishanganj');
  await page.waitForSelector('#main[data-ready="true"]', { state: 'attached' });
  assert.equal(await page.isHidden('#nav-vsla'), true, 'no VSLA screen for an SHG');
  await openOrg(page, ORG);
  await page.waitForSelector('#nav-vsla:not([hidden])');
  await page.click('#nav-vsla');
  await page.waitForSelector('#main[data-screen="vsla"][data-ready="true"] #vsla-cycles');
  // The open cycle first, then the one shared out.
  const states = await page.$$eval('#vsla-cycles tbody tr', (trs) => trs.map((tr) => `${tr.dataset.cycle}:${tr.dataset.state}`));
  assert.deepEqual(states, ['2:open', '1:shared-out']);
  assert.equal(await page.textContent('#vsla-cycles tr[data-cycle="1"] td:nth-child(7)'), en['ui-vsla-loans-net']);
  // The share-out date box starts at the open cycle's end, written as the cycles table (and
  // every date box) writes dates, never ISO.
  const end = (await page.textContent('#vsla-cycles tr[data-cycle="2"] td:nth-child(3)')).trim();
  assert.equal(await page.inputValue('#vsla-share-out-date'), end);
  assert.doesNotMatch(end, /^\d{4}-\d{2}-\d{2}$/);
  // A share-out today, before the open cycle's end, is refused: the core's message, nothing written.
  const cash = await cashBook();
  await page.fill('#vsla-share-out-date', TODAY);
  await page.click('#vsla-preview');
  await page.waitForSelector('#vsla-out .field-error[data-code="error-vsla-cycle-not-ended"]');
  await page.$eval('#vsla-out', (out) => out.replaceChildren()); // the refusal below is the share-out's own
  await page.click('#vsla-share-out');
  await page.click('#confirm-ok');
  await page.waitForSelector('#vsla-out .field-error[data-code="error-vsla-cycle-not-ended"]');
  assert.match(await page.textContent('#vsla-out .field-error'), /^Cycle 2 ends on /);
  assert.deepEqual(await cashBook(), cash);
  // The first cycle's sheet, shown and printed as a PDF.
  await page.click('#vsla-sheet');
  await page.waitForSelector('#vsla-out .report[data-report="share-out"]');
  await page.click('#vsla-print');
  await page.waitForSelector('#vsla-out[data-printed]');
  const printed = await page.getAttribute('#vsla-out', 'data-printed');
  assert.equal(fs.readFileSync(printed).subarray(0, 5).toString(), '%PDF-');
});
