// The oversight screen in the browser against the real core (issue 16): a group's book writes
// its bundle ("send to the federation"), a village organisation's book finds and imports the
// bundles file by file, the status board shows the group as received, and a bundle altered after
// signing is refused with the core's message in the reader's language, the book unchanged.
// Everything waits for state (selectors, data attributes), never for time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fluentText, ftlMessage, root, screens, setLang, start } from './harness.mjs';

const TODAY = '2026-11-20';
const VO = 'vo-e2e';
const SHG = 'shg-kishanganj';
let page, tmp, stop, out;

before(async () => {
  // samuh-serve confines every file the UI names to the folder `out` (as a pen drive would be).
  ({ page, tmp, stop, out } = await start(TODAY));
  // The village organisation the demo book does not have: set up through the same command as
  // the setup wizard, with no members (its members are its groups).
  const vo = await api('setup_record', { input: { org: { code: VO, name: 'Kishanganj VO', kind: 'village-organisation', country: 'in', meeting_frequency: 'monthly', formed_on: '2024-01-01' } } });
  assert.equal(vo.org, VO, JSON.stringify(vo));
});
after(async () => { await stop?.(); });

const api = (command, args) => page.evaluate(async ([command, args]) => {
  const r = await fetch(`./api/${command}`, { method: 'POST', body: JSON.stringify({ locale: { lang: 'en' }, ...args }) });
  return r.json();
}, [command, args]);

/// A message of locales/<lang>/oversight.ftl (or another file), placeholders left in.
const msg = (lang, id, file = 'oversight.ftl') => ftlMessage(lang, id, file);

/// Opens the village organisation's groups screen and waits for its first board.
async function openGroups() {
  await page.click('#nav-home');
  await page.click(`[data-testid="org-${VO}"]`);
  await page.waitForSelector('main[data-screen="groups"] #oversight-board[data-shown="1"]');
}

/// The status board's rows, cell texts by column id.
async function board() {
  return page.$$eval('#oversight-board table tbody tr', (rows) => rows.map((tr) => {
    const cols = [...tr.closest('table').querySelectorAll('thead th')].map((th) => th.dataset.col);
    return Object.fromEntries([...tr.children].map((td, i) => [cols[i], td.textContent]));
  }));
}

/// Shows the drilled-down group's loan register and checks it reads under the group register's
/// own title and first columns in `lang`, each loan a row.
async function showLoanRegister(lang) {
  await page.selectOption('#drill-register', 'loan-register');
  const loans = '#drill-report .report[data-report="loan-register"]';
  await page.waitForSelector(loans);
  assert.equal(await page.textContent(`${loans} h2`), msg(lang, 'report-loan-register', 'reports.ftl'));
  const heads = await page.$$eval(`${loans} div.table-scroll:first-of-type th`, (ths) => ths.map((x) => x.textContent));
  assert.deepEqual(heads.slice(0, 5), ['col-loan-no', 'col-member', 'col-fund', 'col-disbursed-on', 'col-principal'].map((id) => msg(lang, id, 'reports.ftl')));
  assert.ok((await page.$$(`${loans} tbody tr`)).length > 0, 'the group\'s loans are listed');
  // A register wider than the window scrolls in its own box; the page never scrolls sideways.
  assert.deepEqual(await page.evaluate(() => [document.scrollingElement.scrollWidth <= window.innerWidth, getComputedStyle(document.querySelector('#drill-report .table-scroll')).overflowX]), [true, 'auto']);
}

/// Finds the bundles in the folder and waits until the list is shown.
async function findBundles(count) {
  await page.click('#import-find');
  await page.waitForSelector(`#import-files[data-found="${count}"]`);
}

/// Runs an import and waits for it (and the board's refresh after it) to finish.
async function importRun() {
  const runs = Number(await page.getAttribute('#oversight-import', 'data-runs'));
  await page.click('#import-run');
  await page.waitForSelector(`#oversight-import[data-runs="${runs + 1}"]`);
}

let written;

