import { isUiError, type MeetingAgenda, type MeetingForm, type MeetingInput, type Preview, type SavedMeeting, type Shortfall, type Totals, type UiError } from '../backend';
import { t } from '../i18n';
import { RECEIPTS_DATE_KEY } from './followup';
import { presetPassbooks } from './reports';
import { api, go, h, main, notice, registerScreen, showError, state, locale } from '../app';

const TOTALS: [keyof Totals, string][] = [
  ['savings', 'ui-total-savings'], ['repayments', 'ui-total-repayments'], ['fines', 'ui-total-fines'], ['loans', 'ui-total-loans'],
  ['receipts', 'ui-total-receipts'], ['payments', 'ui-total-payments'], ['cash_close', 'ui-cash-close'], ['bank_close', 'ui-bank-close'], ['difference', 'ui-difference'],
];

/// What the grid keeps in the session while it is typed: the meeting as sent, and its row counts.
type Draft = MeetingInput & { loan_rows?: number; group_rows?: number };

// (b) The meeting grid.
let form: MeetingForm | null = null;
/// What the page opens with after the marks (seed 001): the previous decisions, the loans' use.
let agenda: MeetingAgenda | null = null;
let clientId = '';
let previewTimer = 0;
let previewSeq = 0;
/// The shortfall of the latest preview (its fix is one key away).
let shortfall: Shortfall | null = null;
/// The latest preview, shown again when the focus leaves a row (its unmarked error then shows).
let lastPreview: Preview | null = null;
/// "Not marked" is said only once it is news: after a save was tried, or for a row the
/// treasurer has left without marking — never under every row as the page opens.
let saveTried = false;
/// What a member's row of a meeting being corrected held that the grid has no box for (a
/// withdrawal, earlier fines paid): carried into the corrected meeting as it was saved.
const carried = new Map<string, { withdrawal?: string | null; fines_paid?: string | null }>();
const leftRows = new Set<number>();
let currentRow = -1;

function draftKey(): string {
  return `samuh.draft.${state.org}`;
}

async function meetingScreen(): Promise<void> {
  const draft = sessionStorage.getItem(draftKey());
  const restored: Draft | null = draft ? JSON.parse(draft) : null;
  const date = h('input', { id: 'meeting-date', path: 'date', value: restored?.date ?? state.overview?.today_display ?? '', size: 12 });
  const open = async () => { sessionStorage.removeItem(draftKey()); notice(''); await openForm(date.value, null); };
  const load = h('button', { id: 'meeting-load', i18n: 'ui-load', onclick: () => void open() });
  date.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); void open(); } });
  main().append(h('section', { class: 'bar' }, h('label', {}, h('span', { i18n: 'ui-meeting-date' }), date), load, h('span', { id: 'meeting-date-display' })), h('div', { id: 'meeting' }));
  await openForm(date.value, restored);
  if (restored) notice(t('ui-draft-restored'));
}

/// The attendance marks by key: the letter shown on screen (each language's message), and the
/// physical key's code, so the mark works whatever keyboard layout is active (InScript, Bengali,
/// Kedmanee: `KeyP` is the same key under every layout).
const MARKS: [string, string, string][] = [['present', 'meeting-page-key-present', 'KeyP'], ['late', 'meeting-page-key-late', 'KeyL'], ['absent', 'meeting-page-key-absent', 'KeyA'], ['absent-with-leave', 'meeting-page-key-leave', 'KeyV']];

function markOf(e: KeyboardEvent): string | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  for (const [code, msg, key] of MARKS) if (e.code === key || e.key.toLowerCase() === t(msg).toLowerCase()) return code;
  return null;
}

/// Shows the error of the date box beside it (an impossible date, a date before the group).
function dateError(e: unknown): void {
  document.querySelectorAll('.field-error[data-for="date"]').forEach((x) => x.remove());
  const input = document.getElementById('meeting-date');
  if (!isUiError(e) || !input) { showError(e); return; }
  input.classList.add('invalid');
  input.after(h('div', { class: 'field-error', role: 'alert', 'data-for': 'date', 'data-code': e.code }, e.message));
  input.focus();
}

