// Desktop screens end to end: registers, corrections, settings and the home chart, in headless
// Chromium against samuh-serve on a fresh demo book.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openOrg, root, setLang, settled, showRegister, start } from './harness.mjs';

const screens = path.join(root, 'target/screenshots');
const TODAY = '2026-11-20';

let page, stop;

before(async () => { ({ page, stop } = await start(TODAY)); });
after(async () => { await stop?.(); });

// The registers, corrections, settings and home chart of issue 3: the bank book, the attendance
// register and a loan's statement in Hindi; a whole meeting reversed; Thai Buddhist Era and
// Bengali Bangabda dates; the chart on the home screen. Screenshots under target/screenshots/.

/// The cash book for a short period typed as the reader writes dates (native digits; Thai in BE).
async function cashBookFor(from, to) {
  await page.click('#nav-registers');
  await page.waitForSelector('#register');
  await page.selectOption('#register', 'cash-book');
  await page.waitForSelector('.report[data-report="cash-book"]');
  await page.fill('#register-from', from);
  await page.fill('#register-to', to);
  await page.click('#register-show');
  await page.waitForFunction(() => document.querySelectorAll('.report[data-report="cash-book"] tbody tr').length < 150);
  return page.textContent('.report[data-report="cash-book"]');
}

async function setCalendar(cal) {
  await page.click('#nav-settings');
  await page.selectOption('#settings-calendar', cal);
  await page.waitForFunction((c) => document.querySelector('#settings-calendar')?.value === c, cal);
}

test('in Hindi: the bank book, the attendance register and a loan with its schedule, repayments and arrears', async () => {
  await setLang(page, 'hi');
  await openOrg(page, 'shg-kishanganj');
  const bank = await showRegister(page, 'bank-book');
  assert.match(bank, /[\u0900-\u097F]/, 'Hindi labels');
  await page.screenshot({ path: path.join(screens, 'hi-bank-book.png'), fullPage: true });

  const att = await showRegister(page, 'attendance');
  assert.match(att, /उपस्थिति/);
  const rows = page.locator('.report[data-report="attendance"] table').first().locator('tbody tr');
  assert.ok((await rows.count()) >= 5, 'a row per member');
  assert.match(await rows.first().textContent(), /[✓◐○✗]/, 'marks per meeting');
  assert.match(await rows.first().textContent(), /%|\d/, 'a percentage per member');
  await page.screenshot({ path: path.join(screens, 'hi-attendance.png'), fullPage: true });

  await page.selectOption('#register', 'loan');
  // Pick a loan whose statement shows something overdue, when the demo has one.
  const loans = await page.locator('#register-loan option').evaluateAll((os) => os.map((o) => o.value));
  assert.ok(loans.length > 0);
  let text = '';
  for (const l of loans) {
    await page.selectOption('#register-loan', l);
    await page.waitForSelector('.report[data-report="loan-statement"]');
    text = await page.textContent('.report[data-report="loan-statement"]');
    const overdue = await page.locator('.report[data-report="loan-statement"] table').nth(2).locator('tbody tr').nth(2).locator('td').nth(1).textContent();
    if (/[1-9१-९]/.test(overdue)) break;
  }
  assert.equal(await page.locator('.report[data-report="loan-statement"] table').count(), 3, 'schedule, repayments, arrears');
  assert.match(text, /लागू किस्त-सूची/);
  assert.match(text, /प्राप्त वापसी/);
  assert.match(text, /देय और बकाया/);
  await page.screenshot({ path: path.join(screens, 'hi-loan-statement.png'), fullPage: true });
});

test('a whole meeting is reversed at once and the cash book shows the originals and their reversals', async () => {
  await setLang(page, 'hi');
  await page.click('#nav-corrections');
  await page.waitForSelector('#meeting-reverse-pick option', { state: 'attached' });
  const first = page.locator('#meeting-reverse-pick option:not([disabled])').first();
  const date = await first.getAttribute('value');
  const vouchers = (await first.getAttribute('data-vouchers')).split(' ');
  await page.selectOption('#meeting-reverse-pick', date);
  await page.fill('#meeting-reverse-reason', 'दो बार दर्ज हुई');
  await page.click('#meeting-reverse-submit');
  await page.waitForSelector('#meeting-reversals li', { state: 'attached' });
  const originals = await page.locator('#meeting-reversals .original').allTextContents();
  const reversals = await page.locator('#meeting-reversals .reversal').allTextContents();
  assert.deepEqual(originals, vouchers);
  assert.equal(reversals.length, vouchers.length);
  const book = await page.textContent('#meeting-reverse-result .report[data-report="cash-book"]');
  for (const v of [...originals, ...reversals]) assert.ok(book.includes(v), `${v} in the cash book`);
  await page.screenshot({ path: path.join(screens, 'hi-meeting-reversed.png'), fullPage: true });
  // The meeting is now marked reversed and cannot be picked again.
  assert.equal(await page.locator(`#meeting-reverse-pick option[value="${date}"]`).getAttribute('disabled'), '');
});

test('Thai shows Buddhist Era dates in a register; Bengali can show Bangabda', async () => {
  await setLang(page, 'th');
  const th = await cashBookFor('๐๑/๑๑/๒๕๖๙', '๒๐/๑๑/๒๕๖๙');
  assert.match(th, /[\u0E00-\u0E7F]/, 'Thai labels');
  assert.match(th, /\d\d\/11\/2569/, 'Buddhist Era dates, the period typed in Thai digits');
  assert.doesNotMatch(th, /\d\d\/\d\d\/202\d/, 'no Gregorian dates');
  await page.screenshot({ path: path.join(screens, 'th-cash-book.png'), fullPage: true });

  await setLang(page, 'bn');
  await setCalendar('bangabda');
  const bn = await cashBookFor('০১-১১-২০২৬', '২০-১১-২০২৬');
  assert.match(bn, /[\u0980-\u09FF]/, 'Bengali labels');
  assert.match(bn, /১৪৩[২৩]/, 'Bangabda years');
  await page.screenshot({ path: path.join(screens, 'bn-cash-book-bangabda.png'), fullPage: true });
  await setCalendar('');
});

test('the home screen has a chart of savings and loans outstanding with its points', async () => {
  await setLang(page, 'hi');
  await page.click('#nav-home');
  await page.waitForSelector('#chart svg');
  assert.ok((await page.locator('#chart circle.point.savings').count()) >= 6, 'a point per month');
  assert.equal(await page.locator('#chart circle.point.savings').count(), await page.locator('#chart circle.point.loans').count());
  assert.equal(await page.locator('#chart polyline.series').count(), 2);
  assert.match(await page.textContent('#chart'), /[\u0900-\u097F]/, 'Hindi axis labels');
  await page.screenshot({ path: path.join(screens, 'hi-home-chart.png'), fullPage: true });
  await setLang(page, 'th');
  await page.click('#nav-home');
  await page.waitForSelector('#chart svg');
  await page.screenshot({ path: path.join(screens, 'th-home-chart.png'), fullPage: true });
  await setLang(page, 'bn');
  await page.click('#nav-home');
  await page.waitForSelector('#chart svg');
  await page.screenshot({ path: path.join(screens, 'bn-home-chart.png'), fullPage: true });
});
