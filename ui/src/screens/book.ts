import { open as openDialog, save as saveDialog } from '@tauri-apps/plugin-dialog';
import { isUiError, type BookCheckView, type BookOpened, type RecentBook } from '../backend';
import { t } from '../i18n';
import { api, go, h, main, notice, registerScreen, state, locale } from '../app';

// Opening or creating a book (the core's `app::ui_book`): the system's open and save dialogs in
// the desktop (the typed path stays, and is all the browser backend has), the passphrase of an
// encrypted book, the forgotten-passphrase flow with the recovery code, the recovery code shown
// once, the book's protection in Settings, and the full check the shell runs in the background
// after every opening (its progress polled from the core with `book_check_status`).

const inTauri = () => '__TAURI_INTERNALS__' in window;
const failure = (e: unknown) => h('p', { class: 'field-error', role: 'alert' }, isUiError(e) ? e.message : String(e));
const secret = (id: string) => h('input', { id, type: 'password', autocomplete: 'off', size: 30 });
const field = (label: string, input: HTMLElement) => h('label', {}, h('span', { i18n: label }), input);

/// The recovery code waiting to be shown once (a new encrypted book, or a book just encrypted).
let pendingCode: string | null = null;
let afterOpen: BookOpened | null = null;

/// A book is open: the overview, no organisation chosen, the recovery code (once) or home with
/// what the quick check said.
async function opened(o: BookOpened): Promise<void> {
  state.overview = o.overview;
  state.org = '';
  sessionStorage.removeItem('samuh.org');
  if (o.recovery_code) {
    pendingCode = o.recovery_code;
    afterOpen = o;
    await go('recovery');
    return;
  }
  await go('home');
  said(o);
}

function said(o: BookOpened): void {
  const text = [o.notice, o.check.message, ...o.check.lines].filter((s) => s).join(' ');
  notice(text, o.check.ok ? 'ok' : 'error');
}

