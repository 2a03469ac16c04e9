// Opening and creating books in the browser against the real core, in Bengali: a new book
// protected by a passphrase (too short is refused beside the field), its recovery code shown
// once; reopened with a wrong then the right passphrase; the passphrase forgotten and replaced
// with the recovery code; a backup of it restored as a new book that opens with the same key;
// the passphrase changed and a plain book encrypted in Settings; and the full check of a book
// running in the background with its progress bar moving. The book's file, its protection and
// its check are all under Settings; opening a book lands on the home screen's cards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root, setLang, start } from './harness.mjs';

// The command line, beside samuh-serve (scripts/test.sh builds both), to make a book to tamper with.
const cli = process.env.SAMUH_CLI || path.join(path.dirname(process.env.SAMUH_SERVE || path.join(root, 'target/debug/samuh-serve')), 'samuh');

const shots = path.join(root, 'target/screenshots');
const bengali = /[\u0980-\u09FF]/;
let page, tmp, stop;

before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  // Each step of the background check pauses, so the bar can be seen moving on the demo book;
  // the recent books are kept in the test's folder.
  ({ page, tmp, stop } = await start('2026-11-20', { prepare: (dir) => ({ env: { SAMUH_SERVE_CHECK_MS: '40' }, args: ['--recent', path.join(dir, 'recent-books.json')] }), timeout: 30000 }));
});
after(async () => { await stop?.(); });

const shot = (name) => page.screenshot({ path: path.join(shots, `bn-${name}.png`), fullPage: true });

/// The book's file is chosen under Settings (issue 12: the home screen is about the work).
async function settings() {
  await page.click('#nav-settings');
  await page.waitForSelector('#book-path');
}

/// Opening lands on the home screen (the groups' cards); Settings then names the open book.
async function bookIs(file) {
  await page.waitForSelector('#main[data-screen="home"][data-ready="true"] [data-testid^="org-"], #main[data-screen="home"][data-ready="true"] #setup-start');
  await settings();
  await page.waitForFunction((p) => document.querySelector('#book-path')?.value === p, file);
}

/// Opens a plain book by its typed path and waits for it to be the open book.
async function openPlain(file) {
  await settings();
  await page.evaluate(() => { document.querySelector('#notice').textContent = ''; });
  await page.fill('#book-path', file);
  await page.click('#book-open');
  // Opened: the home screen, where the quick check at opening speaks, in Bengali.
  await page.waitForFunction(() => document.querySelector('#main')?.dataset.screen === 'home' && /[\u0980-\u09FF]/.test(document.querySelector('#notice.ok')?.textContent ?? ''));
  await bookIs(file);
}

/// Asks to open `file` and waits for the passphrase box.
async function askToOpen(file) {
  await settings();
  await page.fill('#book-path', file);
  await page.click('#book-open');
  await page.waitForSelector('#unlock:not([hidden]) #unlock-passphrase');
}

let encrypted, code;
const pass1 = 'আমাদের সমিতির খাতা';
const pass2 = 'নতুন পাসফ্রেজ ২০২৬';

test('in Bengali, a new book protected by a passphrase shows its recovery code once', async () => {
  await setLang(page, 'bn');
  await settings();
  encrypted = path.join(tmp, 'meherpur-locked.samuh');
  await page.fill('#book-new-path', encrypted);
  await page.check('#book-protect');
  await page.fill('#new-passphrase', 'ছোট');
  await page.fill('#new-repeat', 'ছোট');
  await page.click('#book-create');
  const err = page.locator('#create-result .field-error');
  await err.waitFor();
  assert.match(await err.textContent(), bengali, 'the rule is said in Bengali');
  assert.equal(await page.getAttribute('#create-result', 'data-code'), 'error-passphrase-too-short');
  assert.ok(!fs.existsSync(encrypted), 'nothing was created');
  await shot('book-passphrase-too-short');

  await page.fill('#new-passphrase', pass1);
  await page.fill('#new-repeat', pass1);
  await page.click('#book-create');
  await page.waitForSelector('#recovery-card');
  code = (await page.textContent('#recovery-code')).trim();
  assert.match(code, /^[0-9A-Z]{5}(-[0-9A-Z]{5}){5}$/);
  assert.match(await page.textContent('#recovery-card h2'), bengali);
  assert.ok(await page.isDisabled('#recovery-continue'), 'not before it is written down');
  await shot('book-recovery-code');
  await page.check('#recovery-written');
  await page.click('#recovery-continue');
  await bookIs(encrypted);
  assert.ok(fs.existsSync(encrypted) && fs.existsSync(`${encrypted}.key`));
  assert.ok(!fs.readFileSync(encrypted).includes('SQLite format 3'), 'the file is encrypted');
  assert.equal(await page.locator('#recovery-code').count(), 0, 'the code is not shown again');
});

