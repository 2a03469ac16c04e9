// The desktop benchmark (not a test): in the real window under Xvfb, driven by tauri-driver,
//  - cold start: from asking for a new window to the first interactive screen (the UI marks
//    <body data-ready>), on a fresh profile each time;
//  - meeting save round trip: from the click on Save to the cash book showing the new voucher;
//  - memory at rest: the proportional set size (PSS, /proc/PID/smaps_rollup) of the app's process
//    and of WebKit's web and network processes it started, after 15 s idle on the home screen.
// Prints a Markdown table of medians (and min/max) for BENCHMARKS.md.
// Usage: xvfb-run -a node tests/window/bench.mjs BINARY [starts] [saves]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Session, startDriver } from './webdriver.mjs';

const app = path.resolve(process.argv[2] ?? 'target/release/samuh-desktop');
const starts = Number(process.argv[3] ?? 7);
const saves = Number(process.argv[4] ?? 15);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const ms = (x) => `${x.toFixed(0)} ms`;

// A fresh home whose demo book is made on 2027-03-31 (its meetings run up to that day); `today`
// is the app's date for the measured runs.
async function fresh(fn, today = '2027-03-31') {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samuh-bench-'));
  const env = (t) => ({ HOME: tmp, XDG_DATA_HOME: path.join(tmp, 'data'), XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_CACHE_HOME: path.join(tmp, 'cache'), SAMUH_DB: path.join(tmp, 'demo.samuh'), SAMUH_TODAY: t });
  try {
    // The demo book is made once per home (first run); what is timed comes after.
    const maker = await startDriver(env('2027-03-31'));
    try { await (await launch(maker)).s.close(); } finally { maker.stop(); }
    const driver = await startDriver(env(today));
    try { return await fn(driver); } finally { driver.stop(); }
  } finally { fs.rmSync(tmp, { recursive: true, force: true }); }
}

async function launch(driver) {
  const t0 = performance.now();
  const s = await Session.create(driver.base, app);
  await s.waitFor(`return document.body.dataset.ready === 'true'`, 60000);
  return { s, elapsed: performance.now() - t0 };
}

/** PSS in KiB of `pid` (0 when it is gone). */
function pss(pid) {
  try { return Number(/^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))[1]); } catch { return 0; }
}
/** The processes whose parent is `pid`. */
function children(pid) {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((d) => {
    try { return /^PPid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${d}/status`, 'utf8'))[1] === String(pid); } catch { return false; }
  }).map(Number);
}
const comm = (pid) => { try { return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim(); } catch { return ''; } };

const memory = [];
await fresh(async (driver) => {
  const { s } = await launch(driver);
  await new Promise((r) => setTimeout(r, 15000));
  const apps = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((p) => comm(p) === 'samuh-desktop');
  for (const p of apps) {
    memory.push(['samuh-desktop (Rust: core, GTK, WebKit UI side)', pss(p)]);
    for (const c of children(p)) if (/WebKit/.test(comm(c))) memory.push([comm(c), pss(c)]);
  }
  await s.close();
});

const startTimes = [];
await fresh(async (driver) => {
  for (let i = 0; i < starts; i++) {
    const { s, elapsed } = await launch(driver);
    startTimes.push(elapsed);
    await s.close();
  }
});

const saveTimes = [];
await fresh(async (driver) => {
  const { s } = await launch(driver);
  await s.click('[data-testid="org-shg-kishanganj"]');
  await s.waitFor(`return document.querySelectorAll('#grid tbody tr').length > 0`);
  for (let i = 0; i < saves; i++) {
    // The next weekly meetings after the demo's last one (2027-03-28), as a treasurer records them.
    const day = new Date(Date.UTC(2027, 3, 4 + 7 * i)).toISOString().slice(0, 10);
    await s.click('#nav-meeting');
    await s.waitFor(`return document.querySelector('#meeting-date')`);
    await s.type('#meeting-date', day);
    await s.click('#meeting-load');
    await s.waitFor(`return document.querySelector('#meeting-date-display')?.textContent && document.body.dataset.previewing === 'false' && document.querySelector('#meeting-save')`);
    // Everyone present (the page prefills nothing for an unmarked member), then one saving typed.
    await s.markAll();
    await s.type('[data-path="members.0.savings"]', '50');
    await s.waitFor(`return document.body.dataset.previewing === 'false' && document.querySelectorAll('.field-error').length === 0`);
    const t = await s.execAsync(`
      const done = arguments[arguments.length - 1];
      const t0 = performance.now();
      const until = (f, then) => { const v = f(); if (v) then(v); else requestAnimationFrame(() => until(f, then)); };
      document.querySelector('#meeting-save').click();
      until(() => document.querySelector('#saved-voucher')?.textContent || document.querySelector('#form-errors li, .field-error')?.textContent, (v) => {
        if (!document.querySelector('#saved-voucher')) return done(-1);
        document.querySelector('#nav-registers').click();
        until(() => [...document.querySelectorAll('.report[data-report="cash-book"] td')].some((td) => td.textContent.includes(v)), () => done(performance.now() - t0));
      });`);
    if (t < 0) throw new Error(`save ${i} on ${day} was refused`);
    saveTimes.push(t);
  }
  await s.close();
}, '2027-12-31');

console.log('| Desktop (real window, Xvfb) | runs | median | min | max | target |');
console.log('|---|---|---|---|---|---|');
console.log(`| cold start to first interactive screen | ${startTimes.length} | ${ms(median(startTimes))} | ${ms(Math.min(...startTimes))} | ${ms(Math.max(...startTimes))} | ≤ 1,500 ms |`);
console.log(`| meeting save: click to updated cash book | ${saveTimes.length} | ${ms(median(saveTimes))} | ${ms(Math.min(...saveTimes))} | ${ms(Math.max(...saveTimes))} | ≤ 100 ms |`);
const mib = (kib) => `${(kib / 1024).toFixed(1)} MiB`;
console.log('');
console.log('| Memory at rest on the demo book (PSS) | measured | target |');
console.log('|---|---|---|');
for (const [name, kib] of memory) console.log(`| ${name} | ${mib(kib)} | ${name.startsWith('samuh') ? '≤ 30 MiB' : ''} |`);
console.log(`| all processes | ${mib(memory.reduce((t, [, k]) => t + k, 0))} | ≤ 160 MiB |`);