let formSeq = 0;
async function openForm(date: string, draft: Draft | null): Promise<void> {
  const seq = ++formSeq;
  let answer: MeetingForm;
  let saved: SavedMeeting | null;
  let asked: MeetingAgenda;
  try {
    // A date already recorded opens what was saved, read-only.
    saved = draft ? null : await api.call('meeting_saved', { org: state.org, date, locale: locale() });
    answer = await api.call('meeting_form', { org: state.org, date, locale: locale() });
    asked = await api.call('meeting_agenda', { org: state.org, date, locale: locale() });
  } catch (e) {
    if (seq === formSeq) dateError(e);
    return;
  }
  if (seq !== formSeq || !document.getElementById('meeting')) return; // a later request wins
  // The reader has typed another date while this one was loading: this answer is for a date no
  // longer in the box, so it is not drawn (nor does it take the focus from her typing).
  const typed = document.getElementById('meeting-date') as HTMLInputElement | null;
  if (typed && typed.value !== date) return;
  document.querySelectorAll('.field-error[data-for="date"]').forEach((x) => x.remove());
  document.getElementById('meeting-date')?.classList.remove('invalid');
  form = answer;
  agenda = asked;
  clientId = draft?.client_id ?? crypto.randomUUID();
  saveTried = false;
  leftRows.clear();
  currentRow = -1;
  lastPreview = null;
  (document.getElementById('meeting-date-display') as HTMLElement).textContent = form.date_display;
  // The date as the reader writes it (the core sends it; it parses any digits or form back).
  // Unless the reader has typed another date while this one was loading: hers is kept.
  const dateInput = document.getElementById('meeting-date') as HTMLInputElement | null;
  if (dateInput && dateInput.value === date) dateInput.value = form.date_display;
  if (saved) { showReceipt(saved, false); return; }
  const f = form;
  const box = document.getElementById('meeting') as HTMLElement;
  // Issue 14: the shares and social-fund columns of the kinds that have them (the core says
  // which), after the savings; the share's price under its heading.
  const heads = ['ui-col-member', 'ui-col-attendance', 'ui-col-savings', 'ui-col-repayment', 'ui-col-loan', 'ui-col-fine'].map((id) => h('th', { i18n: id }));
  if (f.social_fund_column) heads.splice(3, 0, h('th', { 'data-col': 'social_fund' }, h('span', { i18n: 'ui-col-social-fund' })));
  if (f.shares_column) heads.splice(3, 0, h('th', { 'data-col': 'shares' }, h('span', { i18n: 'ui-col-shares' }), f.share_price_display ? h('small', { class: 'price' }, ' ', h('span', { i18n: 'ui-col-share-price' }), ' ', f.share_price_display) : null));
  const grid = h('table', { id: 'grid', class: 'grid' }, h('thead', {}, h('tr', {}, ...heads)));
  const body = h('tbody');
  f.rows.forEach((r, k) => {
    const fine = h('input', { path: `members.${k}.fine`, class: 'amount', inputmode: 'decimal', value: '' });
    // An absent member's fine is owed, not paid (issue 15): her box stays empty and the row says
    // what she owes (the core's words and figure).
    const owed = h('span', { class: 'owed', 'data-owed': '' });
    const savings = h('input', { path: `members.${k}.savings`, class: 'amount', inputmode: 'decimal', value: '' });
    const shares = f.shares_column ? h('input', { path: `members.${k}.shares`, class: 'count', inputmode: 'numeric', size: 3, value: '' }) : null;
    const social = f.social_fund_column ? h('input', { path: `members.${k}.social_fund`, class: 'amount', inputmode: 'decimal', value: '' }) : null;
    const repayment = h('input', { path: `members.${k}.repayment`, class: 'amount', inputmode: 'decimal', value: '', disabled: !r.loan, 'data-due': r.loan?.due ?? '' });
    const mark = h('select', { path: `members.${k}.attendance`, class: 'attendance' });
    mark.append(h('option', { value: '' }, t('meeting-page-not-marked')));
    for (const a of f.attendance) mark.append(h('option', { value: a.code }, `${t(MARKS.find((m) => m[0] === a.code)?.[1] ?? '')} · ${a.label}`));
    // Savings only for a member who is there: the by-laws' amount, shown for her to confirm.
    const marked = () => {
      fine.value = f.attendance.find((a) => a.code === mark.value)?.fine ?? '';
      owed.textContent = mark.value === 'absent' ? f.absent_owed_text : '';
      savings.value = mark.value === 'present' || mark.value === 'late' ? r.savings : '';
      if (social) social.value = mark.value === 'present' || mark.value === 'late' ? f.social_fund : '';
    };
    mark.addEventListener('change', marked);
    mark.addEventListener('keydown', (e) => {
      const code = markOf(e);
      if (!code) return;
      e.preventDefault();
      mark.value = code;
      marked();
      mark.dispatchEvent(new Event('change', { bubbles: true }));
      // On to what this member still has to settle: her repayment, or the next member.
      const next = document.querySelector<HTMLElement>(`[data-path="members.${k + 1}.attendance"]`);
      // A member who is there buys her shares first (issue 14); one who is not buys none.
      if (shares && (code === 'present' || code === 'late')) focusField(shares);
      else if (r.loan) focusField(repayment);
      else if (next) focusField(next);
      else moveFrom(mark, false);
    });
    repayment.addEventListener('keydown', (e) => {
      if (e.key !== '=' || !r.loan) return;
      e.preventDefault();
      repayment.value = r.loan.due;
      repayment.dispatchEvent(new Event('input', { bubbles: true }));
      moveFrom(repayment, false);
    });
    const loan = r.loan
      ? h('td', { class: 'loan' }, h('span', { class: 'due', 'data-due-text': '' }, r.loan.due_text),
        r.loan.overdue_display ? h('span', { class: 'overdue' }, h('span', { i18n: 'ui-overdue' }), ' ', r.loan.overdue_display) : null)
      : h('td', { class: 'loan' });
    body.append(h('tr', { 'data-member': r.member },
      h('td', { class: 'member' }, h('span', { class: 'no' }, r.member_display), ' ', r.name),
      h('td', {}, mark),
      h('td', {}, savings),
      shares ? h('td', {}, shares) : null,
      social ? h('td', {}, social) : null,
      h('td', {}, repayment),
      loan,
      h('td', {}, fine, ' ', owed)));
  });
  grid.append(body);

  const loans = h('tbody', { id: 'loans' });
  const addLoan = h('button', { id: 'add-loan', i18n: 'ui-add-loan', onclick: () => newLoan() });
  const group = h('tbody', { id: 'group' });
  const addGroup = h('button', { id: 'add-group', i18n: 'ui-add-group-line', onclick: () => newGroupLine() });
  const totals = h('dl', { id: 'totals' });
  for (const [key, id] of TOTALS) totals.append(h('dt', { i18n: id }), h('dd', { 'data-total': key }));
  if (f.shares_column) totals.append(h('dt', { i18n: 'ui-total-shares' }), h('dd', { 'data-total': 'shares' }));
  if (f.social_fund_column) totals.append(h('dt', { i18n: 'ui-total-social-fund' }), h('dd', { 'data-total': 'social_fund' }));
  const save = h('button', { id: 'meeting-save', class: 'primary', i18n: 'ui-save', onclick: () => void saveMeeting(save) });
  const sum = (key: string, id: string) => h('span', { class: 'term' }, h('span', { class: 'label', i18n: id }), h('strong', { 'data-total': key }));
  box.replaceChildren(
    h('p', { id: 'meeting-keys', class: 'keys', i18n: 'meeting-page-keys' }),
    grid,
    agendaSection(asked) ?? '',
    h('section', {}, h('h3', { i18n: 'ui-new-loans' }), f.loan_cap_display ? h('p', {}, h('span', { i18n: 'ui-loan-cap' }), ' ', f.loan_cap_display) : null,
      h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ...['ui-loan-member', 'ui-loan-amount', 'ui-loan-purpose', 'ui-loan-instalments', 'ui-loan-guarantors', 'ui-remove'].map((id) => h('th', { i18n: id })))), loans), addLoan),
    h('section', {}, h('h3', { i18n: 'ui-group-lines' }),
      h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ...['ui-group-kind', 'ui-group-amount', 'ui-group-note', 'ui-remove'].map((id) => h('th', { i18n: id })))), group), addGroup),
    h('section', { class: 'minutes' }, h('h3', { i18n: 'ui-minutes' }),
      h('label', {}, h('span', { i18n: 'ui-agenda' }), h('textarea', { id: 'agenda', rows: 2 })),
      h('label', {}, h('span', { i18n: 'ui-resolutions' }), h('textarea', { id: 'resolutions', rows: 2 }))),
    h('section', { class: 'close' }, h('h3', { i18n: 'ui-totals' }), totals, h('ul', { id: 'form-errors', class: 'errors' }), h('div', { id: 'saved' })),
    // The cash sum the treasurer checks against the box, always in sight.
    h('footer', { id: 'cash-footer' },
      h('div', { class: 'sum' }, sum('cash_open', 'meeting-page-cash-open'), h('span', { class: 'op' }, '+'), sum('cash_in', 'meeting-page-cash-in'),
        h('span', { class: 'op' }, '−'), sum('cash_out', 'meeting-page-cash-out'), h('span', { class: 'op' }, '='), sum('cash_expected', 'meeting-page-cash-expected')),
      h('label', { class: 'counted' }, h('span', { i18n: 'ui-cash-counted' }), h('input', { id: 'cash-counted', path: 'cash_counted', class: 'amount', inputmode: 'decimal' })),
      h('div', { id: 'shortfall', path: 'shortfall', class: 'shortfall' }),
      save),
  );
  carried.clear();
  if (draft) restoreDraft(draft);
  box.addEventListener('input', schedulePreview);
  box.addEventListener('change', schedulePreview);
  box.addEventListener('keydown', enterMoves);
  box.addEventListener('focusin', (e) => {
    const tr = (e.target as HTMLElement).closest('tr');
    document.querySelectorAll('#meeting tr.current').forEach((x) => { if (x !== tr) x.classList.remove('current'); });
    tr?.classList.add('current');
    // A member's row left behind: if she is still unmarked, that is now worth saying.
    const row = tr?.parentElement === body ? Array.from(body.children).indexOf(tr) : -1;
    if (row !== currentRow) {
      if (currentRow >= 0) leftRows.add(currentRow);
      currentRow = row;
      if (lastPreview) showPreview(lastPreview);
    }
  });
  watchFooter();
  schedulePreview();
  focusField(document.querySelector<HTMLElement>('[data-path="members.0.attendance"]'));
}

