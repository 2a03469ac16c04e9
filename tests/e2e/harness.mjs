// Shared start-up for the browser end-to-end tests: samuh-serve over a fresh demo book serving
// the built UI, and headless Chromium (playwright-core, no browser download) opened on it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'ui/package.json'));
const { chromium } = require('playwright-core');
const targetDir = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
const serveBin = process.env.SAMUH_SERVE || path.join(targetDir, 'debug/samuh-serve');
export const screens = path.join(root, 'target/e2e-screens');

/// Starts samuh-serve on a fresh demo book dated `today` and a browser page on it. `prepare`
/// may add server arguments and environment, given the fresh temporary folder. Everything the
/// UI prints or saves lands in the folder `out` (answered as `out`), as on a pen drive.
export async function start(today, { prepare = () => ({}), timeout = 20000 } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samuh-e2e-'));
  fs.mkdirSync(screens, { recursive: true });
  const out = path.join(tmp, 'out');
  fs.mkdirSync(out);
  const extra = prepare(tmp);
  const server = spawn(serveBin, ['--db', path.join(tmp, 'demo.samuh'), '--dist', path.join(root, 'ui/dist'), '--out', out, ...(extra.args ?? [])], {
    env: { ...process.env, SAMUH_TODAY: today, ...(extra.env ?? {}) }, stdio: ['pipe', 'pipe', 'inherit'],
  });
  const base = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('samuh-serve did not start')), 120000);
    server.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening (http:\/\/\S+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    server.on('exit', (c) => reject(new Error(`samuh-serve exited ${c}`)));
    server.on('error', reject);
  });
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(base);
  await page.waitForSelector('body[data-ready="true"]');
  const stop = async () => {
    await context.close();
    server.stdin.end(); // samuh-serve exits when its stdin closes
    server.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  return { page, tmp, base, stop, out };
}