/// Runs an opening command with the buttons of `box` disabled and "opening…" shown; errors land
/// in `out`, beside the fields.
async function busy(box: HTMLElement, out: HTMLElement, run: () => Promise<void>): Promise<void> {
  const buttons = Array.from(box.querySelectorAll('button'));
  buttons.forEach((b) => { b.disabled = true; });
  out.replaceChildren(h('p', { class: 'hint', id: 'book-opening', i18n: 'ui-book-opening' }));
  try {
    await run();
  } catch (e) {
    out.replaceChildren(failure(e));
    if (isUiError(e)) out.dataset.code = e.code;
    throw e;
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

/// The book part of the home screen: open (dialog or typed path; an encrypted book asks for its
/// passphrase, with "forgot the passphrase" → recovery code → new passphrase), or create a new
/// one, optionally protected by a passphrase typed twice.
export async function bookSection(current: string): Promise<HTMLElement> {
  const sec = await api.call('book_security', { locale: locale() });
  const path = h('input', { id: 'book-path', value: current || sec.path, size: 50 });
  const openOut = h('div', { id: 'open-result' });
  const unlockBox = h('div', { id: 'unlock', class: 'unlock' });
  unlockBox.hidden = true;

  const openPath = async (passphrase: string) => {
    try {
      await busy(box, openOut, async () => {
        await opened(await api.call('book_open', { path: path.value, passphrase, locale: locale() }));
      });
    } catch (e) {
      if (isUiError(e) && e.code === 'error-book-encrypted') showUnlock();
    }
  };

  // The passphrase of an encrypted book, and the way back in when it is lost.
  const pass = secret('unlock-passphrase');
  const unlockOut = h('div', { id: 'unlock-result' });
  const unlock = h('button', { id: 'unlock-open', class: 'primary', i18n: 'ui-unlock-button', onclick: async () => {
    try {
      await busy(unlockBox, unlockOut, async () => {
        await opened(await api.call('book_open', { path: path.value, passphrase: pass.value, locale: locale() }));
      });
    } catch { pass.select(); }
  } });
  pass.addEventListener('keydown', (e) => { if (e.key === 'Enter') unlock.click(); });
  const code = h('input', { id: 'recover-code', size: 40, autocomplete: 'off', spellcheck: 'false', class: 'code' });
  const newPass = secret('recover-passphrase');
  const newRepeat = secret('recover-repeat');
  const recoverOut = h('div', { id: 'recover-result' });
  const recoverBox = h('div', { id: 'recover', class: 'unlock' },
    h('h3', { i18n: 'ui-recover-title' }), h('p', { class: 'hint', i18n: 'ui-recover-hint' }),
    field('ui-recovery-code', code), field('ui-passphrase-new', newPass), field('ui-passphrase-new-repeat', newRepeat),
    h('p', { class: 'hint' }, sec.rule),
    h('button', { id: 'recover-open', class: 'primary', i18n: 'ui-recover-button', onclick: async () => {
      try {
        await busy(recoverBox, recoverOut, async () => {
          await opened(await api.call('book_recover', { path: path.value, code: code.value, passphrase: newPass.value, repeat: newRepeat.value, locale: locale() }));
        });
      } catch { /* shown beside the fields */ }
    } }), recoverOut);
  recoverBox.hidden = true;
  unlockBox.append(h('h3', { i18n: 'ui-unlock-title' }), field('ui-passphrase', pass), unlock, unlockOut,
    h('button', { id: 'forgot-passphrase', class: 'link', i18n: 'ui-forgot-passphrase', onclick: () => { recoverBox.hidden = false; code.focus(); } }),
    recoverBox);
  const showUnlock = () => {
    openOut.replaceChildren();
    unlockBox.hidden = false;
    pass.value = '';
    pass.focus();
  };

  const choose = h('button', { id: 'book-choose', i18n: 'ui-book-choose', onclick: async () => {
    const picked = await openDialog({ multiple: false, directory: false, filters: [{ name: t('ui-book-file-filter'), extensions: ['samuh'] }] });
    if (typeof picked === 'string' && picked) { path.value = picked; unlockBox.hidden = true; await openPath(''); }
  } });
  choose.hidden = !inTauri();
  const open = h('button', { id: 'book-open', i18n: 'ui-open-book', onclick: () => { unlockBox.hidden = true; void openPath(''); } });

  // A new book: the save dialog (desktop) or a typed path; optionally a passphrase, twice.
  const newPath = h('input', { id: 'book-new-path', size: 50 });
  const chooseNew = h('button', { id: 'book-new-choose', i18n: 'ui-book-new-choose', onclick: async () => {
    const picked = await saveDialog({ defaultPath: 'samuh.samuh', filters: [{ name: t('ui-book-file-filter'), extensions: ['samuh'] }] });
    if (picked) newPath.value = picked.endsWith('.samuh') ? picked : `${picked}.samuh`;
  } });
  chooseNew.hidden = !inTauri();
  const protect = h('input', { id: 'book-protect', type: 'checkbox' });
  const p1 = secret('new-passphrase');
  const p2 = secret('new-repeat');
  const protectBox = h('div', { id: 'protect-fields' }, field('ui-passphrase', p1), field('ui-passphrase-repeat', p2), h('p', { class: 'hint' }, sec.rule));
  protectBox.hidden = true;
  protect.addEventListener('change', () => { protectBox.hidden = !protect.checked; if (protect.checked) p1.focus(); });
  const createOut = h('div', { id: 'create-result' });
  const createBox = h('div', { class: 'new-book' });
  const create = h('button', { id: 'book-create', i18n: 'ui-create-book', onclick: async () => {
    try {
      await busy(createBox, createOut, async () => {
        await opened(await api.call('book_create', { path: newPath.value, protect: protect.checked, passphrase: p1.value, repeat: p2.value, locale: locale() }));
      });
    } catch { /* shown beside the fields */ }
  } });
  createBox.append(h('label', {}, h('span', { i18n: 'ui-new-book-path' }), newPath), chooseNew,
    h('label', { class: 'check' }, protect, h('span', { i18n: 'ui-book-protect' })), protectBox, create, createOut);

  // Books opened lately (the shell keeps the list): one click opens one.
  const recent = await api.call('book_recent', {}).catch(() => [] as RecentBook[]);
  const others = recent.filter((r) => r.path !== current);
  const recentBox = others.length === 0 ? null : h('div', { id: 'book-recent' }, h('h3', { i18n: 'ui-book-recent' }),
    h('ul', { class: 'recent' }, ...others.map((r) => h('li', {}, h('button', { class: 'recent-book', 'data-path': r.path, 'data-encrypted': String(r.encrypted), title: r.path,
      onclick: () => { path.value = r.path; unlockBox.hidden = true; void openPath(''); } }, r.name)))));
  const box = h('div', { id: 'book-picker' },
    choose, h('label', {}, h('span', { i18n: inTauri() ? 'ui-book-typed' : 'ui-book-path' }), path), open, openOut, unlockBox, recentBox, createBox);
  return box;
}

// The recovery code, once: large, with "I have written it down" before going on, and printing
// through the window (nothing is written to disk).
function recoveryScreen(): void {
  const code = pendingCode;
  if (!code) { void go('home'); return; }
  const written = h('input', { id: 'recovery-written', type: 'checkbox' });
  const next = h('button', { id: 'recovery-continue', class: 'primary', i18n: 'ui-recovery-continue', disabled: true, onclick: async () => {
    const o = afterOpen;
    pendingCode = null;
    afterOpen = null;
    await go('home');
    if (o) said(o);
  } });
  written.addEventListener('change', () => { next.disabled = !written.checked; });
  main().append(h('section', { id: 'recovery-card', class: 'recovery' },
    h('h2', { i18n: 'ui-recovery-title' }), h('p', { i18n: 'ui-recovery-explain' }),
    h('p', { id: 'recovery-code', class: 'recovery-code', lang: 'en' }, code),
    h('p', { class: 'hint' }, state.overview?.path ?? ''),
    h('label', { class: 'check' }, written, h('span', { i18n: 'ui-recovery-written' })),
    h('div', { class: 'recovery-actions' }, h('button', { id: 'recovery-print', i18n: 'ui-recovery-print', onclick: () => window.print() }), next)));
}

registerScreen('recovery', { render: recoveryScreen, leave: () => { pendingCode = null; afterOpen = null; } });

// The full check of the open book, running in the background since it was opened: a bar of the
// entries verified so far (polled), then the outcome in words.
let polling = 0;
export function stopCheckPolling(): void {
  polling += 1;
}

/// The full check of the open book as it runs in the background (Settings); `troubleOnly`: shown
/// only when it found something (the home screen, which is about the work, not the file).
export function checkSection(troubleOnly = false): HTMLElement {
  const bar = h('progress', { id: 'book-check-bar', max: 1, value: 0 });
  const label = h('span', { id: 'book-check-label' });
  const message = h('p', { id: 'book-check-message' });
  const lines = h('ul', { id: 'book-check-lines' });
  const box = h('section', { id: 'book-check', class: 'book-check' }, h('h3', { i18n: 'ui-book-check-title' }),
    h('div', { class: 'progress' }, bar, label), message, lines);
  box.hidden = true;
  const me = ++polling;
  const poll = async () => {
    while (me === polling) {
      let v: BookCheckView;
      try { v = await api.call('book_check_status', { locale: locale() }); } catch { return; }
      if (me !== polling) return;
      box.hidden = v.state === 'idle' || (troubleOnly && !((v.state === 'done' || v.state === 'failed') && !v.ok));
      box.dataset.state = v.state;
      box.dataset.step = String(v.step);
      box.dataset.steps = String(v.steps);
      if (v.steps > 0) { bar.max = v.steps; bar.value = v.step; } else { bar.removeAttribute('value'); }
      label.textContent = v.label;
      if (v.state === 'done' || v.state === 'failed') {
        box.querySelector('.progress')?.setAttribute('hidden', '');
        message.textContent = v.message;
        message.className = v.ok ? 'ok' : 'field-error';
        lines.replaceChildren(...v.lines.map((l) => h('li', {}, l)));
        return;
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  };
  void poll();
  return box;
}

// Settings: the open book's protection: change the passphrase of an encrypted book (the current
// one first), or encrypt a plain book (its new recovery code is then shown once).
export async function securitySection(): Promise<HTMLElement | null> {
  const sec = await api.call('book_security', { locale: locale() });
  if (!sec.open) return null;
  const out = h('div', { id: 'security-result' });
  const box = h('section', { id: 'security', 'data-encrypted': String(sec.encrypted) }, h('h2', { i18n: 'ui-security' }));
  if (sec.encrypted) {
    const current = secret('pass-current');
    const p1 = secret('pass-new');
    const p2 = secret('pass-repeat');
    const change = h('button', { id: 'pass-change', class: 'primary', i18n: 'ui-passphrase-change', onclick: async () => {
      try {
        await busy(box, out, async () => {
          const d = await api.call('passphrase_change', { current: current.value, passphrase: p1.value, repeat: p2.value, locale: locale() });
          out.replaceChildren(h('p', { class: 'ok', id: 'pass-changed' }, d.message));
          current.value = ''; p1.value = ''; p2.value = '';
        });
      } catch { /* shown beside the fields */ }
    } });
    box.append(h('p', {}, h('span', { i18n: 'ui-security-encrypted' }), ' ', h('code', { id: 'security-envelope' }, sec.envelope)),
      field('ui-passphrase-current', current), field('ui-passphrase-new', p1), field('ui-passphrase-new-repeat', p2),
      h('p', { class: 'hint' }, sec.rule), change, out);
  } else {
    const p1 = secret('encrypt-passphrase');
    const p2 = secret('encrypt-repeat');
    const encrypt = h('button', { id: 'encrypt-book', class: 'primary', i18n: 'ui-encrypt-book', onclick: async () => {
      try {
        await busy(box, out, async () => {
          await opened(await api.call('book_encrypt', { passphrase: p1.value, repeat: p2.value, locale: locale() }));
        });
      } catch { /* shown beside the fields */ }
    } });
    box.append(h('p', { i18n: 'ui-security-plain' }), h('p', { class: 'hint', i18n: 'ui-encrypt-hint' }),
      field('ui-passphrase', p1), field('ui-passphrase-repeat', p2), h('p', { class: 'hint' }, sec.rule), encrypt, out);
  }
  return box;
}