/// The agenda after the marks, as the group worker's list has it (seed 001): what became of each
/// decision of the previous meeting, and whether each loan given one to three months before was
/// used for its purpose. Nothing is chosen for the treasurer: an item left empty records nothing.
function agendaSection(a: MeetingAgenda): HTMLElement | null {
  if (a.decisions.length === 0 && a.loans.length === 0) return null;
  const pick = (path: string, choices: { code: string; label: string }[]) => {
    const s = h('select', { path });
    s.append(h('option', { value: '' }, '—'));
    for (const c of choices) s.append(h('option', { value: c.code }, c.label));
    return s;
  };
  return h('section', { id: 'agenda-review', class: 'agenda' }, h('h3', { i18n: 'meeting-agenda-title' }),
    a.decisions.length > 0 ? h('div', { id: 'agenda-decisions' },
      h('p', { class: 'lead' }, t('meeting-agenda-decisions', { date: a.previous })),
      h('table', { class: 'grid' }, h('tbody', {}, ...a.decisions.map((d, k) => h('tr', { 'data-decision': String(k) },
        h('td', {}, d.decision, d.carried ? h('span', { class: 'hint' }, ` (${d.carried})`) : null),
        h('td', {}, pick(`minutes.decisions.${k}.status`, a.statuses))))))) : null,
    a.loans.length > 0 ? h('div', { id: 'agenda-loans' },
      h('p', { class: 'lead', i18n: 'meeting-agenda-loans' }),
      h('table', { class: 'grid' }, h('tbody', {}, ...a.loans.map((x, k) => h('tr', { 'data-loan': x.loan },
        h('td', { class: 'question' }, x.question),
        h('td', {}, pick(`minutes.loan_uses.${k}.answer`, a.answers)),
        h('td', {}, h('input', { path: `minutes.loan_uses.${k}.note`, placeholder: t('meeting-agenda-note'), 'aria-label': t('meeting-agenda-note') }))))))) : null);
}

