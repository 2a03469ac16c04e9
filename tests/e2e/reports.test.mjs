// The Reports screen end to end, in headless Chromium against the real core (samuh-serve over a
// fresh demo book, saving into an --out folder): in Bengali for the demo cooperative, preview the
// balance sheet, read every sheet of the audit workbook on screen and export it (the file exists, the progress bar showed the core's
// steps), and print a member's passbook in Hindi that continues on the paper book. Screenshots
// under target/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root, start } from './harness.mjs';

const screens = path.join(root, 'target/screenshots');
const TODAY = '2026-11-20';
const ORG = 'coop-meherpur';

let page, outDir, stop;

before(async () => {
  ({ page, stop, out: outDir } = await start(TODAY, {
    timeout: 30000,
    // Each progress step waits a little so the browser can see the bar move.
    prepare: () => ({ env: { SAMUH_SERVE_STEP_MS: '150' } }),
  }));
});
after(async () => { await stop?.(); });

const BENGALI = /[\u0980-\u09FF]/;
const DEVANAGARI = /[\u0900-\u097F]/;

test('in Bengali, the demo cooperative previews its balance sheet', async () => {
  await page.click('#nav-settings');
  await page.selectOption('#settings-lang', 'bn');
  await page.waitForFunction(() => document.documentElement.lang === 'bn');
  await page.click('#nav-home');
  await page.click(`[data-testid="org-${ORG}"]`);
  await page.waitForSelector('#grid tbody tr');
  await page.click('#nav-reports');
  await page.waitForSelector('#reports-which');
  await page.selectOption('#reports-which', 'balance-sheet');
  const report = page.locator('.report[data-report="balance-sheet"]');
  await report.waitFor();
  const text = await report.textContent();
  assert.match(text, BENGALI, 'the balance sheet is in Bengali');
  assert.ok(await page.locator('.report[data-report="balance-sheet"] tfoot td').count() > 0, 'with totals');
  // Every report of the core, the passbook and the audit sheet are offered.
  const options = await page.$$eval('#reports-which option', (os) => os.map((o) => o.value));
  for (const id of ['cash-book', 'receipts-payments', 'income-expenditure', 'appropriation', 'passbook', 'audit']) assert.ok(options.includes(id), id);
  await page.screenshot({ path: path.join(screens, 'bn-reports-balance-sheet.png'), fullPage: true });
});

test('the audit workbook is exported with its progress shown', async () => {
  await page.selectOption('#reports-which', 'audit');
  await page.waitForSelector('#reports-audit:not([hidden])');
  // Before saving, every sheet of the workbook can be read on screen: the cover, the loan
  // register, the Form-10 appropriation of a Bangladesh cooperative.
  await page.waitForSelector('#audit-sheets button[data-sheet="balance-sheet"].current');
  const sheets = await page.$$eval('#audit-sheets button', (bs) => bs.map((b) => b.getAttribute('data-sheet')));
  for (const id of ['audit-cover', 'cash-book', 'loan-register', 'appropriation', 'reversals', 'audit-appendix']) assert.ok(sheets.includes(id), `sheet ${id} in ${sheets}`);
  // A Bangladesh cooperative's audit carries no Indian Panchsutra sheet.
  assert.ok(!sheets.includes('panchsutra'), `no panchsutra sheet for a Bangladesh cooperative: ${sheets}`);
  await page.click('#audit-sheets button[data-sheet="loan-register"]');
  const loans = page.locator('#audit-sheet .report[data-report="loan-register"]');
  await loans.waitFor();
  assert.match(await loans.textContent(), BENGALI, 'the loan register is in Bengali');
  await page.click('#audit-sheets button[data-sheet="audit-cover"]');
  await page.waitForSelector('#audit-sheet .report[data-report="audit-cover"]');
  // The preparer's name goes on the cover, which stays in view as it refreshes.
  await page.fill('#reports-prepared-by', 'নিরীক্ষক');
  await page.press('#reports-prepared-by', 'Tab');
  await page.waitForFunction(() => document.querySelector('#audit-sheet .report[data-report="audit-cover"]')?.textContent.includes('নিরীক্ষক'));
  await page.screenshot({ path: path.join(screens, 'bn-reports-audit-preview.png'), fullPage: true });
  await page.click('#reports-save-xlsx');
  // The bar moves through the core's steps while the save runs, labelled in Bengali.
  await page.waitForFunction(() => {
    const b = document.getElementById('reports-progress-box');
    return b && !b.hidden && Number(b.dataset.step) > 1 && Number(b.dataset.step) < Number(b.dataset.steps);
  });
  const label = await page.textContent('#reports-progress-label');
  assert.match(label, BENGALI, `progress label in Bengali: ${label}`);
  await page.screenshot({ path: path.join(screens, 'bn-reports-audit-progress.png'), fullPage: true });
  await page.waitForSelector('#reports-progress-box[data-done="true"]');
  await page.waitForSelector('#notice.ok:not([hidden])');
  const file = path.join(outDir, `${ORG}-audit.xlsx`);
  assert.ok(fs.existsSync(file), 'the workbook was written');
  const bytes = fs.readFileSync(file);
  assert.ok(bytes.length > 1000 && bytes.subarray(0, 2).toString() === 'PK', 'a real XLSX (zip)');
  assert.equal(await page.getAttribute('#reports-progress', 'value'), await page.getAttribute('#reports-progress', 'max'), 'the bar ends full');
  await page.screenshot({ path: path.join(screens, 'bn-reports-audit-saved.png'), fullPage: true });
});

