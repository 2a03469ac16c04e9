import { isUiError, type MeetingForm, type MeetingInput, type Preview, type Totals, type UiError } from '../backend';
import { t } from '../i18n';
import { api, h, main, notice, registerScreen, showError, state, locale } from '../app';

const TOTALS: [keyof Totals, string][] = [
  ['savings', 'ui-total-savings'], ['repayments', 'ui-total-repayments'], ['fines', 'ui-total-fines'], ['loans', 'ui-total-loans'],
  ['receipts', 'ui-total-receipts'], ['payments', 'ui-total-payments'], ['cash_close', 'ui-cash-close'], ['bank_close', 'ui-bank-close'], ['difference', 'ui-difference'],
];

/// What the grid keeps in the session while it is typed: the meeting as sent, and its row counts.
type Draft = MeetingInput & { loan_rows?: number; group_rows?: number };

// (b) The meeting grid.
let form: MeetingForm | null = null;
let clientId = '';
let previewTimer = 0;
let previewSeq = 0;

function draftKey(): string {
  return `samuh.draft.${state.org}`;
}

async function meetingScreen(): Promise<void> {
  const draft = sessionStorage.getItem(draftKey());
  const restored: Draft | null = draft ? JSON.parse(draft) : null;
  const date = h('input', { id: 'meeting-date', path: 'date', value: restored?.date ?? state.overview?.today_display ?? '', size: 12 });
  const load = h('button', { id: 'meeting-load', i18n: 'ui-load', onclick: async () => { sessionStorage.removeItem(draftKey()); notice(''); await openForm(date.value, null); } });
  main().append(h('section', { class: 'bar' }, h('label', {}, h('span', { i18n: 'ui-meeting-date' }), date), load, h('span', { id: 'meeting-date-display' })), h('div', { id: 'meeting' }));
  await openForm(date.value, restored);
  if (restored) notice(t('ui-draft-restored'));
}

