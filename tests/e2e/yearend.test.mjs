// The Year-end screen end to end (issue 14), in headless Chromium against samuh-serve on a fresh
// demo book dated 20 November 2026: the demo cooperative (co-op year July to June), which closed
// 2025-26 at its general meeting, reopens it with a reason, previews it, closes it again, shows member M01's slip in the members' language (Bengali) to an
// English reader, prints it, and reopens the year with a reason. Screenshots under
// target/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openOrg, root, setLang, start } from './harness.mjs';

const screens = path.join(root, 'target/screenshots');
const TODAY = '2026-11-20';
const ORG = 'coop-meherpur';
const BENGALI = /[\u0980-\u09FF]/;

let page, stop, outDir;

before(async () => {
  ({ page, stop, out: outDir } = await start(TODAY, {
    timeout: 30000,
  }));
});
after(async () => { await stop?.(); });

const text = async (sel) => (await page.textContent(sel))?.trim();

test('the demo cooperative previews and closes its year 2025-26', async () => {
  await setLang(page, 'en');
  await openOrg(page, ORG);
  assert.equal(await text('#nav-yearend'), 'Year-end');
  await page.click('#nav-yearend');
  await page.waitForSelector('#year-pick');
  assert.equal(await text('#yearend h2'), 'Year-end');
  // Today is 20 November 2026: the co-op year 2026-27 has not ended; 2025-26 (to 30 June 2026)
  // has, and the demo co-operative closed it at its general meeting (issue 14's demo).
  const options = await page.$$eval('#year-pick option', (os) => os.map((o) => [o.value, o.getAttribute('data-state')]));
  assert.deepEqual(options[0], ['2026-27', 'not-ended']);
  assert.deepEqual(options[1], ['2025-26', 'closed']);
  await page.selectOption('#year-pick', '2025-26');
  let picked = await page.$eval('#year-pick', (s) => s.selectedOptions[0].textContent);
  assert.ok(picked.startsWith('2025-26 · ') && picked.endsWith(' · Closed'), picked);
  // A member who left was paid her dividend in cash since the close: reopening would take back
  // the dividend but not the cash, so it is refused, said beside the button, and the year stays
  // closed until that payment is reversed.
  await page.fill('#year-reopen-reason', 'The general meeting reconsidered the dividend');
  await page.click('#year-reopen');
  await page.waitForSelector('#year-out .field-error');
  assert.equal(await page.getAttribute('#year-out .field-error', 'data-code'), 'error-year-dividend-paid');
  const refusal = await text('#year-out .field-error');
  assert.ok(refusal.startsWith('The year 2025-26 cannot be reopened: ') && refusal.endsWith(' of its dividend. Reverse that payment first, then reopen the year.'), refusal);
  picked = await page.$eval('#year-pick', (s) => s.selectedOptions[0].textContent);
  assert.ok(picked.endsWith(' · Closed'), picked);
  const api = (command, args) => page.evaluate(async ([command, args]) => {
    const r = await fetch(`./api/${command}`, { method: 'POST', body: JSON.stringify(args) });
    return { status: r.status, body: await r.json() };
  }, [command, args]);
  const cash = (await api('report_view', { params: { org: ORG, name: 'cash-book' }, locale: { lang: 'en' } })).body.sections[0];
  const [voucherCol, particularsCol] = ['col-voucher', 'col-particulars'].map((id) => cash.columns.findIndex((c) => c.id === id));
  const payment = cash.rows.find((r) => r[particularsCol] === 'Dividend paid in cash');
  assert.ok(payment, 'the demo pays one dividend in cash');
  const reversed = await api('voucher_reverse', { input: { org: ORG, voucher: payment[voucherCol], reason: 'paid before the general meeting reconsidered it' }, locale: { lang: 'en' } });
  assert.equal(reversed.status, 200, JSON.stringify(reversed.body));
  // Reopened with a reason (the close's vouchers reversed), so that it is previewed and closed
  // again below.
  await page.click('#year-reopen');
  await page.waitForSelector('#year-done');
  assert.match(await text('#year-done'), /^The year is reopened\. Reversal vouchers: 2025-26\/\d{4}, 2025-26\/\d{4}$/);
  await page.$eval('#year-done', (e) => e.remove());
  assert.equal(await page.inputValue('#year-pick'), '2025-26');
  picked = await page.$eval('#year-pick', (s) => s.selectedOptions[0].textContent);
  assert.ok(picked.startsWith('2025-26 · ') && picked.endsWith(' · Ended, not closed'), picked);
  // A Bangladesh co-operative: the rate may be left blank (what the pool pays); no template.
  assert.equal(await text('#year-form label:first-child span'), 'Dividend rate (% a year; leave blank for what the dividend pool pays)');
  assert.equal(await page.locator('#year-template').count(), 0);
  assert.deepEqual(await page.$$eval('#year-credit-to option', (os) => os.map((o) => o.textContent)), ['Added to savings', 'Paid in cash at a meeting', 'Added to shares (whole shares; the rest to savings)']);
  assert.equal(await text('#year-preview'), 'Preview');
  assert.equal(await text('#year-close'), 'Close the year');

  // The 2026-27 year offers no close.
  await page.selectOption('#year-pick', '2026-27');
  assert.equal(await text('#year-not-ended'), 'This year has not ended yet: it can be closed after its last day.');
  await page.selectOption('#year-pick', '2025-26');

  // Before closing, the peer auditor's checklist for the year, answered by the book, with a
  // column left for the auditor's remarks.
  assert.equal(await text('#year-audit'), 'Audit checklist');
  await page.click('#year-audit');
  await page.locator('#year-out .report[data-report="audit-checklist"]').waitFor();
  assert.equal(await text('#year-out .report h2'), 'Audit checklist (answered by the book)');
  assert.deepEqual(await page.$$eval('#year-out .report tbody tr td:first-child', (tds) => tds.map((td) => td.textContent)), [
    'Cash counted at each meeting against the cash book', 'Bank balance against the bank statement', "Every loan's balance against its schedule and repayments",
    'Voucher numbers without gaps', 'Every reversal with its reason', "Members' savings against their passbooks",
  ]);
  const cells = (n) => page.$$eval(`#year-out .report tbody tr:nth-child(${n}) td`, (tds) => tds.map((td) => td.textContent));
  const bankRow = await cells(2);
  assert.equal(bankRow[1], 'Compare with the bank statement');
  const shown = bankRow[2].match(/^The bank book shows ([\d,]+\.\d\d) on 30 June 2026\. Write the statement's balance on that day beside it\.$/);
  assert.ok(shown, bankRow[2]);

  // The auditor's sign-off, typed from the signed paper: refused without the auditor's name
  // (nothing recorded), then saved with a peer auditor, the statement's balance and a remark.
  assert.equal(await text('#year-audit-status'), 'Not yet audited.');
  await page.click('#year-audit-form summary');
  assert.equal(await text('#year-audit-form summary'), "The auditor's sign-off");
  assert.equal(await text('#year-audit-form label:nth-child(4) span'), "Balance on the bank statement on the year's last day");
  assert.equal(await text('#year-audit-form label:nth-child(5) span'), 'Remark: Cash counted at each meeting against the cash book');
  await page.click('#audit-sign');
  await page.waitForSelector('#year-out .field-error');
  assert.equal(await text('#year-out .field-error'), "Auditor's name is required. Fill it in and try again.");
  assert.equal(await text('#year-audit-status'), 'Not yet audited.');
  await page.fill('#audit-auditor', 'Rahima Khatun');
  await page.fill('#audit-peer-from', 'Gangni Krishak Samabay Samity');
  await page.fill('#audit-date', '2026-08-10');
  await page.fill('#audit-bank', shown[1]);
  await page.fill('#audit-remark-cash', 'Cash box counted with the treasurer');
  await page.click('#audit-sign');
  await page.waitForSelector('#year-done');
  assert.equal(await text('#year-done'), 'The audit is signed off.');
  await page.$eval('#year-done', (e) => e.remove());
  const audited = 'Audited by Rahima Khatun, a peer auditor from Gangni Krishak Samabay Samity, on 10 August 2026.';
  assert.equal(await text('#year-audit-status'), audited);
  // The checklist now compares the statement with the bank book (equal: in order), carries the
  // remark and names the auditor.
  await page.locator('#year-out .report[data-report="audit-checklist"]').waitFor();
  const signedBank = await cells(2);
  assert.equal(signedBank[1], 'In order');
  assert.equal(signedBank[2], `The bank book shows ${shown[1]} on 30 June 2026; the bank statement shows ${shown[1]}; difference 0.00.`);
  assert.equal((await cells(1))[3], 'Cash box counted with the treasurer');
  const notes = await page.$$eval('#year-out .report p.note', (ps) => ps.map((p) => p.textContent));
  assert.equal(notes.at(-1), `${audited} Signature: ________________`);

  await page.click('#year-preview');
  const preview = page.locator('#year-out .report[data-report="year-preview"]');
  await preview.waitFor();
  assert.equal(await text('#year-out .report h2'), 'Closing the year 2025-26: preview');
  const titles = await page.$$eval('#year-out .report h3', (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(titles, ['Net profit for the period', 'Appropriation of net profit', 'Audit fee and VAT', 'Dividend per member']);
  // The preview names the audit that the close will record.
  assert.ok((await page.$$eval('#year-out .report p.note', (ps) => ps.map((p) => p.textContent))).includes(audited));
  // M01's dividend as the preview says it, to be found again on the slip.
  const m01 = await page.$eval('#year-out .report div.table-scroll:nth-of-type(4) tbody tr:first-child', (tr) => Array.from(tr.cells).map((c) => c.textContent));
  assert.ok(m01[0].startsWith('M01 '), m01[0]);
  await page.screenshot({ path: path.join(screens, 'en-yearend-preview.png'), fullPage: true });

  await page.click('#year-close');
  await page.waitForSelector('#confirm-dialog');
  assert.equal(await text('#confirm-dialog h2'), 'Close the year?');
  assert.equal(await text('#confirm-dialog p'), 'Closing posts the vouchers of the preview. After it, nothing can be dated inside the year unless it is reopened with a reason.');
  await page.click('#confirm-ok');
  await page.waitForSelector('#year-done');
  const done = await text('#year-done');
  assert.match(done, /^The year is closed\. Closing vouchers: 2025-26\/\d{4}, 2025-26\/\d{4} · Book code: \S+$/, done);
  assert.deepEqual(await page.$$eval('#year-pick option', (os) => os.map((o) => o.getAttribute('data-state'))).then((s) => s.slice(0, 2)), ['not-ended', 'closed']);
  const closed = await page.$eval('#year-pick', (s) => s.selectedOptions[0].textContent);
  assert.ok(closed.endsWith(' · Closed'), closed);
  assert.equal(await text('#yearend h3'), "Members' slips");
  assert.equal(await text('#year-audit-status'), audited);
  // The year's statements as the close kept them, with the signed checklist.
  assert.equal(await text('#year-statements'), "The year's statements, as at the close");
  await page.click('#year-statements');
  await page.locator('#year-out .report[data-report="audit-checklist"]').waitFor();
  assert.deepEqual(await page.$$eval('#year-out .report', (rs) => rs.map((r) => r.getAttribute('data-report'))),
    ['receipts-payments', 'income-expenditure', 'balance-sheet', 'trial-balance', 'audit-checklist']);
  const kept = await page.$$eval('#year-out .report[data-report="income-expenditure"] p.note', (ps) => ps.map((p) => p.textContent));
  assert.equal(kept.at(-1), 'As at the close of the year 2025-26 on 20 November 2026: this statement is printed from the copy the book kept at the close.');
  await page.screenshot({ path: path.join(screens, 'en-yearend-statements.png'), fullPage: true });

  // M01's slip: the same dividend as the preview, in Bengali (the members' language).
  const row = page.locator('#year-slips tr[data-member="M01"]');
  assert.ok((await row.locator('td').nth(1).textContent()).endsWith(m01[2]), `the slip's amount is the preview's ${m01[2]}`);
  assert.equal(await row.locator('.slip-show').textContent(), 'Show slip');
  assert.equal(await row.locator('.slip-print').textContent(), 'Print slip');
  await row.locator('.slip-show').click();
  const slip = page.locator('#year-out .report[data-report="dividend-slip"]');
  await slip.waitFor();
  const slipText = await slip.textContent();
  assert.match(await text('#year-out .report h2'), BENGALI);
  assert.ok(slipText.includes('সদস্যের স্বাক্ষর'), 'a line for the member to sign');
  assert.ok(slipText.includes('কথায়:'), 'the amount in words');
  await page.screenshot({ path: path.join(screens, 'en-yearend-slip-bn.png'), fullPage: true });
  await row.locator('.slip-print').click();
  await page.waitForSelector('#year-out[data-printed]', { state: 'attached' });
  const printed = await page.getAttribute('#year-out', 'data-printed');
  assert.ok(printed.endsWith('slip-coop-meherpur-2025-26-M01.pdf'), printed);
});

test('the closed year is reopened with a reason', async () => {
  assert.equal(await text('#year-reopen'), 'Reopen the year');
  // Without a reason: refused, said, the year stays closed.
  await page.click('#year-reopen');
  await page.waitForSelector('#year-out .field-error');
  assert.equal(await page.getAttribute('#year-out .field-error', 'data-code'), 'error-reason-required');
  await page.fill('#year-reopen-reason', 'The general meeting changed the dividend');
  await page.click('#year-reopen');
  await page.waitForSelector('#year-done');
  assert.match(await text('#year-done'), /^The year is reopened\. Reversal vouchers: 2025-26\/\d{4}, 2025-26\/\d{4}$/);
  assert.equal(await page.$eval('#year-pick', (s) => s.selectedOptions[0].getAttribute('data-state')), 'open');
  assert.equal(await text('#year-close'), 'Close the year');
});

test('closed again with dividends paid in cash, which are then paid out', async () => {
  await page.selectOption('#year-credit-to', 'payable');
  await page.click('#year-close');
  await page.waitForSelector('#confirm-dialog');
  await page.click('#confirm-ok');
  await page.waitForSelector('#year-done');
  // The whole dividend is still to be paid: the same total as the slips'.
  assert.equal(await text('#year-payable p'), `Dividends still to be paid in cash: ${await text('#year-payable-amount')}`);
  assert.equal(await text('#year-pay'), 'Pay in cash');
  await page.fill('#year-pay-date', '2026-11-20');
  await page.click('#year-pay');
  await page.waitForFunction(() => document.querySelector('#year-done')?.textContent.startsWith('Dividends paid in cash.'));
  // Paid on 20 November 2026: a voucher of the year 2026-27, and nothing is left to pay.
  assert.match(await text('#year-done'), /^Dividends paid in cash\. Voucher: 2026-27\/\d{4}$/);
  assert.equal(await page.locator('#year-payable').count(), 0);
});
