// The session's new flows in the real Tauri window (WebKitGTK under Xvfb, tauri-driver and
// WebKitWebDriver), through the real Tauri commands: their argument names, the permissions of
// src-tauri/capabilities/default.json and the shell's own session state. In Thai, a treasurer and
// a bookkeeper enrol on the People screen, the treasurer signs in, lowers the approval limit (a
// by-law change the bookkeeper approves) and records a meeting with a loan above it: the
// approval dialog opens, a wrong PIN is refused with nothing saved, the right one saves and the
// cash book shows the voucher. The Reports screen previews the audit workbook sheet by sheet.
// Then the window starts on an encrypted book made with the CLI (`samuh init --encrypt`): it
// asks for the passphrase, refuses a wrong one in Thai, opens with the right one and shows the
// background full check finishing. Screenshots go to target/window-screens/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, startDriver } from './webdriver.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const targetDir = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
const app = path.resolve(process.env.SAMUH_DESKTOP || path.join(targetDir, 'debug/samuh-desktop'));
const cli = path.resolve(process.env.SAMUH_CLI || path.join(path.dirname(app), 'samuh'));
const screens = path.join(root, 'target/window-screens');
const TODAY = '2026-11-20';
const THAI = /[\u0E00-\u0E7F]/;
const ORG = 'shg-kishanganj';
const PASSPHRASE = 'ข้าวหอมมะลิ ๒๕๖๙ ของกองทุน';

let driver, s, tmp;

/// Starts the window on `book` with a fresh home (its webview storage and data folder empty).
async function launch(book, home) {
  fs.mkdirSync(home, { recursive: true });
  driver = await startDriver({ HOME: home, XDG_DATA_HOME: path.join(home, 'data'), XDG_CONFIG_HOME: path.join(home, 'config'), SAMUH_DB: book, SAMUH_TODAY: TODAY });
  s = await Session.create(driver.base, app);
  await s.waitFor(`return document.body.dataset.ready === 'true'`, 60000);
}

async function quit() {
  await s?.close();
  driver?.stop();
  s = undefined;
  driver = undefined;
}

before(async () => {
  assert.ok(fs.existsSync(app), `the desktop binary is built: ${app}`);
  assert.ok(fs.existsSync(cli), `the command-line binary is built: ${cli}`);
  assert.ok(process.env.DISPLAY, 'an X display (run under xvfb-run)');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samuh-flows-'));
  await launch(path.join(tmp, 'demo.samuh'), path.join(tmp, 'home-a'));
});