let formSeq = 0;
async function openForm(date: string, draft: Draft | null): Promise<void> {
  const seq = ++formSeq;
  const answer = await api.call('meeting_form', { org: state.org, date, locale: locale() });
  if (seq !== formSeq || !document.getElementById('meeting')) return; // a later request wins
  form = answer;
  clientId = draft?.client_id ?? crypto.randomUUID();
  (document.getElementById('meeting-date-display') as HTMLElement).textContent = form.date_display;
  // The date as the reader writes it (the core sends it; it parses any digits or form back).
  const dateInput = document.getElementById('meeting-date') as HTMLInputElement | null;
  if (dateInput) dateInput.value = form.date_display;
  const f = form;
  const box = document.getElementById('meeting') as HTMLElement;
  const attendanceSelect = (k: number, fine: HTMLInputElement) => {
    const s = h('select', { path: `members.${k}.attendance`, class: 'attendance' });
    for (const a of f.attendance) s.append(h('option', { value: a.code }, a.label));
    s.addEventListener('change', () => { fine.value = f.attendance.find((a) => a.code === s.value)?.fine ?? ''; });
    return s;
  };
  const grid = h('table', { id: 'grid', class: 'grid' },
    h('thead', {}, h('tr', {}, ...['ui-col-member', 'ui-col-attendance', 'ui-col-savings', 'ui-col-loan', 'ui-col-repayment', 'ui-col-fine'].map((id) => h('th', { i18n: id })))));
  const body = h('tbody');
  f.rows.forEach((r, k) => {
    const fine = h('input', { path: `members.${k}.fine`, class: 'amount', inputmode: 'decimal', value: '' });
    const loan = r.loan
      ? h('td', { class: 'loan' }, h('span', { class: 'due' }, h('span', { i18n: 'ui-due' }), ' ', r.loan.due_display),
        r.loan.overdue_display ? h('span', { class: 'overdue' }, h('span', { i18n: 'ui-overdue' }), ' ', r.loan.overdue_display) : null)
      : h('td', { class: 'loan' });
    body.append(h('tr', { 'data-member': r.member },
      h('td', { class: 'member' }, h('span', { class: 'no' }, r.member), ' ', r.name),
      h('td', {}, attendanceSelect(k, fine)),
      h('td', {}, h('input', { path: `members.${k}.savings`, class: 'amount', inputmode: 'decimal', value: r.savings })),
      loan,
      h('td', {}, h('input', { path: `members.${k}.repayment`, class: 'amount', inputmode: 'decimal', value: r.loan ? r.loan.due : '', disabled: !r.loan })),
      h('td', {}, fine)));
  });
  grid.append(body);

  const loans = h('tbody', { id: 'loans' });
  const addLoan = h('button', { id: 'add-loan', i18n: 'ui-add-loan', onclick: () => { loans.append(loanRow(loans.children.length)); schedulePreview(); } });
  const group = h('tbody', { id: 'group' });
  const addGroup = h('button', { id: 'add-group', i18n: 'ui-add-group-line', onclick: () => { group.append(groupRow(group.children.length)); schedulePreview(); } });
  const totals = h('dl', { id: 'totals' });
  for (const [key, id] of TOTALS) totals.append(h('dt', { i18n: id }), h('dd', { 'data-total': key }));
  const save = h('button', { id: 'meeting-save', class: 'primary', i18n: 'ui-save', onclick: () => void saveMeeting(save) });
  box.replaceChildren(
    grid,
    h('section', {}, h('h3', { i18n: 'ui-new-loans' }), f.loan_cap_display ? h('p', {}, h('span', { i18n: 'ui-loan-cap' }), ' ', f.loan_cap_display) : null,
      h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ...['ui-loan-member', 'ui-loan-amount', 'ui-loan-purpose', 'ui-loan-instalments', 'ui-loan-guarantors', 'ui-remove'].map((id) => h('th', { i18n: id })))), loans), addLoan),
    h('section', {}, h('h3', { i18n: 'ui-group-lines' }),
      h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ...['ui-group-kind', 'ui-group-amount', 'ui-group-note', 'ui-remove'].map((id) => h('th', { i18n: id })))), group), addGroup),
    h('section', { class: 'minutes' }, h('h3', { i18n: 'ui-minutes' }),
      h('label', {}, h('span', { i18n: 'ui-agenda' }), h('textarea', { id: 'agenda', rows: 2 })),
      h('label', {}, h('span', { i18n: 'ui-resolutions' }), h('textarea', { id: 'resolutions', rows: 2 }))),
    h('section', { class: 'close' },
      h('label', {}, h('span', { i18n: 'ui-cash-counted' }), h('input', { id: 'cash-counted', path: 'cash_counted', class: 'amount', inputmode: 'decimal' })),
      h('h3', { i18n: 'ui-totals' }), totals, h('ul', { id: 'form-errors', class: 'errors' }), save, h('div', { id: 'saved' })),
  );
  if (draft) restoreDraft(draft);
  box.addEventListener('input', schedulePreview);
  box.addEventListener('change', schedulePreview);
  box.addEventListener('keydown', enterMoves);
  schedulePreview();
}

