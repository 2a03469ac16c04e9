// End to end in the real Tauri window (WebKitGTK) under Xvfb, driven through tauri-driver and
// WebKitWebDriver: the desktop binary the README's run command opens, on a fresh demo book. A
// treasurer in Kishanganj records a weekly meeting typing savings in Devanagari digits and sees
// it in the cash book and the member's passbook; a loan above the cap is refused in Hindi with
// nothing saved; the window switches to Thai and shows Buddhist Era dates. Screenshots of what
// the window shows go to target/window-screens/.
// Run by scripts/test.sh as: xvfb-run -a node --test tests/window/window.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, startDriver } from './webdriver.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const targetDir = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
const app = path.resolve(process.env.SAMUH_DESKTOP || path.join(targetDir, 'debug/samuh-desktop'));
const screens = path.join(root, 'target/window-screens');
const TODAY = '2026-11-20';

let driver, s, tmp;

before(async () => {
  assert.ok(fs.existsSync(app), `the desktop binary is built: ${app}`);
  assert.ok(process.env.DISPLAY, 'an X display (run under xvfb-run)');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samuh-window-'));
  // A fresh home: the webview's storage and the app's data folder start empty.
  driver = await startDriver({ HOME: tmp, XDG_DATA_HOME: path.join(tmp, 'data'), XDG_CONFIG_HOME: path.join(tmp, 'config'), SAMUH_DB: path.join(tmp, 'demo.samuh'), SAMUH_TODAY: TODAY });
  s = await Session.create(driver.base, app);
  await s.waitFor(`return document.body.dataset.ready === 'true'`, 60000);
});

after(async () => {
  await s?.close();
  driver?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function settled() {
  await s.waitFor(`return document.body.dataset.previewing === 'false' && document.querySelector('[data-total="savings"]')?.textContent !== ''`);
}

async function showRegister(name, member) {
  await s.click('#nav-registers');
  await s.waitFor(`return document.querySelector('#register')`);
  await s.select('#register', name);
  if (member) await s.select('#register-member', member);
  return s.waitFor(`const r = document.querySelector('.report[data-report="' + arguments[0] + '"]'); return r && r.innerText`, 20000, name);
}

async function cashRows() {
  const text = await showRegister('cash-book');
  return text.split('\n').length;
}

let member = '';

test('the window opens on the demo book in Hindi', async () => {
  assert.equal(await s.text('#nav-meeting'), 'बैठक');
  const orgs = await s.exec(`return [...document.querySelectorAll('[data-testid^="org-"]')].map((b) => b.dataset.testid)`);
  assert.deepEqual(orgs.sort(), ['org-clf-kishanganj', 'org-coop-meherpur', 'org-shg-belwa', 'org-shg-kishanganj', 'org-shg-tulsia', 'org-vf-roiet', 'org-vo-kishanganj', 'org-vsla-dumka', 'org-wc-samkha']);
  await s.screenshot(path.join(screens, 'hi-home.png'));
});

test('a loan above the cap is refused beside its field in Hindi, and nothing is saved', async () => {
  await s.openOrg('shg-kishanganj');
  member = await s.exec(`return document.querySelector('#grid tbody tr').dataset.member`);
  await s.markAll();
  await s.click('#add-loan');
  await s.select('[data-path="loans.0.member"]', member);
  await s.type('[data-path="loans.0.amount"]', '९९,९९,९९९');
  const code = await s.waitFor(`return document.querySelector('.field-error[data-for="loans.0.amount"]')?.dataset.code`);
  assert.equal(code, 'error-loan-above-cap');
  assert.match(await s.text('.field-error[data-for="loans.0.amount"]'), /[\u0900-\u097F]/, 'the message is in Hindi');
  await s.screenshot(path.join(screens, 'hi-loan-above-cap.png'));
  await s.click('#meeting-save');
  await s.waitFor(`return document.querySelector('#meeting-save') && !document.querySelector('#meeting-save').disabled`);
  assert.equal(await s.exec(`return document.querySelectorAll('#saved-voucher').length`), 0, 'nothing saved');
});

test('a weekly meeting typed in Devanagari digits is saved and shows in the cash book and passbook', async () => {
  await s.openOrg('shg-kishanganj');
  await s.click('#meeting-load'); // a fresh form: the refused loan above is set aside
  await s.waitFor(`return document.querySelectorAll('#loans tr').length === 0 && document.querySelectorAll('#grid tbody tr').length > 0`);
  await s.markAll();
  await s.type('[data-path="members.0.savings"]', '१२५');
  await settled();
  assert.equal(await s.exec(`return document.querySelectorAll('.field-error').length`), 0, 'no errors');
  const dateShown = (await s.text('#meeting-date-display')).trim();
  await s.screenshot(path.join(screens, 'hi-meeting-typed.png'));
  await s.click('#meeting-save');
  const voucher = (await s.waitFor(`return document.querySelector('#saved-voucher')?.textContent`)).trim();
  assert.match(voucher, /\/\d{4}$/);
  assert.match(await s.text('#saved-code'), /^[0-9A-Z]{4}-[0-9A-Z]{4}$/, 'the book code for the minutes');
  await s.screenshot(path.join(screens, 'hi-meeting-saved.png'));
  const cash = await showRegister('cash-book');
  assert.ok(cash.includes(voucher), 'the cash book lists the new voucher');
  assert.ok(cash.includes(dateShown), 'dated the meeting day');
  await s.screenshot(path.join(screens, 'hi-cash-book.png'));
  const passbook = await showRegister('passbook', member);
  assert.ok(passbook.includes(dateShown) && passbook.includes('125.00'), 'the passbook shows the saving');
  await s.screenshot(path.join(screens, 'hi-passbook.png'));
});

test('switched to Thai, the window shows Thai labels and Buddhist Era dates', async () => {
  await s.setLang('th');
  assert.equal(await s.text('#nav-meeting'), 'การประชุม');
  await s.openOrg('vf-roiet');
  assert.match(await s.text('#meeting-date-display'), /2569/);
  const cash = await showRegister('cash-book');
  assert.match(cash, /[\u0E00-\u0E7F]/, 'Thai headings');
  assert.match(cash, /256[89]/, 'Buddhist Era years');
  await s.screenshot(path.join(screens, 'th-cash-book.png'));
  await s.setLang('hi');
});
