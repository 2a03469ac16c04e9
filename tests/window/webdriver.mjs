// A small W3C WebDriver client over plain HTTP (WebKitWebDriver has no BiDi), and the start and
// teardown of tauri-driver under the current X display. Used by the real-window test and the
// desktop benchmark; nothing here knows about Samuh's screens.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/// A free TCP port on the loopback (an orphaned tauri-driver keeps its port: never reuse one).
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

export function tauriDriverBin() {
  if (process.env.TAURI_DRIVER) return process.env.TAURI_DRIVER;
  const home = path.join(os.homedir(), '.cargo/bin/tauri-driver');
  return fs.existsSync(home) ? home : 'tauri-driver';
}

/// Starts tauri-driver on fresh ports with `env` for the app it will launch.
export async function startDriver(env) {
  const port = await freePort();
  const nativePort = await freePort();
  const proc = spawn(tauriDriverBin(), ['--port', String(port), '--native-port', String(nativePort)], {
    // Its own process group: stopping kills tauri-driver, the WebKitWebDriver it starts and the
    // app together (an orphaned WebKitWebDriver would hold the output pipes, and this process, open).
    env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  let log = '';
  proc.stdout.on('data', (d) => { log += d; });
  proc.stderr.on('data', (d) => { log += d; });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`tauri-driver exited ${proc.exitCode}: ${log}`);
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } throw new Error(`tauri-driver did not start: ${log}`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () => {
    try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ }
    proc.stdout.destroy();
    proc.stderr.destroy();
  };
  return { base, proc, log: () => log, stop };
}

export class Session {
  constructor(base, id) { this.base = base; this.id = id; }

  static async create(base, application) {
    const caps = { capabilities: { alwaysMatch: { browserName: 'wry', 'tauri:options': { application } } } };
    const v = await send(base, 'POST', '/session', caps);
    return new Session(base, v.sessionId);
  }

  cmd(method, p, body) { return send(this.base, method, `/session/${this.id}${p}`, body); }
  async close() { try { await this.cmd('DELETE', ''); } catch { /* the window may be gone */ } }

  async find(css) { return (await this.cmd('POST', '/element', { using: 'css selector', value: css }))[ELEMENT]; }
  async findAll(css) { return (await this.cmd('POST', '/elements', { using: 'css selector', value: css })).map((e) => e[ELEMENT]); }
  async click(css) {
    // Into the middle of the view first: the meeting page's fixed footer would otherwise cover
    // a button near the bottom edge, and WebDriver refuses a click on a covered element.
    await this.exec(`document.querySelector(arguments[0])?.scrollIntoView({ block: 'center' })`, css);
    await this.cmd('POST', `/element/${await this.find(css)}/click`, {});
  }
  /// Marks every member of the meeting grid with one attendance (the page marks nobody by
  /// itself), until the grid stays marked (a grid being reloaded may replace the one marked).
  async markAll(code = 'present') {
    for (let i = 0; i < 10; i++) {
      await this.waitFor(`return document.querySelector('#grid select.attendance')`);
      await this.exec(`document.querySelectorAll('#grid select.attendance').forEach((s) => { if (s.value !== arguments[0]) { s.value = arguments[0]; s.dispatchEvent(new Event('change', { bubbles: true })); } })`, code);
      await new Promise((r) => setTimeout(r, 300));
      if (await this.exec(`return [...document.querySelectorAll('#grid select.attendance')].every((s) => s.value === arguments[0])`, code)) return;
    }
    throw new Error('the grid did not stay marked');
  }
  async type(css, text) {
    const el = await this.find(css);
    await this.cmd('POST', `/element/${el}/clear`, {});
    await this.cmd('POST', `/element/${el}/value`, { text });
  }
  async text(css) { return this.cmd('GET', `/element/${await this.find(css)}/text`); }
  exec(script, ...args) { return this.cmd('POST', '/execute/sync', { script, args }); }
  execAsync(script, ...args) { return this.cmd('POST', '/execute/async', { script, args }); }

  /// Waits until `script` (a function body returning a truthy value) holds in the page.
  async waitFor(script, timeout = 20000, ...args) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const v = await this.exec(script, ...args).catch(() => null);
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for: ${script}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /// Picks an option of a <select> the way a person would (the change event fires).
  async select(css, value) {
    await this.exec(`const s = document.querySelector(arguments[0]); s.value = arguments[1]; s.dispatchEvent(new Event('change', { bubbles: true }));`, css, value);
  }

  /// What the screen shows, taken from the X display itself (ImageMagick's `import`): WebKitWebDriver's
  /// own screenshot command never answers under Xvfb.
  /// Switches the UI language on the Settings screen and waits until the page is in it.
  /// A language already chosen is left as it is: choosing it again would draw the settings again
  /// after the test has gone on to another screen.
  async setLang(lang) {
    const ready = `return document.querySelector('#main[data-screen="settings"][data-ready="true"]')`;
    await this.click('#nav-settings');
    await this.waitFor(ready);
    if (await this.exec('return document.documentElement.lang') === lang) return;
    await this.select('#settings-lang', lang);
    await this.waitFor(`return document.documentElement.lang === arguments[0]`, 20000, lang);
    await this.waitFor(ready);
  }
  /// Opens an organisation from the home screen and waits for its meeting grid.
  async openOrg(code) {
    await this.click('#nav-home');
    await this.waitFor(`return document.querySelector(arguments[0])`, 20000, `[data-testid="org-${code}"]`);
    await this.click(`[data-testid="org-${code}"]`);
    // Today's meeting: the grid to record it, or, once recorded, what was saved (read-only).
    await this.waitFor(`return document.querySelectorAll('#grid tbody tr').length > 0 || document.querySelector('#receipt-title')`);
  }
  async screenshot(file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await new Promise((r) => setTimeout(r, 150)); // let the last change paint
    execFileSync('import', ['-window', 'root', file]);
  }
}

async function send(base, method, p, body) {
  const r = await fetch(`${base}${p}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const j = await r.json().catch(() => ({}));
  if (!r.ok || (j.value && j.value.error)) throw new Error(`${method} ${p}: ${r.status} ${JSON.stringify(j.value ?? j)}`);
  return j.value;
}