test('opening the demo book shows the full check moving, then all entries verified', async () => {
  await openPlain(path.join(tmp, 'demo.samuh'));
  const box = page.locator('#book-check');
  await page.waitForFunction(() => {
    const b = document.querySelector('#book-check');
    return b?.dataset.state === 'running' && Number(b.dataset.step) > 0 && Number(b.dataset.step) < Number(b.dataset.steps);
  });
  assert.match(await page.textContent('#book-check-label'), bengali);
  await shot('book-check-progress');
  await page.waitForSelector('#book-check[data-state="done"]', { timeout: 60000 });
  assert.equal(await box.getAttribute('data-step'), await box.getAttribute('data-steps'));
  const msg = await page.textContent('#book-check-message');
  assert.match(msg, bengali);
  assert.equal(await page.getAttribute('#book-check-message', 'class'), 'ok');
  await shot('book-check-done');
  // The home screen is about the work: a check that found nothing is not shown there.
  await page.click('#nav-home');
  await page.waitForSelector('#main[data-screen="home"][data-ready="true"]');
  assert.equal(await page.locator('#book-check').isHidden(), true, 'no check box on the home screen when all is well');
  await settings();
  // The locked book is among the recent books; one click asks for its passphrase.
  const recent = page.locator(`#book-recent .recent-book[data-path="${encrypted}"]`);
  assert.equal(await recent.getAttribute('data-encrypted'), 'true');
  assert.equal((await recent.textContent()).trim(), 'meherpur-locked');
  await recent.click();
  await page.waitForSelector('#unlock:not([hidden]) #unlock-passphrase');
});

test('the locked book asks for its passphrase: a wrong one is refused, the right one opens it', async () => {
  await askToOpen(encrypted);
  await shot('book-unlock');
  await page.fill('#unlock-passphrase', 'ভুল পাসফ্রেজ দিলাম');
  await page.click('#unlock-open');
  await page.waitForSelector('#unlock-result .field-error');
  assert.equal(await page.getAttribute('#unlock-result', 'data-code'), 'error-wrong-passphrase');
  assert.match(await page.textContent('#unlock-result'), bengali);
  await shot('book-wrong-passphrase');
  await page.fill('#unlock-passphrase', pass1);
  await page.click('#unlock-open');
  await bookIs(encrypted);
  await page.waitForSelector('#book-check[data-state="done"]');
});

test('a forgotten passphrase: the recovery code opens the book and sets a new passphrase', async () => {
  await openPlain(path.join(tmp, 'demo.samuh'));
  await askToOpen(encrypted);
  await page.click('#forgot-passphrase');
  await page.fill('#recover-code', code.toLowerCase());
  await page.fill('#recover-passphrase', pass2);
  await page.fill('#recover-repeat', pass2);
  await shot('book-recover');
  await page.click('#recover-open');
  // Opened: the home screen says so, in Bengali; Settings then names the book.
  await page.waitForFunction(() => document.querySelector('#main')?.dataset.screen === 'home' && /[\u0980-\u09FF]/.test(document.querySelector('#notice')?.textContent ?? ''));
  await bookIs(encrypted);
  // The old passphrase no longer opens it; the new one does.
  await openPlain(path.join(tmp, 'demo.samuh'));
  await askToOpen(encrypted);
  await page.fill('#unlock-passphrase', pass1);
  await page.click('#unlock-open');
  await page.waitForSelector('#unlock-result[data-code="error-wrong-passphrase"]');
  await page.fill('#unlock-passphrase', pass2);
  await page.click('#unlock-open');
  await bookIs(encrypted);
});

