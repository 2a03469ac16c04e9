// The shared frame of Samuh's screens, without a framework: a few small functions build the DOM
// from what the core sends. The UI never does arithmetic on money and never formats a number or a
// date: the core's view models carry display strings, and amounts go back exactly as typed (any
// digits). Each screen lives in `screens/` and registers itself with `registerScreen`.
import { backend, isUiError, type DisplayReport, type LocaleInput, type OrgSummary, type Overview } from './backend';
import { applyI18n, setMessages, t } from './i18n';

export const api = backend();
export const LANGS = ['en', 'hi', 'bn', 'th'];

export const state = {
  lang: localStorage.getItem('samuh.lang') ?? 'hi',
  digits: localStorage.getItem('samuh.digits') ?? '',
  calendar: localStorage.getItem('samuh.calendar') ?? '',
  overview: null as Overview | null,
  org: sessionStorage.getItem('samuh.org') ?? '',
  screen: 'home',
};

export function locale(): LocaleInput {
  return { lang: state.lang, digits: state.digits || null, calendar: state.calendar || null };
}

type Props = { [k: string]: unknown };
/// Builds an element. Text children are data from the core or messages from `t()`, never literals.
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'i18n') { el.dataset.i18n = String(v); el.textContent = t(String(v)); }
    else if (k === 'path') el.dataset.path = String(v);
    else if (k === 'testid') el.dataset.testid = String(v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v as EventListener);
    else if (k === 'value') (el as HTMLInputElement).value = String(v);
    else if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null) el.append(c);
  return el;
}

export const main = () => document.getElementById('main') as HTMLElement;

export function notice(text: string, kind: 'ok' | 'error' = 'ok'): void {
  const n = document.getElementById('notice') as HTMLElement;
  n.textContent = text;
  n.className = kind;
  n.hidden = text === '';
}

/// A refusal said where the person typed: in a section's result line `out`, and the box of `box`
/// it names (the core's `field` argument) marked, earlier marks cleared. Anything that is not the
/// core's refusal is written there as it came.
export function refusalIn(box: HTMLElement, out: HTMLElement, e: unknown): void {
  box.querySelectorAll('.invalid').forEach((x) => x.classList.remove('invalid'));
  const field = isUiError(e) ? e.args.field : undefined;
  if (field) box.querySelector(`[data-path="${field}"]`)?.classList.add('invalid');
  out.replaceChildren(h('p', { class: 'field-error', role: 'alert', 'data-code': isUiError(e) ? e.code : '', 'data-for': field ?? '' }, isUiError(e) ? e.message : String(e)));
}

export function showError(e: unknown): void {
  notice(isUiError(e) ? e.message : `${t('ui-error')}: ${String(e)}`, 'error');
}

export async function loadMessages(): Promise<void> {
  setMessages(await api.call('ui_messages', { lang: state.lang, locale: locale() }));
  document.documentElement.lang = state.lang;
  applyI18n(document);
}

export function currentOrg(): OrgSummary | undefined {
  return state.overview?.orgs.find((o) => o.code === state.org);
}

/// A screen: drawn into `#main` by `render`; `needsOrg` screens fall back to home without an
/// organisation; `leave` runs when another screen is opened (timers, pending work).
export interface Screen { render(): Promise<void> | void; needsOrg?: boolean; leave?(): void }
const screens = new Map<string, Screen>();

export function registerScreen(name: string, screen: Screen): void {
  screens.set(name, screen);
}

let goSeq = 0;

/// Opens a screen. `#main[data-ready]` is "true" once the latest screen opened has finished
/// drawing (tests wait for it); a screen still drawing when another is opened never marks it.
export async function go(screen: string): Promise<void> {
  const seq = ++goSeq;
  main().dataset.ready = 'false';
  screens.get(state.screen)?.leave?.();
  state.screen = screen;
  notice('');
  document.querySelectorAll<HTMLElement>('nav > button').forEach((b) => b.classList.toggle('active', b.dataset.screen === screen));
  if (screens.get(screen)?.needsOrg && !currentOrg()) screen = 'home';
  main().replaceChildren();
  main().dataset.screen = screen;
  try {
    await screens.get(screen)?.render();
  } catch (e) {
    showError(e);
  }
  const o = currentOrg();
  (document.getElementById('org-name') as HTMLElement).textContent = o ? o.name : '';
  // Each kind's own screens: the VSLA group's (issue 14); an oversight book's groups; Send for
  // whoever sends upward, a group or a VO to its CLF (issue 16); a group's others (welfare) not
  // for an oversight book.
  const shows = (o: OrgSummary, what: string | undefined) =>
    what === 'vsla' ? o.kind === 'vsla' : what === 'oversight' ? o.oversees : what === 'send' ? o.sends_upward : !o.oversees;
  document.querySelectorAll<HTMLElement>('nav > button[data-for]').forEach((b) => { b.hidden = !o || !shows(o, b.dataset.for); });
  if (seq === goSeq) main().dataset.ready = 'true';
}

/// The number of the latest screen opened: a section drawn after an await compares it with the
/// number it started under, so a screen opened twice in a row is not drawn twice.
export function screenSeq(): number {
  return goSeq;
}

/// Where a screen draws, taken when it starts drawing: `#main` while it is still the latest
/// screen opened, else a detached element, so that an answer arriving after the reader has moved
/// on draws nowhere. Call the returned function after the await, not before it.
export function surface(): () => HTMLElement {
  const seq = goSeq;
  return () => (seq === goSeq ? main() : document.createElement('div'));
}

/// Whether `screen` is still the one shown: work that finishes after an await must not draw into
/// (or navigate away from) a screen the reader has since left.
export function showing(screen: string): boolean {
  return main().dataset.screen === screen;
}

/// A report view from the core (`report_view`) as a table; every cell is already formatted.
export function reportTable(r: DisplayReport): HTMLElement {
  const box = h('article', { class: 'report', 'data-report': r.id }, h('h2', {}, r.title), ...r.heading.map((l) => h('p', { class: 'heading' }, l)));
  for (const s of r.sections) {
    const table = h('table', { class: 'register' },
      h('thead', {}, h('tr', {}, ...s.columns.map((c) => h('th', { class: c.align, 'data-col': c.id }, c.label)))));
    const body = h('tbody');
    for (const row of s.rows) body.append(h('tr', {}, ...row.map((cell, i) => h('td', { class: s.columns[i]?.align ?? 'start' }, cell))));
    table.append(body);
    if (s.totals) table.append(h('tfoot', {}, h('tr', {}, ...s.totals.map((cell, i) => h('td', { class: s.columns[i]?.align ?? 'start' }, cell)))));
    // A wide register (a loan register in Bengali) scrolls inside its own box; the page does not.
    box.append(s.title ? h('h3', {}, s.title) : '', h('div', { class: 'table-scroll' }, table), ...s.notes.map((n) => h('p', { class: 'note' }, n)));
  }
  return box;
}