test('a group sends its book: the bundle is written and its book code shown, in English', async () => {
  await setLang(page, 'en');
  // The group's entries, from the Safety screen (a bundle of everything holds them all).
  await page.click('#nav-safety');
  await page.waitForSelector(`#book-codes tr[data-org="${SHG}"]`);
  const entries = (await page.textContent(`#book-codes tr[data-org="${SHG}"] td.end`)).trim();
  await page.click('#nav-home');
  await page.click(`[data-testid="org-${SHG}"]`);
  await page.waitForSelector('#nav-send:not([hidden])');
  assert.equal(await page.isHidden('#nav-groups'), true, 'a group has no oversight screen');
  assert.equal(await page.textContent('#nav-send'), msg('en', 'ui-nav-send'));
  await page.click('#nav-send');
  await page.waitForSelector('#send-title');
  assert.equal(await page.textContent('#send-title'), msg('en', 'ui-send-title'));
  assert.equal(await page.textContent('#send-write'), msg('en', 'ui-send-write'));
  assert.equal(await page.textContent('#send-hint'), msg('en', 'ui-send-hint'));
  await page.fill('#send-file', 'shg-kishanganj-1.bundle');
  await page.click('#send-write');
  const done = page.locator('#send-done');
  await done.waitFor();
  written = { path: await done.getAttribute('data-path'), code: await done.getAttribute('data-code'), fingerprint: await done.getAttribute('data-fingerprint') };
  assert.equal(written.path, path.join(out, 'shg-kishanganj-1.bundle'));
  assert.ok(fs.existsSync(written.path), 'the bundle is on the "pen drive"');
  // The book code as it stands when the bundle is written (its first bundle's key is part of
  // the book's records); the officer's import shows the same code (next test).
  assert.match(written.code, /^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const code = written.code;
  // The demo group's last entry is its weekly meeting of Sunday 15 November 2026; it sent its
  // first bundle (and made its key) to the demo's village organisation yesterday: this is its
  // second, and its key's fingerprint was on paper already.
  // (The count chooses "entry" or "entries": the number as the page wrote it, its plural by the count.)
  const expected = fluentText('en', 'oversight-written', { seq: 2, path: written.path, entries: Number(entries.replace(/,/g, '')), date: '15 November 2026', code })
    .replace(String(Number(entries.replace(/,/g, ''))), entries);
  assert.equal(await done.textContent(), expected);
  await page.screenshot({ path: path.join(screens, 'en-send-bundle.png'), fullPage: true });
});

test('in English, the village organisation finds and imports the bundles; the board shows the group received', async () => {
  assert.ok(written, 'the group wrote its bundle');
  await setLang(page, 'en');
  // A second group (the cooperative) sends its bundle too, through the same command.
  const coop = await api('bundle_write', { input: { org: 'coop-meherpur', out: 'coop-meherpur-1.bundle' } });
  assert.equal(coop.org, 'coop-meherpur', JSON.stringify(coop));
  await openGroups();
  // A village organisation sends its bundle up to its cluster federation (relaying its groups);
  // the welfare screen is a group's.
  assert.equal(await page.isHidden('#nav-send'), false, 'a VO sends upward');
  assert.equal(await page.isHidden('#nav-welfare'), true, 'no welfare screen for an oversight book');
  // Its bundle holds its groups' books too, and goes to its cluster federation: the hint says so.
  await page.click('#nav-send');
  await page.waitForSelector('#send-hint');
  assert.equal(await page.textContent('#send-hint'), msg('en', 'ui-send-hint-relay'));
  await openGroups();
  assert.equal(await page.textContent('#nav-groups'), msg('en', 'ui-nav-groups'));
  assert.equal(await page.textContent('#oversight-title'), msg('en', 'ui-oversight-title'));
  assert.equal(await page.textContent('#import-find'), msg('en', 'ui-oversight-find'));
  assert.equal(await page.textContent('#import-run'), msg('en', 'ui-oversight-import'));
  assert.equal(await page.textContent('#oversight-refresh'), msg('en', 'ui-oversight-refresh'));
  assert.equal(await page.textContent('#rollup-show'), msg('en', 'ui-oversight-show'));
  assert.equal(await page.textContent('#rollup-export'), msg('en', 'ui-oversight-export'));
  assert.deepEqual(await board(), [], 'no group in the register yet');

  await findBundles(2);
  assert.deepEqual(await page.$$eval('#import-files li', (ls) => ls.map((l) => [l.dataset.file, l.dataset.state])),
    [['coop-meherpur-1.bundle', 'waiting'], ['shg-kishanganj-1.bundle', 'waiting']]);
  // Not yet in the register: each file refused, with the fingerprint to compare on paper.
  await importRun();
  assert.deepEqual(await page.$$eval('#import-files li', (ls) => ls.map((l) => [l.dataset.state, l.dataset.code])),
    [['refused', 'error-bundle-unknown-group'], ['refused', 'error-bundle-unknown-group']]);
  const refusal = msg('en', 'error-bundle-unknown-group', 'federation.ftl').replace('{ $path }', written.path).replace(/\{ \$group \}/g, SHG).replace('{ $fingerprint }', written.fingerprint);
  assert.equal(await page.textContent('#import-files li[data-file="shg-kishanganj-1.bundle"] .field-error'), refusal);
  assert.deepEqual(await board(), [], 'a refused file registers nothing');

  // The officer compared the fingerprints: register and import.
  await page.check('#import-register');
  await importRun();
  assert.deepEqual(await page.$$eval('#import-files li', (ls) => ls.map((l) => [l.dataset.state, l.dataset.group])),
    [['done', 'coop-meherpur'], ['done', SHG]]);
  assert.equal(await page.getAttribute('#import-files li[data-file="shg-kishanganj-1.bundle"]', 'data-fingerprint'), written.fingerprint);
  assert.equal(await page.$eval('#import-progress', (p) => p.value), 2, 'both files done');
  const shgLine = await page.textContent('#import-files li[data-file="shg-kishanganj-1.bundle"] .state');
  assert.ok(shgLine.startsWith(msg('en', 'oversight-registered').replace('{ $group }', SHG).replace('{ $fingerprint }', written.fingerprint)), shgLine);
  assert.ok(shgLine.endsWith(`Book code ${written.code}.`), shgLine);

  const rows = await board();
  assert.deepEqual(rows.map((r) => r['col-group']), ['coop-meherpur', SHG]);
  const shg = rows.find((r) => r['col-group'] === SHG);
  // One bundle, for the period up to its meeting of 15 November (five days before today, within
  // the 35 days after which a group is late), no alarm.
  assert.equal(shg['col-bundles'], '1');
  assert.equal(shg['col-last-period'], '15-11-2026');
  // Imported today (the desk records times on SAMUH_TODAY's date).
  assert.equal(shg['col-imported-on'], '20-11-2026');
  assert.equal(shg['col-alarms'], '0');
  assert.equal(shg['col-status'], msg('en', 'group-status-ok', 'federation.ftl'));
  // The group keeps the Indian year (April to March): 2025-26 ended on 31 March, more than 90
  // days before today, and the group has not closed it — its annual statement is missing.
  assert.equal(shg['col-annual-statement'], msg('en', 'group-annual-missing', 'federation.ftl').replace('{ $year }', '2025-26'));

  // Importing the same files again is a no-op, said so per file.
  await importRun();
  assert.deepEqual(await page.$$eval('#import-files li', (ls) => ls.map((l) => l.dataset.state)), ['already', 'already']);
  assert.equal(await page.textContent('#import-files li[data-file="shg-kishanganj-1.bundle"] .state'), msg('en', 'oversight-already').replace('{ $group }', SHG));
  assert.deepEqual(await board(), rows);

  // The roll-ups come from the core's list for oversight books; the portfolio shows the group.
  const choices = await page.$$eval('#rollup-which option', (os) => os.map((o) => o.value));
  assert.deepEqual(choices, ['group-status', 'portfolio', 'grading', 'overdue-borrowers', 'cif-reconciliation', 'interest-by-fund',
    'consolidated-receipts-payments', 'consolidated-income-expenditure', 'consolidated-balance-sheet']);
  // Households are a fund centre's (households.test.mjs): a VO has no household box to fill in
  // and follows no household.
  assert.equal(await page.locator('#rollup-household').count(), 0);
  assert.equal(await page.locator('#oversight-follow').count(), 0);
  // The consolidated balance sheet: the VO and its group as one, under its own title and columns.
  await page.selectOption('#rollup-which', 'consolidated-balance-sheet');
  const cbs = '#rollup-report .report[data-report="consolidated-balance-sheet"]';
  await page.waitForSelector(cbs);
  assert.equal(await page.textContent(`${cbs} h2`), msg('en', 'report-consolidated-balance-sheet', 'consolidated.ftl'));
  assert.deepEqual(await page.$$eval(`${cbs} div.table-scroll:first-of-type th`, (ths) => ths.map((x) => x.textContent)),
    ['col-head', 'col-groups', 'col-own', 'col-eliminated', 'col-consolidated'].map((id) => msg('en', id, id === 'col-head' ? 'reports.ftl' : 'consolidated.ftl')));
  // Drill-down: the group's code on the board opens its own books, read-only (the cash book first).
  await page.click(`#oversight-board button.drill-link[data-group="${SHG}"]`);
  const drill = '#drill-report .report[data-report="cash-book"]';
  await page.waitForSelector(drill);
  assert.equal(await page.textContent('#oversight-drill > h2'), msg('en', 'ui-drill-title', 'ui_drilldown.ftl'));
  assert.equal(await page.textContent(`${drill} h2`), msg('en', 'report-cash-book', 'reports.ftl'));
  assert.ok((await page.$$(`${drill} tbody tr`)).length > 0, 'the group\'s cash book has its entries');
  // Its loan register too, under the group register's own title and columns, each loan a row.
  assert.deepEqual(await page.$$eval('#drill-register option', (os) => os.map((o) => o.value)),
    ['cash-book', 'bank-book', 'savings-register', 'loan-register', 'trial-balance', 'receipts-payments', 'income-expenditure', 'balance-sheet']);
  await showLoanRegister('en');
  await page.selectOption('#rollup-which', 'portfolio');
  await page.waitForSelector('#rollup-report .report[data-report="portfolio"]');
  assert.match(await page.textContent('#rollup-report .report[data-report="portfolio"]'), new RegExp(SHG));
  await page.screenshot({ path: path.join(screens, 'en-oversight.png'), fullPage: true });
});

test('in Hindi, a bundle altered after signing is refused with the core\'s Hindi message and the book is unchanged', async () => {
  await setLang(page, 'hi');
  // One byte changed in the middle of the group's bundle (inside the signed payload).
  const bytes = fs.readFileSync(written.path);
  bytes[Math.floor(bytes.length / 2)] ^= 1;
  for (const f of fs.readdirSync(out)) fs.rmSync(path.join(out, f));
  const tampered = path.join(out, 'shg-kishanganj-2.bundle');
  fs.writeFileSync(tampered, bytes);
  const codeBefore = (await api('safety_view', {})).orgs.find((o) => o.org === VO).book_code;

  await openGroups();
  assert.equal(await page.textContent('#nav-groups'), msg('hi', 'ui-nav-groups'));
  assert.equal(await page.textContent('#oversight-title'), msg('hi', 'ui-oversight-title'));
  assert.equal(await page.textContent('#import-find'), msg('hi', 'ui-oversight-find'));
  assert.equal(await page.textContent('#import-run'), msg('hi', 'ui-oversight-import'));
  const boardBefore = await board();
  assert.equal(boardBefore.length, 2);
  assert.equal(boardBefore.find((r) => r['col-group'] === SHG)['col-status'], msg('hi', 'group-status-ok', 'federation.ftl'));

  await findBundles(1);
  await page.check('#import-register');
  await importRun();
  const li = '#import-files li[data-file="shg-kishanganj-2.bundle"]';
  assert.equal(await page.getAttribute(li, 'data-state'), 'refused');
  assert.equal(await page.getAttribute(li, 'data-code'), 'error-bundle-altered');
  assert.equal(await page.textContent(`${li} .field-error`), msg('hi', 'error-bundle-altered', 'federation.ftl').replace('{ $path }', tampered));
  assert.deepEqual(await board(), boardBefore, 'the board is as it was');
  const codeAfter = (await api('safety_view', {})).orgs.find((o) => o.org === VO).book_code;
  assert.equal(codeAfter, codeBefore, 'nothing was written to the book');
  await page.screenshot({ path: path.join(screens, 'hi-oversight-altered.png'), fullPage: true });

  // The roll-ups and the drill-down read in Hindi too: the grading sheet, its attendance column
  // last (the group's bundle carried its attendance) …
  await page.selectOption('#rollup-which', 'grading');
  const grading = '#rollup-report .report[data-report="grading"]';
  await page.waitForSelector(grading);
  assert.equal(await page.textContent(`${grading} h2`), msg('hi', 'report-grading', 'grading.ftl'));
  const gradingHeads = await page.$$eval(`${grading} div.table-scroll:first-of-type th`, (ths) => ths.map((x) => x.textContent));
  assert.deepEqual(gradingHeads.slice(-4), ['col-grading-met', 'col-grading-total', 'col-grading-grade', 'col-grading-attendance'].map((id) => msg('hi', id, 'grading.ftl')));
  // … and the group's loan register under the register's Hindi title and columns, read-only.
  await page.click(`#oversight-board button.drill-link[data-group="${SHG}"]`);
  await page.waitForSelector('#drill-report .report[data-report="cash-book"]');
  assert.equal(await page.textContent('#oversight-drill > h2'), msg('hi', 'ui-drill-title', 'ui_drilldown.ftl'));
  await showLoanRegister('hi');
  await page.screenshot({ path: path.join(screens, 'hi-oversight-loans.png'), fullPage: true });
});

test('in English, a bundle that rewrites what was imported raises the alarm; the imported history stays as it was', async () => {
  assert.ok(written, 'the group wrote its first bundle, and it was imported');
  await setLang(page, 'en');
  for (const f of fs.readdirSync(out)) fs.rmSync(path.join(out, f));
  const book = path.join(tmp, 'demo.samuh');
  // Two copies of the group's book that part ways after entry 68: a backup of the book, then
  // one entry reversed in this book and another one in the backup, each sending its bundle.
  const backup = await api('backup_make', {});
  assert.ok(backup.path, JSON.stringify(backup));
  const here = await api('voucher_reverse', { input: { org: SHG, voucher: '5', reason: 'entered twice' } });
  assert.ok(here.voucher, JSON.stringify(here));
  const next = await api('bundle_write', { input: { org: SHG, out: 'shg-kishanganj-2.bundle', since_last: true } });
  assert.equal(next.vouchers, 1, 'one entry since the first bundle');
  const target = (await api('restore_view', { backup: backup.path })).target;
  const restored = await api('restore_open', { backup: backup.path, target });
  assert.ok(restored.path, JSON.stringify(restored));
  const there = await api('voucher_reverse', { input: { org: SHG, voucher: '6', reason: 'entered twice' } });
  assert.ok(there.voucher, JSON.stringify(there));
  const other = await api('bundle_write', { input: { org: SHG, out: 'shg-kishanganj-3.bundle' } });
  assert.equal(other.fingerprint, written.fingerprint, 'signed with the same key: the copy holds it');
  // The rewritten bundle waits aside while the good one is imported in the real book.
  const aside = path.join(tmp, 'shg-kishanganj-3.bundle');
  fs.renameSync(path.join(out, 'shg-kishanganj-3.bundle'), aside);
  const reopened = await api('book_open', { path: book });
  assert.equal(reopened.overview.path, book, JSON.stringify(reopened).slice(0, 300));

  await openGroups();
  await findBundles(1);
  await importRun();
  assert.equal(await page.getAttribute('#import-files li', 'data-state'), 'done');
  const before = (await board()).find((r) => r['col-group'] === SHG);
  // The first bundle's 68 entries and the one reversal since.
  assert.equal(before['col-entries'], '69');
  assert.equal(before['col-bundles'], '2');
  assert.equal(before['col-alarms'], '0');

  fs.renameSync(aside, path.join(out, 'shg-kishanganj-3.bundle'));
  fs.rmSync(path.join(out, 'shg-kishanganj-2.bundle'));
  await findBundles(1);
  await importRun();
  const li = '#import-files li[data-file="shg-kishanganj-3.bundle"]';
  assert.equal(await page.getAttribute(li, 'data-state'), 'refused');
  assert.equal(await page.getAttribute(li, 'data-code'), 'error-bundle-rewrites-history');
  // Entry 69 differs (the 68 of the first bundle, then each copy's own reversal); only it. The
  // message names its voucher and its date (today's reversal) in the reader's words: the
  // message as the translator wrote it, with its "dated" variant and "1 entry differs"; the
  // voucher's number is read from the page (matched by its shape).
  const VOUCHER = '\u0000';
  const expected = fluentText('en', 'error-bundle-rewrites-history', {
    path: path.join(out, 'shg-kishanganj-3.bundle'), group: SHG, position: 69, dated: 'yes', voucher: VOUCHER, date: '20 November 2026', differing: 1,
  });
  const [before69, after69] = expected.split(VOUCHER);
  const alarm = await page.textContent(`${li} .field-error`);
  assert.ok(alarm.startsWith(before69) && alarm.endsWith(after69), `${alarm}\n${expected}`);
  assert.match(alarm.slice(before69.length, alarm.length - after69.length), /^\d{4}(-\d{2})?\/\d+$/);

  const after = (await board()).find((r) => r['col-group'] === SHG);
  assert.equal(after['col-status'], msg('en', 'group-status-alarm', 'federation.ftl'));
  assert.equal(after['col-alarms'], '1');
  // Nothing of the rewritten bundle came in: the same entries, bundles and period as before.
  for (const col of ['col-entries', 'col-bundles', 'col-last-period', 'col-imported-on']) assert.equal(after[col], before[col], col);
  await page.screenshot({ path: path.join(screens, 'en-oversight-alarm.png'), fullPage: true });
});
