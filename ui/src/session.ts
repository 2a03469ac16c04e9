// Who is using the book. Once people are enrolled, the shell holds the signed-in person (name and
// PIN) and the core checks it on every write; this module shows who that is, asks for a name and
// PIN when the core says a write needs one, and, when the core says an action needs a second
// person's approval, asks that person at the same laptop and retries the same command with the
// approver set. The core verifies every PIN; the UI only carries what was typed.
import { t } from './i18n';
import { api, h, locale, notice } from './app';
import { isUiError, type Answer, type Args, type Backend, type CommandName, type SessionView } from './backend';

export const session: SessionView = { enrolled: false, signed_in: null };

type Pins = { name: string; pin: string };

/// A modal asking for a name and PIN. `attempt` runs with what was typed; its error is shown in
/// the dialog (nothing was saved) and the person may try again or cancel (null).
export function askPins<T>(titleKey: string, hint: string, attempt: (p: Pins) => Promise<T>, okKey: string): Promise<T | null> {
  return new Promise((resolve) => {
    const name = h('input', { id: 'pins-name', autocomplete: 'off' });
    const pin = h('input', { id: 'pins-pin', type: 'password', inputmode: 'numeric', autocomplete: 'off' });
    const error = h('p', { id: 'pins-error', class: 'field-error', role: 'alert', hidden: true });
    const dialog = h('dialog', { id: 'pins-dialog', 'data-kind': titleKey });
    const close = (v: T | null) => { dialog.close(); dialog.remove(); resolve(v); };
    const ok = h('button', { id: 'pins-ok', class: 'primary', type: 'submit', i18n: okKey });
    const cancel = h('button', { id: 'pins-cancel', type: 'button', i18n: 'ui-people-cancel', onclick: () => close(null) });
    const form = h('form', {
      onsubmit: async (e: Event) => {
        e.preventDefault();
        ok.disabled = true;
        try {
          close(await attempt({ name: name.value.trim(), pin: pin.value }));
        } catch (err) {
          error.hidden = false;
          error.textContent = isUiError(err) ? err.message : String(err);
          error.dataset.code = isUiError(err) ? err.code : '';
          pin.value = '';
          pin.focus();
        } finally { ok.disabled = false; }
      },
    }, h('h2', { i18n: titleKey }), h('p', { class: 'hint' }, hint),
      h('label', {}, h('span', { i18n: 'ui-people-name' }), name),
      h('label', {}, h('span', { i18n: 'ui-people-pin' }), pin), error, h('div', { class: 'actions' }, ok, cancel));
    dialog.append(form);
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(null); });
    document.body.append(dialog);
    dialog.showModal();
    name.focus();
  });
}

/// A modal asking to confirm a step that cannot be undone.
export function confirmStep(titleKey: string, text: string, okKey: string): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = h('dialog', { id: 'confirm-dialog' });
    const close = (v: boolean) => { dialog.close(); dialog.remove(); resolve(v); };
    dialog.append(h('h2', { i18n: titleKey }), h('p', {}, text), h('div', { class: 'actions' },
      h('button', { id: 'confirm-ok', class: 'danger', i18n: okKey, onclick: () => close(true) }),
      h('button', { id: 'confirm-cancel', i18n: 'ui-people-cancel', onclick: () => close(false) })));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(false); });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/// The badge in the header: who is signed in, and the way to sign in or out.
function drawBadge(): void {
  let badge = document.getElementById('session');
  if (!badge) {
    badge = h('span', { id: 'session' });
    document.querySelector('header')?.append(badge);
  }
  const who = session.signed_in;
  if (!session.enrolled) { badge.replaceChildren(); return; }
  badge.replaceChildren(who
    ? h('span', { id: 'session-who', 'data-role': who.role }, who.name, ' · ', who.role_label)
    : h('span', { id: 'session-who', i18n: 'ui-people-nobody' }),
  who && !who.may_record ? h('span', { id: 'session-readonly', class: 'hint', i18n: 'ui-people-read-only' }) : '',
  who ? h('button', { id: 'session-out', i18n: 'ui-people-sign-out', onclick: () => void signOut() })
    : h('button', { id: 'session-in', i18n: 'ui-people-sign-in', onclick: () => void signIn() }));
}

export async function refreshSession(): Promise<void> {
  Object.assign(session, await raw('session_view', { locale: locale() }));
  drawBadge();
}

/// Asks for a name and PIN; the shell holds them once the core has checked the PIN.
export async function signIn(hint = t('ui-people-sign-in-hint')): Promise<boolean> {
  const who = await askPins('ui-people-sign-in-title', hint, (p) => raw('session_start', { name: p.name, pin: p.pin, locale: locale() }), 'ui-people-sign-in');
  await refreshSession();
  return who !== null;
}

export async function signOut(): Promise<void> {
  await raw('session_end', { locale: locale() });
  await refreshSession();
  notice(t('ui-people-signed-out'));
}

/// The command itself, without the asking below (the asking's own commands go through it).
const raw: Backend['call'] = api.call.bind(api);

/// Every command goes through here: a write refused for want of a signed-in person asks for one
/// and runs again; one refused for want of a second person's approval asks for the approver and
/// runs again with `approver` set (a wrong PIN is shown in the dialog: nothing was saved).
api.call = async <K extends CommandName>(command: K, args: Args<K>): Promise<Answer<K>> => {
  try {
    const out = await raw(command, args);
    if (command === 'book_open' || command === 'book_create' || command === 'restore_open' || command === 'book_recover' || command === 'book_encrypt') await refreshSession();
    return out;
  } catch (e) {
    if (!isUiError(e)) throw e;
    if (e.code === 'error-actor-required' || (e.code === 'error-wrong-pin' && session.signed_in && command !== 'person_pin_change')) {
      if (await signIn(e.message)) return raw(command, args);
      throw e;
    }
    if (e.code === 'error-approver-required') {
      const done = await askPins('ui-people-approve-title', e.message, (p) => raw(command, { ...args, approver: p }), 'ui-people-approve');
      if (done === null) throw e;
      return done;
    }
    throw e;
  }
};

// The role in the badge is the core's text: ask again when the language changes.
new MutationObserver(() => { if (session.signed_in) void refreshSession(); }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

/// At start: who is signed in, and in a book with people enrolled, a sign-in if nobody is.
export async function initSession(): Promise<void> {
  await refreshSession();
  if (session.enrolled && !session.signed_in) await signIn();
}