/// Focuses a field and selects what it holds, so typing replaces it (50 over "30.00" is 50).
function focusField(el: HTMLElement | null): void {
  if (!el) return;
  el.focus();
  if (el instanceof HTMLInputElement) el.select();
  clearOfFooter(el);
}

/// The fixed footer never covers the field being typed: the page keeps the footer's height
/// free below the last row (a CSS variable kept to the footer's real height, which grows when a
/// shortfall is said in it), and a field focused under it is scrolled up above it.
function watchFooter(): void {
  const footer = document.getElementById('cash-footer');
  if (!footer) return;
  const sync = () => document.documentElement.style.setProperty('--footer-h', `${footer.offsetHeight}px`);
  sync();
  new ResizeObserver(sync).observe(footer);
}

function clearOfFooter(el: HTMLElement): void {
  const footer = document.getElementById('cash-footer');
  if (!footer || footer.contains(el)) return;
  const over = el.getBoundingClientRect().bottom + 12 - footer.getBoundingClientRect().top;
  if (over > 0) window.scrollBy(0, over);
}

function newLoan(): void {
  const loans = document.getElementById('loans') as HTMLElement;
  const row = loanRow(loans.children.length);
  loans.append(row);
  schedulePreview();
  focusField(row.querySelector<HTMLElement>('select'));
}

function newGroupLine(kind?: string, amount?: string): void {
  const group = document.getElementById('group') as HTMLElement;
  const row = groupRow(group.children.length);
  group.append(row);
  if (kind) (row.querySelector('select') as HTMLSelectElement).value = kind;
  if (amount) (row.querySelector('input') as HTMLInputElement).value = amount;
  schedulePreview();
  // The fix's amount is selected: a round sum typed over it replaces it.
  focusField(row.querySelector<HTMLElement>(amount ? '[data-path$=".amount"]' : 'select'));
}

/// The page's own keys (shown on screen): Alt+N a new loan, Alt+G a group line, Alt+M the
/// minutes, Alt+K the cash counted, Alt+W the shortfall's fix, Ctrl+S save.
function pageKeys(e: KeyboardEvent): void {
  if (!document.getElementById('grid') || !form) return;
  const k = e.code;
  let done = true;
  if (e.altKey && k === 'KeyN') newLoan();
  else if (e.altKey && k === 'KeyG') newGroupLine();
  else if (e.altKey && k === 'KeyM') focusField(document.getElementById('agenda'));
  else if (e.altKey && k === 'KeyK') focusField(document.getElementById('cash-counted'));
  else if (e.altKey && k === 'KeyW' && shortfall) newGroupLine('bank-withdrawal', shortfall.amount);
  else if ((e.ctrlKey || e.metaKey) && k === 'KeyS') document.getElementById('meeting-save')?.click();
  else done = false;
  if (done) { e.preventDefault(); e.stopPropagation(); }
}
window.addEventListener('keydown', pageKeys);

function memberSelect(path: string, multiple: boolean): HTMLSelectElement {
  const s = h('select', { path, multiple, size: multiple ? 3 : undefined });
  for (const r of form?.rows ?? []) s.append(h('option', { value: r.member }, `${r.member_display} ${r.name}`));
  return s;
}