function memberSelect(path: string, multiple: boolean): HTMLSelectElement {
  const s = h('select', { path, multiple, size: multiple ? 3 : undefined });
  for (const r of form?.rows ?? []) s.append(h('option', { value: r.member }, `${r.member} ${r.name}`));
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

/// Enter moves to the next field, as Tab does (keyboard-first entry down the grid).
function enterMoves(e: KeyboardEvent): void {
  const target = e.target as HTMLElement;
  if (e.key !== 'Enter' || target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON') return;
  e.preventDefault();
  const fields = Array.from(document.querySelectorAll<HTMLElement>('#meeting input:not([disabled]), #meeting select, #meeting textarea, #meeting button'));
  const i = fields.indexOf(target);
  fields[(i + (e.shiftKey ? -1 : 1) + fields.length) % fields.length]?.focus();
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
    minutes: { agenda: lines('agenda'), resolutions: lines('resolutions') },
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
  (d.members ?? []).forEach((m, k) => { for (const f of ['attendance', 'savings', 'repayment', 'fine'] as const) set(`members.${k}.${f}`, m[f] ?? ''); });
  (d.loans ?? []).forEach((l, k) => {
    for (const f of ['member', 'amount', 'purpose', 'instalments'] as const) set(`loans.${k}.${f}`, l[f] ?? '');
    const g = document.querySelector<HTMLSelectElement>(`[data-path="loans.${k}.guarantors"]`);
    if (g) Array.from(g.options).forEach((o) => { o.selected = (l.guarantors ?? []).includes(o.value); });
  });
  (d.group ?? []).forEach((l, k) => { for (const f of ['kind', 'amount', 'note'] as const) set(`group.${k}.${f}`, l[f] ?? ''); });
  (document.getElementById('agenda') as HTMLTextAreaElement).value = (d.minutes?.agenda ?? []).join('\n');
  (document.getElementById('resolutions') as HTMLTextAreaElement).value = (d.minutes?.resolutions ?? []).join('\n');
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
  let p: Preview;
  try {
    p = await api.call('meeting_preview', { input, locale: locale() });
  } catch (e) {
    if (seq === previewSeq) document.body.dataset.previewing = 'false';
    showError(e);
    return null;
  }
  if (seq !== previewSeq) return p; // a newer preview is on its way
  showPreview(p);
  document.body.dataset.previewing = 'false';
  return p;
}

function showPreview(p: Preview): void {
  if (!document.getElementById('form-errors')) return; // answered after the screen was left
  for (const [key] of TOTALS) {
    const dd = document.querySelector<HTMLElement>(`[data-total="${key}"]`);
    if (dd) dd.textContent = p.totals[key] ?? '';
  }
  // Not the errors of an open dialog: a preview answered after "save" opened the approval
  // dialog would otherwise take away the place where a wrong PIN is reported.
  document.querySelectorAll('.field-error:not(dialog .field-error)').forEach((e) => e.remove());
  document.querySelectorAll('.invalid').forEach((e) => e.classList.remove('invalid'));
  const list = document.getElementById('form-errors') as HTMLElement;
  list.replaceChildren();
  for (const err of p.errors) {
    const field = document.querySelector<HTMLElement>(`#meeting [data-path="${err.field_path}"]`) ?? document.querySelector<HTMLElement>(`[data-path="${err.field_path}"]`);
    const msg = h('div', { class: 'field-error', role: 'alert', 'data-for': err.field_path, 'data-code': err.code }, err.message);
    if (field) { field.classList.add('invalid'); field.after(msg); } else list.append(h('li', { 'data-code': err.code }, err.message));
  }
  if (p.errors.length > 0) list.prepend(h('li', { class: 'hint', i18n: 'ui-fix-errors' }));
}

let saving = false;
async function saveMeeting(button: HTMLButtonElement): Promise<void> {
  if (saving || !form) return; // a double click records once (and the client id guards retries)
  saving = true;
  button.disabled = true;
  button.textContent = t('ui-saving');
  const out = document.getElementById('saved') as HTMLElement;
  try {
    const p = await runPreview();
    if (p && !p.ok) return;
    const s = await api.call('meeting_record', { input: meetingInput(), locale: locale() });
    sessionStorage.removeItem(draftKey());
    out.replaceChildren(h('p', { class: 'ok' }, h('span', { i18n: s.already_recorded ? 'ui-already-recorded' : 'ui-saved' })),
      // Attendance and minutes alone make no voucher: say so rather than show an empty number.
      s.voucher ? h('p', {}, h('span', { i18n: 'ui-voucher' }), ' ', h('strong', { id: 'saved-voucher' }, s.voucher)) : h('p', { id: 'saved-no-voucher', i18n: 'ui-meeting-no-voucher' }),
      h('p', {}, h('span', { i18n: 'ui-book-code' }), ' ', h('strong', { id: 'saved-code' }, s.book_code)),
      h('p', { class: 'hint', i18n: 'ui-book-code-hint' }));
    clientId = crypto.randomUUID();
  } catch (e) {
    if (isUiError(e)) out.replaceChildren(h('p', { class: 'field-error', role: 'alert', 'data-code': (e as UiError).code }, e.message));
    else showError(e);
  } finally {
    saving = false;
    button.disabled = false;
    button.textContent = t('ui-save');
  }
}

registerScreen('meeting', { render: meetingScreen, needsOrg: true, leave: () => window.clearTimeout(previewTimer) });