test('a passbook printed in Hindi continues on the paper book', async () => {
  await page.selectOption('#reports-which', 'passbook');
  await page.waitForSelector('#reports-passbook:not([hidden])');
  const member = await page.$eval('#reports-member option:nth-child(2)', (o) => o.value);
  await page.selectOption('#reports-member', member);
  await page.selectOption('#reports-lang', 'hi');
  // The preview follows the chosen language.
  await page.waitForFunction(() => /[\u0900-\u097F]/.test(document.querySelector('.report[data-report="passbook"] h2')?.textContent ?? ''));
  await page.selectOption('#reports-page', 'passbook');
  await page.fill('#reports-page-lines', '20');
  await page.selectOption('#reports-mode', 'continue');
  await page.click('#reports-lines-show');
  const line = page.locator(`#reports-lines li[data-member="${member}"]`);
  await line.waitFor();
  const count = Number(await line.getAttribute('data-count'));
  assert.ok(count > 0, 'entries to print');
  assert.match(await line.textContent(), DEVANAGARI, 'the lines are described in Hindi before printing');
  await page.screenshot({ path: path.join(screens, 'hi-passbook-lines.png'), fullPage: true });

  await page.click('#reports-print');
  await page.waitForSelector('#notice.ok:not([hidden])');
  const file = path.join(outDir, `${ORG}-passbook-${member}.pdf`);
  assert.ok(fs.readFileSync(file).subarray(0, 4).toString() === '%PDF', 'the passbook PDF was written');
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  assert.match(text, DEVANAGARI, 'the printed passbook is in Hindi');
  // Printing asks whether it printed correctly; "no" takes no line of the paper passbook.
  await page.waitForSelector('#reports-printed-question');
  await page.click('#reports-printed-no');
  await page.waitForSelector(`#reports-lines li[data-member="${member}"][data-count="${count}"]`);
  await page.click('#reports-print');
  await page.waitForSelector('#reports-printed-question');
  await page.click('#reports-printed-yes');
  // Fed again: nothing new, the book continues after the printed line.
  await page.waitForSelector(`#reports-lines li[data-member="${member}"][data-count="0"]`);
  // A reprint from line 3 (typed in Bengali digits) covers all but the first two entries.
  await page.selectOption('#reports-mode', 'from-line');
  await page.fill('#reports-from-line', '৩');
  await page.click('#reports-lines-show');
  await page.waitForSelector(`#reports-lines li[data-member="${member}"][data-count="${count - 2}"]`);
  assert.equal(await page.isVisible('#notice.error'), false, 'no error left on screen');
  await page.screenshot({ path: path.join(screens, 'hi-passbook-continue.png'), fullPage: true });
});