after(async () => {
  await quit();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/// Fills the name-and-PIN dialog and submits it.
async function pins(name, pin) {
  await s.waitFor(`return document.querySelector('#pins-dialog[open]')`);
  await s.type('#pins-name', name);
  await s.type('#pins-pin', pin);
  await s.click('#pins-ok');
}

async function cashBook() {
  await s.click('#nav-registers');
  await s.waitFor(`return document.querySelector('#register')`);
  await s.select('#register', 'cash-book');
  return s.waitFor(`const r = document.querySelector('.report[data-report="cash-book"]'); return r && r.innerText`);
}

async function enrol(name, role, pin) {
  await s.type('#enrol-name', name);
  if (role) await s.select('#enrol-role', role);
  await s.type('#enrol-pin', pin);
  await s.type('#enrol-pin-again', pin);
  await s.click('#enrol-submit');
}

const treasurer = 'สมศรี ใจดี';
const bookkeeper = 'มาลี ศรีสุข';

test('in Thai, a treasurer and a bookkeeper enrol on the People screen and the treasurer signs in', async () => {
  await s.setLang('th');
  await s.click('#nav-people');
  await s.waitFor(`return document.querySelector('#people-enrol')`);
  assert.match(await s.text('#people'), THAI, 'the screen is in Thai');
  const roles = await s.exec(`return [...document.querySelectorAll('#enrol-role option')].map((o) => o.value)`);
  assert.deepEqual(roles, ['treasurer', 'president'], 'the first person is a treasurer or president');
  await enrol(treasurer, null, '๑๒๓๔');
  await pins(treasurer, '๑๒๓๔');
  await s.waitFor(`return document.querySelector('#session-who')?.textContent.includes(arguments[0])`, 20000, treasurer);
  await s.waitFor(`return document.querySelector('#people-list tr[data-person="' + arguments[0] + '"]')`, 20000, treasurer);
  await enrol(bookkeeper, 'bookkeeper', '5678');
  await s.waitFor(`return document.querySelector('#people-list tr[data-person="' + arguments[0] + '"]')`, 20000, bookkeeper);
  const shown = await s.exec(`return [...document.querySelectorAll('#people-list td[data-role]')].map((t) => t.textContent)`);
  assert.equal(shown.length, 2);
  shown.forEach((r) => assert.match(r, THAI, 'role names in Thai'));
  await s.screenshot(path.join(screens, 'th-people.png'));
});

test('the bookkeeper approves a lower approval limit in the by-laws', async () => {
  await s.openOrg(ORG);
  await s.click('#nav-settings');
  await s.waitFor(`return document.querySelector('#bylaw-history tbody tr')`);
  const before = await s.exec(`return document.querySelectorAll('#bylaw-history tbody tr').length`);
  await s.type('#bylaw-approval_threshold', '๕๐๐');
  await s.waitFor(`return document.querySelectorAll('#bylaw-form .field-error').length === 0`);
  await s.click('#bylaw-save');
  await pins(bookkeeper, '5678');
  await s.waitFor(`return !document.querySelector('#pins-dialog') && document.querySelectorAll('#bylaw-history tbody tr').length === arguments[0] + 1`, 20000, before);
  assert.match(await s.text('#bylaw-history tbody tr:first-child'), /500\.00/);
});

test('a loan above the approval limit asks for a second person: a wrong PIN saves nothing, the right one saves', async () => {
  await s.openOrg(ORG);
  const rowsBefore = (await cashBook()).split('\n').length;
  await s.openOrg(ORG);
  await s.click('#meeting-load');
  await s.waitFor(`return document.querySelectorAll('#loans tr').length === 0 && document.querySelectorAll('#grid tbody tr').length > 0`);
  const member = await s.exec(`return document.querySelector('#grid tbody tr').dataset.member`);
  await s.markAll();
  await s.click('#add-loan');
  await s.select('[data-path="loans.0.member"]', member);
  await s.type('[data-path="loans.0.amount"]', '๑,๐๐๐');
  await s.exec(`const c = document.querySelector('#cash-counted'); c.value = ''; c.dispatchEvent(new Event('input', { bubbles: true }));`);
  await s.waitFor(`return document.body.dataset.previewing === 'false'`);
  await new Promise((r) => setTimeout(r, 400));
  assert.equal(await s.exec(`return document.querySelectorAll('#meeting .field-error').length`), 0, 'the loan itself is within the by-laws');
  await s.click('#meeting-save');
  await s.waitFor(`return document.querySelector('#pins-dialog[open]')`);
  assert.match(await s.text('#pins-dialog'), THAI, 'the core says in Thai what needs approval');
  await pins(bookkeeper, '9999');
  const code = await s.waitFor(`return document.querySelector('#pins-error:not([hidden])')?.dataset.code`);
  assert.equal(code, 'error-wrong-pin');
  assert.match(await s.text('#pins-error'), THAI);
  await s.screenshot(path.join(screens, 'th-loan-approval-wrong-pin.png'));
  assert.equal(await s.exec(`return document.querySelectorAll('#saved-voucher').length`), 0, 'nothing saved');
  await pins(bookkeeper, '๕๖๗๘');
  const voucher = (await s.waitFor(`return document.querySelector('#saved-voucher')?.textContent`)).trim();
  assert.match(voucher, /\/\d{4}$/);
  await s.screenshot(path.join(screens, 'th-loan-approved.png'));
  const cash = await cashBook();
  assert.ok(cash.includes(voucher), 'the cash book lists the approved meeting');
  assert.ok(cash.split('\n').length > rowsBefore, 'and it has more lines than before the wrong PIN');
  await s.screenshot(path.join(screens, 'th-cash-book-approved.png'));
});

test('the Reports screen previews the audit workbook and switches between its sheets', async () => {
  await s.openOrg(ORG);
  await s.click('#nav-reports');
  await s.waitFor(`return document.querySelector('#reports-which')`);
  await s.select('#reports-which', 'audit');
  await s.waitFor(`return document.querySelector('#reports-audit:not([hidden])') && document.querySelector('#audit-sheets button.current')`, 30000);
  const sheets = await s.exec(`return [...document.querySelectorAll('#audit-sheets button')].map((b) => b.dataset.sheet)`);
  for (const id of ['audit-cover', 'cash-book', 'loan-register', 'approvals']) assert.ok(sheets.includes(id), `sheet ${id} in ${sheets}`);
  await s.click('#audit-sheets button[data-sheet="loan-register"]');
  const loans = await s.waitFor(`const r = document.querySelector('#audit-sheet .report[data-report="loan-register"]'); return r && r.innerText`);
  assert.match(loans, THAI);
  assert.ok(await s.exec(`return document.querySelector('#audit-sheets button[data-sheet="loan-register"]').classList.contains('current')`));
  await s.click('#audit-sheets button[data-sheet="approvals"]');
  const approvals = await s.waitFor(`const r = document.querySelector('#audit-sheet .report[data-report="approvals"]'); return r && r.innerText`);
  assert.ok(approvals.includes(treasurer) && approvals.includes(bookkeeper), 'the approvals sheet names who recorded and who approved');
  assert.equal(await s.exec(`return document.querySelectorAll('#audit-sheet .report').length`), 1, 'one sheet at a time');
  await s.screenshot(path.join(screens, 'th-audit-preview.png'));
});

test('started on an encrypted book, the window asks its passphrase, refuses a wrong one in Thai and opens with the right one', async () => {
  await quit();
  const book = path.join(tmp, 'locked.samuh');
  const env = { ...process.env, SAMUH_TEST_PASS: PASSPHRASE, SAMUH_TODAY: TODAY };
  execFileSync(cli, ['--db', book, '--passphrase-env', 'SAMUH_TEST_PASS', 'init', '--encrypt'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  execFileSync(cli, ['--db', book, '--passphrase-env', 'SAMUH_TEST_PASS', 'demo'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  await launch(book, path.join(tmp, 'home-b'));
  await s.setLang('th');
  await s.click('#nav-home');
  await s.waitFor(`return document.querySelector('#book-path')?.value === arguments[0]`, 20000, book);
  if (!(await s.exec(`return !!document.querySelector('#unlock:not([hidden]) #unlock-passphrase')`))) await s.click('#book-open');
  await s.waitFor(`return document.querySelector('#unlock:not([hidden]) #unlock-passphrase')`);
  await s.screenshot(path.join(screens, 'th-book-locked.png'));
  await s.type('#unlock-passphrase', 'ผิดแน่นอน ๑๒๓');
  await s.click('#unlock-open');
  const code = await s.waitFor(`return document.querySelector('#unlock-result .field-error') && document.querySelector('#unlock-result').dataset.code`);
  assert.equal(code, 'error-wrong-passphrase');
  assert.match(await s.text('#unlock-result'), THAI);
  await s.screenshot(path.join(screens, 'th-book-wrong-passphrase.png'));
  await s.type('#unlock-passphrase', PASSPHRASE);
  await s.click('#unlock-open');
  await s.waitFor(`return !document.querySelector('#unlock:not([hidden])') && document.querySelector('[data-testid="org-vf-roiet"]')`, 30000);
  // The full check runs in the background and says so when done, under Settings (issue 12: the
  // home screen is about the work; it shows a check only when it found something).
  assert.equal(await s.exec(`return document.querySelector('#book-check')?.hidden ?? true`), true, 'no check box on the home screen while all is well');
  await s.click('#nav-settings');
  await s.waitFor(`return document.querySelector('#book-check[data-state="done"]')`, 60000);
  const [step, steps, value] = await s.exec(`const b = document.querySelector('#book-check'); return [b.dataset.step, b.dataset.steps, document.querySelector('#book-check-bar').value === document.querySelector('#book-check-bar').max]`);
  assert.equal(step, steps, 'every step of the check ran');
  assert.ok(value, 'the bar is full');
  assert.match(await s.text('#book-check-message'), THAI);
  assert.equal(await s.exec(`return document.querySelector('#book-check-message').className`), 'ok');
  await s.screenshot(path.join(screens, 'th-book-check-done.png'));
});