test('a backup of the locked book is restored as a new book, which opens with the same key', async () => {
  await page.click('#nav-safety');
  await page.waitForSelector('#book-codes');
  await page.click('#backup-now');
  await page.waitForSelector('#backup-done');
  const backup = await page.getAttribute('#backup-list tbody tr', 'data-path');
  assert.ok(fs.existsSync(`${backup}.key`), 'the backup carries its key file');
  assert.ok(!fs.readFileSync(backup).includes('SQLite format 3'), 'the backup is encrypted');
  await page.click('#restore-compare');
  await page.waitForSelector('#restore-diff[data-same="true"]');
  await page.click('#restore-confirm');
  const restored = await page.getAttribute('#restored-path', 'data-path');
  assert.ok(fs.existsSync(restored) && fs.existsSync(`${restored}.key`));
  await settings();
  await page.waitForFunction((p) => document.querySelector('#book-path')?.value === p, restored);
  await page.waitForSelector('#book-check[data-state="done"]');
  assert.equal(await page.getAttribute('#book-check-message', 'class'), 'ok');
});

test('Settings: the passphrase is changed with the current one; a plain book is encrypted', async () => {
  await page.click('#nav-settings');
  await page.waitForSelector('#security[data-encrypted="true"]');
  await page.fill('#pass-current', 'ভুল পাসফ্রেজ দিলাম');
  await page.fill('#pass-new', pass1);
  await page.fill('#pass-repeat', pass1);
  await page.click('#pass-change');
  await page.waitForSelector('#security-result .field-error');
  await page.fill('#pass-current', pass2);
  await page.click('#pass-change');
  await page.waitForSelector('#pass-changed');
  assert.match(await page.textContent('#pass-changed'), bengali);
  await shot('settings-passphrase');

  // A new plain book, then encrypted from Settings: its own recovery code, shown once.
  await settings();
  const plain = path.join(tmp, 'plain.samuh');
  await page.fill('#book-new-path', plain);
  await page.click('#book-create');
  await bookIs(plain);
  await page.click('#nav-settings');
  await page.waitForSelector('#security[data-encrypted="false"]');
  await page.fill('#encrypt-passphrase', pass1);
  await page.fill('#encrypt-repeat', pass1);
  await shot('settings-encrypt');
  await page.click('#encrypt-book');
  await page.waitForSelector('#recovery-card');
  assert.match((await page.textContent('#recovery-code')).trim(), /^[0-9A-Z]{5}(-[0-9A-Z]{5}){5}$/);
  assert.notEqual((await page.textContent('#recovery-code')).trim(), code);
  assert.ok(fs.existsSync(`${plain}.key`) && !fs.readFileSync(plain).includes('SQLite format 3'));
  await page.check('#recovery-written');
  await page.click('#recovery-continue');
  await page.click('#nav-settings');
  await page.waitForSelector('#security[data-encrypted="true"]');
});

test('a book changed behind Samuh\'s back: the home screen shows what the full check found, in English', async () => {
  await setLang(page, 'en');
  const bad = path.join(tmp, 'tampered.samuh');
  execFileSync(cli, ['--db', bad, 'demo'], { env: { ...process.env, SAMUH_TODAY: '2026-11-20' }, stdio: ['ignore', 'pipe', 'pipe'] });
  // One amount changed with the database tool, its guard dropped first.
  execFileSync('sqlite3', [bad, 'DROP TRIGGER posting_no_update; UPDATE posting SET amount_minor = amount_minor + 100 WHERE id = (SELECT max(id) FROM posting);']);
  await settings();
  await page.fill('#book-path', bad);
  await page.click('#book-open');
  await page.waitForSelector('#main[data-screen="home"] #book-check:not([hidden])[data-state="done"]', { timeout: 60000 });
  const lines = await page.$$eval('#book-check-lines li', (ls) => ls.map((l) => l.textContent));
  assert.ok(lines.length >= 2, `the changed amount breaks the chain and the balance, and the dropped guard the schema: ${lines}`);
  const n = lines.length;
  assert.equal(await page.textContent('#book-check-message'),
    `The full check found ${n === 1 ? 'one problem' : `${n} problems`}. Record nothing more: compare the book codes with the signed minutes and restore a backup on the Safety screen.`);
  assert.equal(await page.getAttribute('#book-check-message', 'class'), 'field-error');
  await page.screenshot({ path: path.join(shots, 'en-home-check-found.png'), fullPage: true });
});