function loanRow(k: number): HTMLTableRowElement {
  const tr: HTMLTableRowElement = h('tr', { class: 'loan-row' },
    h('td', {}, memberSelect(`loans.${k}.member`, false)),
    h('td', {}, h('input', { path: `loans.${k}.amount`, class: 'amount', inputmode: 'decimal' })),
    h('td', {}, h('input', { path: `loans.${k}.purpose` })),
    h('td', {}, h('input', { path: `loans.${k}.instalments`, class: 'count', inputmode: 'numeric', size: 4 })),
    h('td', {}, memberSelect(`loans.${k}.guarantors`, true)),
    h('td', {}, h('button', { i18n: 'ui-remove', onclick: () => { tr.remove(); renumber('loans'); schedulePreview(); } })));
  return tr;
}

function groupRow(k: number): HTMLTableRowElement {
  const kind = h('select', { path: `group.${k}.kind` });
  for (const g of form?.group_kinds ?? []) kind.append(h('option', { value: g.code }, g.label));
  const tr: HTMLTableRowElement = h('tr', { class: 'group-row' },
    h('td', {}, kind),
    h('td', {}, h('input', { path: `group.${k}.amount`, class: 'amount', inputmode: 'decimal' })),
    h('td', {}, h('input', { path: `group.${k}.note` })),
    h('td', {}, h('button', { i18n: 'ui-remove', onclick: () => { tr.remove(); renumber('group'); schedulePreview(); } })));
  return tr;
}

/// After a row is removed, paths follow the rows' new positions.
function renumber(list: string): void {
  document.querySelectorAll<HTMLTableRowElement>(`#${list} tr`).forEach((tr, k) => {
    tr.querySelectorAll<HTMLElement>('[data-path]').forEach((el) => {
      const parts = (el.dataset.path ?? '').split('.');
      parts[1] = String(k);
      el.dataset.path = parts.join('.');
    });
  });
}