/// Switches the UI language on the Settings screen and waits until the settings are drawn again
/// in it; a language already chosen is left as it is (choosing it again would redraw the screen
/// after the test has gone on).
export async function setLang(page, lang) {
  await page.click('#nav-settings');
  await page.waitForSelector('#main[data-screen="settings"][data-ready="true"]', { state: 'attached' });
  if (await page.evaluate(() => document.documentElement.lang) === lang) return;
  await page.selectOption('#settings-lang', lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await page.waitForSelector('#main[data-screen="settings"][data-ready="true"]', { state: 'attached' });
}

/// Opens an organisation from the home screen and waits for its meeting grid (or, when today's
/// meeting is already recorded, its receipt).
export async function openOrg(page, code) {
  await page.click('#nav-home');
  await page.click(`[data-testid="org-${code}"]`);
  await page.waitForSelector('#grid tbody tr, #receipt-title');
}

/// Waits until the meeting form's preview is current.
export async function settled(page) {
  // The UI marks the body while a preview is scheduled or on its way; then totals are current.
  await page.waitForSelector('body[data-previewing="false"]', { state: 'attached' });
  await page.waitForFunction(() => document.querySelector('#receipt-title') || document.querySelector('[data-total="savings"]')?.textContent !== '');
}

/// Shows a register (for `member`, when given) and returns its text.
export async function showRegister(page, name, member) {
  await page.click('#nav-registers');
  await page.waitForSelector('#register');
  await page.selectOption('#register', name);
  if (member) await page.selectOption('#register-member', member);
  await page.waitForSelector(`.report[data-report="${name}"]`);
  return page.textContent(`.report[data-report="${name}"]`);
}

/// Marks every member of the meeting grid with `code` (present by default), as the attendance
/// keys do: the grid starts with no one marked and no savings filled in (issue 12).
export async function markAll(page, code = 'present') {
  // A grid being re-opened (Load) may replace the one marked: mark until every row stays marked.
  for (let i = 0; i < 10; i++) {
    await page.waitForSelector('#grid select.attendance');
    await page.$$eval('#grid select.attendance', (els, code) => els.forEach((s) => { if (s.value !== code) { s.value = code; s.dispatchEvent(new Event('change', { bubbles: true })); } }), code);
    await page.waitForTimeout(300);
    if (await page.$$eval('#grid select.attendance', (els, code) => els.every((s) => s.value === code), code)) return;
  }
  throw new Error('the grid did not stay marked');
}

/// A number written in a message's text, `{ DIGITS("58") }`, as it reads in the language's default
/// digits (Bengali's own, Latin otherwise), which the tests that read the .ftl files use.
function writtenDigits(lang, text) {
  const digits = (s) => (lang === 'bn' ? s.replace(/[0-9]/g, (d) => String.fromCharCode(0x9E6 + Number(d))) : s);
  return text.replace(/\{ DIGITS\("([^"]*)"\) \}/g, (_, d) => digits(d));
}

/// The one-line message `id` of locales/<lang>/<file>, its `{ $placeholders }` left in.
export function ftlMessage(lang, id, file) {
  const line = fs.readFileSync(path.join(root, 'locales', lang, file), 'utf8').split('\n').find((l) => l.startsWith(`${id} =`));
  assert.ok(line, `${id} in locales/${lang}/${file}`);
  return writtenDigits(lang, line.slice(line.indexOf('=') + 1).trim());
}

/// Message `id` of `lang` as Fluent writes it for `args`: each selector `{ $n -> [one] …
/// *[other] … }` resolved by the language's plural rules (or an exact key), then the
/// placeables filled. Written numbers as `writtenDigits`.
export function fluentText(lang, id, args = {}) {
  const text = readFluent(lang)[id];
  assert.ok(text !== undefined, `${id} in locales/${lang}`);
  const rules = new Intl.PluralRules(lang);
  const chosen = text.replace(/\{ \$([a-z_-]+) ->\n([\s\S]*?)\n\}/g, (_, name, variants) => {
    const value = args[name];
    const lines = variants.split('\n').map((l) => l.trim());
    const key = (k) => lines.find((l) => l.replace(/^\*/, '').startsWith(`[${k}]`));
    const pick = key(String(value)) ?? (typeof value === 'number' ? key(rules.select(value)) : undefined) ?? lines.find((l) => l.startsWith('*['));
    return pick.replace(/^\*?\[[^\]]+\]\s*/, '');
  });
  return chosen.replace(/\{\s*"([^"]*)"\s*\}/g, '$1') // a string literal, {" "}
    .replace(/\{ \$([a-z_-]+) \}/g, (whole, name) => (name in args ? String(args[name]) : whole));
}

/// `id = text` messages of every .ftl file of `lang`. Indented continuation lines join the
/// message with a newline (Fluent's multiline text); selectors and attributes are kept as written,
/// and this test only compares messages that have neither. Written numbers as `writtenDigits`.
export function readFluent(lang) {
  const dir = path.join(root, 'locales', lang);
  const out = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    let id = null;
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const m = line.match(/^([a-z][a-z0-9-]*)\s*=\s?(.*)$/);
      if (m) { id = m[1]; out[id] = m[2].trim(); continue; }
      // An indented line continues the message, and so does the brace that closes a selector.
      if (id && (/^\s+\S/.test(line) || line.startsWith('}'))) { out[id] = `${out[id]}\n${line.trim()}`.trim(); continue; }
      id = null;
    }
  }
  for (const id of Object.keys(out)) out[id] = writtenDigits(lang, out[id]);
  return out;
}

/// Calls a desktop command the way the UI does (`POST /api/<command>`) and answers its status and
/// JSON body: what the book holds, read independently of what the screen shows.
export function api(page, command, args) {
  return page.evaluate(async ({ command, args }) => {
    const r = await fetch(`./api/${command}`, { method: 'POST', body: JSON.stringify(args) });
    return { status: r.status, body: await r.json() };
  }, { command, args });
}