/// Enter moves to the next field and selects what it holds (keyboard-first entry down the
/// grid). The fine boxes are left out (the by-laws fill them; Tab reaches them).
function enterMoves(e: KeyboardEvent): void {
  const target = e.target as HTMLElement;
  if (e.key !== 'Enter' || target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON') return;
  e.preventDefault();
  moveFrom(target, e.shiftKey);
}

function moveFrom(target: HTMLElement, back: boolean): void {
  const fields = Array.from(document.querySelectorAll<HTMLElement>('#meeting input:not([disabled]):not([data-path$=".fine"]), #meeting select, #meeting textarea'));
  const i = fields.indexOf(target);
  focusField(fields[(i + (back ? -1 : 1) + fields.length) % fields.length] ?? null);
}

function val(path: string): string {
  const el = document.querySelector<HTMLInputElement>(`#meeting [data-path="${path}"]`);
  return el ? el.value : '';
}

function lines(id: string): string[] {
  return (document.getElementById(id) as HTMLTextAreaElement).value.split('\n').map((s) => s.trim()).filter((s) => s !== '');
}

/// The meeting as typed, in the core's `MeetingInput` shape; amounts exactly as typed.
function meetingInput(): MeetingInput {
  const f = form as MeetingForm;
  const members = f.rows.map((r, k) => ({
    member: r.member,
    attendance: val(`members.${k}.attendance`),
    savings: val(`members.${k}.savings`),
    repayment: val(`members.${k}.repayment`),
    fine: val(`members.${k}.fine`),
    ...(f.shares_column ? { shares: val(`members.${k}.shares`) } : {}),
    ...(f.social_fund_column ? { social_fund: val(`members.${k}.social_fund`) } : {}),
    ...(carried.get(r.member) ?? {}),
  }));
  const loans = Array.from(document.querySelectorAll('#loans tr')).map((_, k) => ({
    member: val(`loans.${k}.member`),
    amount: val(`loans.${k}.amount`),
    purpose: val(`loans.${k}.purpose`),
    instalments: val(`loans.${k}.instalments`) || null,
    guarantors: Array.from(document.querySelector<HTMLSelectElement>(`[data-path="loans.${k}.guarantors"]`)?.selectedOptions ?? []).map((o) => o.value),
  }));
  const group = Array.from(document.querySelectorAll('#group tr')).map((_, k) => ({ kind: val(`group.${k}.kind`), amount: val(`group.${k}.amount`), note: val(`group.${k}.note`) }));
  return {
    // No place is asked for: the empty one the core takes by default (the type wants every string).
    org: f.org, date: f.date, place: '', client_id: clientId, members, loans, group,
    minutes: {
      agenda: lines('agenda'), resolutions: lines('resolutions'),
      decisions: (agenda?.decisions ?? []).map((d, k) => ({ decision: d.decision, status: val(`minutes.decisions.${k}.status`) })),
      loan_uses: (agenda?.loans ?? []).map((x, k) => ({ loan: x.loan, answer: val(`minutes.loan_uses.${k}.answer`), note: val(`minutes.loan_uses.${k}.note`) })),
    },
    cash_counted: val('cash_counted') || null,
  };
}

function saveDraft(input: MeetingInput): void {
  sessionStorage.setItem(draftKey(), JSON.stringify({ ...input, loan_rows: document.querySelectorAll('#loans tr').length, group_rows: document.querySelectorAll('#group tr').length }));
}

function restoreDraft(d: Draft): void {
  const loans = document.getElementById('loans') as HTMLElement;
  const group = document.getElementById('group') as HTMLElement;
  for (let k = 0; k < (d.loan_rows ?? 0); k++) loans.append(loanRow(k));
  for (let k = 0; k < (d.group_rows ?? 0); k++) group.append(groupRow(k));
  const set = (path: string, v: unknown) => { const el = document.querySelector<HTMLInputElement>(`#meeting [data-path="${path}"]`); if (el && typeof v === 'string') el.value = v; };
  // By admission number: a draft may list fewer members than the grid has rows.
  (d.members ?? []).forEach((m) => {
    if (m.withdrawal || m.fines_paid) carried.set(m.member, { withdrawal: m.withdrawal ?? null, fines_paid: m.fines_paid ?? null });
    const k = (form?.rows ?? []).findIndex((r) => r.member === m.member);
    if (k >= 0) for (const f of ['attendance', 'savings', 'repayment', 'fine', 'shares', 'social_fund'] as const) set(`members.${k}.${f}`, m[f] ?? '');
  });
  (d.loans ?? []).forEach((l, k) => {
    for (const f of ['member', 'amount', 'purpose', 'instalments'] as const) set(`loans.${k}.${f}`, l[f] ?? '');
    const g = document.querySelector<HTMLSelectElement>(`[data-path="loans.${k}.guarantors"]`);
    if (g) Array.from(g.options).forEach((o) => { o.selected = (l.guarantors ?? []).includes(o.value); });
  });
  (d.group ?? []).forEach((l, k) => { for (const f of ['kind', 'amount', 'note'] as const) set(`group.${k}.${f}`, l[f] ?? ''); });
  (document.getElementById('agenda') as HTMLTextAreaElement).value = (d.minutes?.agenda ?? []).join('\n');
  (document.getElementById('resolutions') as HTMLTextAreaElement).value = (d.minutes?.resolutions ?? []).join('\n');
  // The agenda's answers, by the decision's text and the loan's number.
  (d.minutes?.decisions ?? []).forEach((x) => { const k = (agenda?.decisions ?? []).findIndex((a) => a.decision === x.decision); if (k >= 0) set(`minutes.decisions.${k}.status`, x.status); });
  (d.minutes?.loan_uses ?? []).forEach((x) => {
    const k = (agenda?.loans ?? []).findIndex((a) => a.loan === x.loan);
    if (k >= 0) { set(`minutes.loan_uses.${k}.answer`, x.answer); set(`minutes.loan_uses.${k}.note`, x.note); }
  });
  set('cash_counted', d.cash_counted ?? '');
}

function schedulePreview(): void {
  document.body.dataset.previewing = 'true'; // tests wait for 'false': the totals are current
  window.clearTimeout(previewTimer);
  previewTimer = window.setTimeout(() => void runPreview(), 250);
}

async function runPreview(): Promise<Preview | null> {
  if (!form || !document.getElementById('grid')) { // the meeting screen was left
    document.body.dataset.previewing = 'false';
    return null;
  }
  const input = meetingInput();
  saveDraft(input);
  const seq = ++previewSeq;
  lastPreview = null;
  let p: Preview;
  try {
    p = await api.call('meeting_preview', { input, locale: locale() });
  } catch (e) {
    if (seq === previewSeq) document.body.dataset.previewing = 'false';
    showError(e);
    return null;
  }
  if (seq !== previewSeq) return p; // a newer preview is on its way
  lastPreview = p;
  showPreview(p);
  document.body.dataset.previewing = 'false';
  return p;
}

const FOOTER: (keyof Totals)[] = ['cash_open', 'cash_in', 'cash_out', 'cash_expected'];

function showPreview(p: Preview): void {
  if (!document.getElementById('form-errors')) return; // answered after the screen was left
  for (const key of [...TOTALS.map(([k]) => k), ...FOOTER, 'shares', 'social_fund'] as (keyof Totals)[]) {
    document.querySelectorAll<HTMLElement>(`[data-total="${key}"]`).forEach((dd) => { dd.textContent = p.totals[key] ?? ''; });
  }
  // Not the errors of an open dialog: a preview answered after "save" opened the approval
  // dialog would otherwise take away the place where a wrong PIN is reported.
  document.querySelectorAll('.field-error:not(dialog .field-error)').forEach((e) => e.remove());
  document.querySelectorAll('.invalid').forEach((e) => e.classList.remove('invalid'));
  const list = document.getElementById('form-errors') as HTMLElement;
  list.replaceChildren();
  // The shortfall is said at the footer, where the cash is summed, with its one-key fix.
  shortfall = p.shortfall ?? null;
  const short = document.getElementById('shortfall') as HTMLElement;
  short.replaceChildren();
  let shown = 0;
  for (const err of p.errors) {
    if (err.code === 'error-attendance-not-marked' && !unmarkedIsNews(err.field_path)) continue;
    shown += 1;
    const msg = h('div', { class: 'field-error', role: 'alert', 'data-for': err.field_path, 'data-code': err.code }, err.message);
    if (err.field_path === 'shortfall') {
      short.append(msg);
      if (shortfall) short.append(h('button', { id: 'shortfall-fix', onclick: () => newGroupLine('bank-withdrawal', shortfall?.amount) }, shortfall.fix));
      continue;
    }
    const field = document.querySelector<HTMLElement>(`#meeting [data-path="${err.field_path}"]`) ?? document.querySelector<HTMLElement>(`[data-path="${err.field_path}"]`);
    if (field) { field.classList.add('invalid'); field.after(msg); } else list.append(h('li', { 'data-code': err.code }, err.message));
  }
  if (shown > 0) list.prepend(h('li', { class: 'hint', i18n: 'ui-fix-errors' }));
}

/// Whether the "not marked" of `members.K.attendance` is said now: after a save was tried, or
/// once her row was left while her mark is still empty on screen (a preview a key older than
/// the mark does not count).
function unmarkedIsNews(path: string): boolean {
  const k = Number(path.split('.')[1]);
  const mark = document.querySelector<HTMLSelectElement>(`#meeting [data-path="${path}"]`);
  if (mark && mark.value !== '') return false;
  return saveTried || (leftRows.has(k) && k !== currentRow);
}

/// After a save (or for a date already recorded): what the book holds, read back from it, in
/// place of the form — never the form again with its boxes.
function showReceipt(m: SavedMeeting, justSaved: boolean): void {
  const box = document.getElementById('meeting') as HTMLElement;
  const head = h('h2', { id: 'receipt-title', class: 'receipt-title', tabindex: '-1' }, m.title);
  // The shares and social-fund columns where the kind has them, after savings as in the grid.
  const cols = ['ui-col-member', 'ui-col-attendance', 'ui-col-savings',
    ...(m.shares_column ? ['ui-col-shares'] : []), ...(m.social_fund_column ? ['ui-col-social-fund'] : []),
    'ui-col-repayment', 'ui-col-fine', 'meeting-page-col-withdrawal', 'meeting-page-col-loan'];
  const rows = h('tbody');
  for (const r of m.rows) {
    const cells = [r.savings, ...(m.shares_column ? [r.shares] : []), ...(m.social_fund_column ? [r.social_fund] : []), r.repayment, r.fine, r.withdrawal, r.loan];
    rows.append(h('tr', { 'data-member': r.member }, h('td', {}, h('span', { class: 'no' }, r.member_display), ' ', r.name), h('td', { 'data-attendance': r.attendance }, r.attendance_label),
      ...cells.map((x) => h('td', { class: 'end' }, x))));
  }
  box.replaceChildren(
    h('section', { id: 'receipt', class: 'receipt' },
      head,
      justSaved ? null : h('p', { id: 'receipt-read-only', class: 'hint', i18n: 'meeting-page-read-only' }),
      h('div', { id: 'saved' },
        h('p', { class: 'code-line' }, h('span', { i18n: 'meeting-page-book-code' }), ' ', h('strong', { id: 'saved-code', class: 'book-code' }, m.book_code)),
        h('p', { class: 'hint', i18n: 'meeting-page-book-code-hint' }),
        m.vouchers.length > 0 ? h('p', {}, h('span', { i18n: 'meeting-page-vouchers' }), ' ', h('strong', { id: 'saved-voucher' }, m.vouchers_display)) : h('p', { id: 'saved-no-voucher', i18n: 'meeting-page-no-money' })),
      h('p', {},
        h('button', { id: 'print-passbooks', class: 'primary', i18n: 'meeting-page-print-passbooks', disabled: m.passbooks.length === 0, onclick: () => { presetPassbooks(); void go('reports'); } }), ' ',
        h('button', { id: 'print-receipts', i18n: 'ui-meeting-receipts', disabled: m.vouchers.length === 0, onclick: () => { sessionStorage.setItem(RECEIPTS_DATE_KEY, m.date_display); void go('followup'); } }), ' ',
        summaryButton(m), ' ',
        h('button', { id: 'meeting-another', i18n: 'meeting-page-another', onclick: () => { sessionStorage.removeItem(draftKey()); (document.getElementById('meeting-date') as HTMLInputElement | null)?.focus(); } })),
      h('div', { id: 'summary-result' }),
      correctBox(m),
      m.passbooks.length > 0 ? h('p', { id: 'receipt-passbooks' }, h('span', { i18n: 'meeting-page-passbooks-changed' }), ' ', m.passbooks.join(', ')) : null,
      h('table', { id: 'receipt-rows', class: 'grid' }, h('thead', {}, h('tr', {}, ...cols.map((id) => h('th', { i18n: id })))), rows),
      m.group.length > 0 ? h('table', { id: 'receipt-group', class: 'grid' }, h('tbody', {}, ...m.group.map((g) => h('tr', {}, h('td', {}, g.label), h('td', { class: 'end' }, g.amount))))) : null,
      m.minutes.length > 0 ? h('ul', { id: 'receipt-minutes' }, ...m.minutes.map((x) => h('li', {}, x))) : null));
  head.focus();
}

/// "Print meeting summary": the page the members sign (A4, in the group's language), written into
/// the print folder and opened; the path it was saved at is shown under the receipt's buttons.
function summaryButton(m: SavedMeeting): HTMLElement {
  const button = h('button', { id: 'print-summary', i18n: 'meeting-page-print-summary', onclick: async () => {
    button.disabled = true;
    const out = document.getElementById('summary-result') as HTMLElement;
    out.replaceChildren();
    try {
      const s = await api.call('meeting_summary_print', { org: m.input.org, date: m.date, locale: locale() });
      out.replaceChildren(h('p', { id: 'summary-printed', class: 'ok', 'data-path': s.path }, h('span', { i18n: 'meeting-page-summary-printed' }), ' ', s.path));
    } catch (e) {
      if (isUiError(e)) out.replaceChildren(h('p', { class: 'field-error', role: 'alert', 'data-code': e.code }, e.message));
      else showError(e);
    } finally {
      button.disabled = false;
    }
  } });
  return button;
}

/// "Correct this meeting": a reason, then the meeting reversed on its own date (nothing deleted;
/// the desk asks a second person where the by-laws want one) and opened again with what was
/// saved, to correct and save.
function correctBox(m: SavedMeeting): HTMLElement {
  const reason = h('input', { id: 'correct-reason', size: 30 });
  const out = h('div', { id: 'correct-result' });
  const confirm = h('button', { id: 'correct-confirm', class: 'danger', i18n: 'meeting-page-correct-confirm', onclick: async () => {
    confirm.disabled = true;
    try {
      await api.call('meeting_reverse', { input: { org: m.input.org, meeting: m.date, reason: reason.value, date: m.date, client_id: crypto.randomUUID() }, locale: locale() });
      const draft: Draft = { ...m.input, client_id: null, loan_rows: m.input.loans.length, group_rows: m.input.group.length };
      sessionStorage.setItem(draftKey(), JSON.stringify(draft));
      // The box holds the date being opened (openForm draws only the date in the box).
      const box = document.getElementById('meeting-date') as HTMLInputElement | null;
      if (box) box.value = m.date;
      await openForm(m.date, draft);
    } catch (e) {
      if (isUiError(e)) out.replaceChildren(h('p', { class: 'field-error', role: 'alert', 'data-code': e.code }, e.message));
      else showError(e);
    } finally {
      confirm.disabled = false;
    }
  } });
  const form = h('div', { id: 'correct-form', hidden: true },
    h('p', { class: 'hint', i18n: 'meeting-page-correct-hint' }),
    h('label', {}, h('span', { i18n: 'meeting-page-correct-reason' }), reason), confirm, out);
  const open = h('button', { id: 'meeting-correct', i18n: 'meeting-page-correct', onclick: () => { form.hidden = false; reason.focus(); } });
  return h('section', { class: 'correct' }, open, form);
}

let saving = false;
async function saveMeeting(button: HTMLButtonElement): Promise<void> {
  if (saving || !form) return; // a double click records once (and the client id guards retries)
  saving = true;
  button.disabled = true;
  button.textContent = t('ui-saving');
  const out = document.getElementById('saved') as HTMLElement;
  let receipt: SavedMeeting | null = null;
  saveTried = true;
  try {
    const p = await runPreview();
    if (p && !p.ok) {
      // The first box to fix gets the focus, its message beside it.
      focusField(document.querySelector<HTMLElement>('#meeting .invalid'));
      return;
    }
    const input = meetingInput();
    await api.call('meeting_record', { input, locale: locale() });
    sessionStorage.removeItem(draftKey());
    clientId = crypto.randomUUID();
    receipt = await api.call('meeting_saved', { org: input.org, date: input.date, locale: locale() });
  } catch (e) {
    if (isUiError(e)) out.replaceChildren(h('p', { class: 'field-error', role: 'alert', 'data-code': (e as UiError).code }, e.message));
    else showError(e);
  } finally {
    saving = false;
    button.disabled = false;
    button.textContent = t('ui-save');
  }
  if (receipt) {
    window.clearTimeout(previewTimer);
    previewSeq++; // a preview still on its way belongs to the form that is gone
    document.body.dataset.previewing = 'false';
    showReceipt(receipt, true);
  }
}

registerScreen('meeting', { render: meetingScreen, needsOrg: true, leave: () => window.clearTimeout(previewTimer) });
