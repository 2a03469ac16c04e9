// (f) The setup wizard for a new organisation: kind, country, language and meetings; by-laws;
// members typed in or imported from a CSV file (with the core's report of rejected rows);
// opening balances from the paper books. Nothing is saved until the last step; then the core's
// `setup_record` writes everything in one transaction. Every Next asks the core to check what was
// typed so far (`setup_preview`, a dry run) and shows its errors beside their fields.
import { t } from '../i18n';
import { api, go, h, notice, registerScreen, showError, state, locale, surface } from '../app';
import type { Choice, CountryChoice, FieldError, SetupForm, SetupInput } from '../backend';

// The element an error is shown in: the field's label or its grid cell (a CSS selector).
const CELL = ['label', 'td'].join(',');
const STEPS = ['ui-setup-step-org', 'ui-setup-step-bylaws', 'ui-setup-step-members', 'ui-setup-step-opening', 'ui-setup-step-finish'];
type Member = { admission_no: string; name: string; role: string; joined_on: string };
type Opening = { savings: string; loan: string; instalments: string };

let form: SetupForm | null = null;
let step = 0;
let clientId = '';
const values: Record<string, string> = {};
let members: Member[] = [];
let opening: Record<string, Opening> = {};

function country(): CountryChoice | undefined {
  return form?.countries.find((c) => c.code === values['org.country']);
}

/// The wizard's input so far, as the core's `SetupInput` takes it.
function input(upTo: number): SetupInput {
  const v = (k: string) => values[k] ?? '';
  const opt = (k: string) => (v(k).trim() === '' ? null : v(k));
  const c = country();
  const body: SetupInput = {
    org: { code: v('org.code'), name: v('org.name'), kind: v('org.kind'), country: v('org.country'), lang: opt('org.lang'), meeting_frequency: v('org.meeting_frequency'), formed_on: v('org.formed_on'), place: v('org.place') },
    policy: upTo >= 1 ? {
      org: '', effective_from: '', saving_per_meeting: opt('policy.saving_per_meeting'), interest_rate: opt('policy.interest_rate'), rate_period: opt('policy.rate_period'),
      interest_method: opt('policy.interest_method'), fine_absent: opt('policy.fine_absent'), fine_late: opt('policy.fine_late'),
      loan_cap: v('policy.loan_cap').trim() === '' ? 'none' : v('policy.loan_cap'), guarantors_required: opt('policy.guarantors_required'),
    } : { org: '', effective_from: '' },
    members: upTo >= 2 ? members.map((m) => ({ org: '', admission_no: m.admission_no, name: m.name, role: m.role || null, joined_on: m.joined_on || v('org.formed_on') })) : [],
    opening: null,
    client_id: clientId,
  };
  if (upTo >= 3 && v('opening.date').trim() !== '') {
    const savings = members.filter((m) => (opening[m.admission_no]?.savings ?? '').trim() !== '').map((m) => ({ member: m.admission_no, savings: opening[m.admission_no].savings }));
    const loans = members.filter((m) => (opening[m.admission_no]?.loan ?? '').trim() !== '').map((m) => ({
      member: m.admission_no, outstanding: opening[m.admission_no].loan, rate: v('policy.interest_rate') || c?.policy.interest_rate || '0',
      rate_period: v('policy.rate_period') || c?.policy.rate_period || 'month', method: v('policy.interest_method') || c?.policy.interest_method || 'flat',
      frequency: c?.policy.repayment_frequency ?? 'monthly', instalments: opening[m.admission_no].instalments || c?.policy.default_instalments || '1', purpose: '',
    }));
    body.opening = { org: '', date: v('opening.date'), cash: opt('opening.cash'), bank: opt('opening.bank'), savings, loans };
  }
  return body;
}

function field(path: string, labelId: string, el?: HTMLInputElement | HTMLSelectElement): HTMLElement {
  const input = el ?? h('input', { path, value: values[path] ?? '' });
  input.dataset.path = path;
  if (!el) input.addEventListener('input', () => { values[path] = input.value; });
  else { input.value = values[path] ?? input.value; values[path] = input.value; input.addEventListener('change', () => { values[path] = input.value; if (path === 'org.country') applyCountry(country()); void render(); }); }
  return h('label', {}, h('span', { i18n: labelId }), input);
}

function select(choices: Choice[]): HTMLSelectElement {
  const s = h('select');
  for (const c of choices) s.append(h('option', { value: c.code }, c.label));
  return s;
}

function showErrors(errors: FieldError[]): void {
  document.querySelectorAll('#setup .field-error').forEach((e) => e.remove());
  const list = document.getElementById('setup-errors') as HTMLElement;
  list.replaceChildren();
  for (const err of errors) {
    const msg = h('div', { class: 'field-error', role: 'alert', 'data-for': err.field_path, 'data-code': err.code }, err.message);
    const target = document.querySelector(`#setup [data-path="${err.field_path}"]`);
    if (target) target.closest(CELL)?.append(msg); else list.append(h('li', {}, msg));
  }
}

/// Which step a field path belongs to: errors of later steps do not hold back an earlier one.
function stepOf(path: string): number {
  if (path.startsWith('org')) return 0;
  if (path.startsWith('policy')) return 1;
  if (path.startsWith('members')) return 2;
  return 3;
}

async function check(): Promise<boolean> {
  const p = await api.call('setup_preview', { input: input(step), locale: locale() });
  const mine = p.errors.filter((e) => stepOf(e.field_path) <= step);
  showErrors(mine);
  return mine.length === 0;
}

function orgStep(f: SetupForm): HTMLElement {
  const c = country();
  return h('div', {},
    field('org.kind', 'ui-setup-kind', select(f.kinds)),
    field('org.country', 'ui-setup-country', select(f.countries.map((x) => ({ code: x.code, label: x.label, fine: '', fine_display: '' })))),
    h('p', { id: 'setup-country-facts' }, h('span', { i18n: 'ui-setup-currency' }), ' ', c?.currency_display ?? '', ' · ', h('span', { i18n: 'ui-setup-fiscal-year' }), ' ', c?.fiscal_year_display ?? ''),
    field('org.lang', 'ui-language', select(f.langs)),
    field('org.meeting_frequency', 'ui-setup-frequency', select(f.frequencies)),
    field('org.name', 'ui-setup-name'), field('org.code', 'ui-setup-code'), field('org.place', 'ui-setup-place'),
    field('org.formed_on', 'ui-setup-formed-on'));
}

function bylawsStep(f: SetupForm): HTMLElement {
  return h('div', {},
    field('policy.saving_per_meeting', 'ui-setup-saving'),
    field('policy.interest_method', 'ui-setup-method', select(f.methods)),
    field('policy.interest_rate', 'ui-setup-rate'),
    field('policy.rate_period', 'ui-setup-rate-period', select(f.rate_periods)),
    field('policy.fine_absent', 'ui-setup-fine-absent'), field('policy.fine_late', 'ui-setup-fine-late'),
    field('policy.loan_cap', 'ui-setup-loan-cap'), field('policy.guarantors_required', 'ui-setup-guarantors'));
}

function membersStep(f: SetupForm): HTMLElement {
  const body = h('tbody', { id: 'setup-members' });
  members.forEach((m, k) => {
    const cell = (key: keyof Member) => {
      const i = h('input', { path: `members.${k}.${key}`, value: m[key] });
      i.addEventListener('input', () => { m[key] = i.value; });
      return h('td', {}, i);
    };
    const role = select(f.roles);
    role.dataset.path = `members.${k}.role`;
    role.value = m.role || 'member';
    role.addEventListener('change', () => { m.role = role.value; });
    body.append(h('tr', {}, cell('admission_no'), cell('name'), h('td', {}, role), cell('joined_on'),
      h('td', {}, h('button', { i18n: 'ui-remove', onclick: () => { members.splice(k, 1); void render(); } }))));
  });
  const add = h('button', { id: 'setup-add-member', i18n: 'ui-setup-add-member', onclick: () => { members.push({ admission_no: String(members.length + 1), name: '', role: 'member', joined_on: '' }); void render(); } });
  const file = h('input', { id: 'setup-csv', type: 'file', accept: '.csv,text/csv,text/plain' });
  const report = h('div', { id: 'setup-csv-report' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    try {
      const view = await api.call('members_csv_parse', { text: await chosen.text(), locale: locale() });
      const take = h('button', { id: 'setup-csv-take', class: 'primary', i18n: 'ui-setup-csv-take', disabled: view.accepted.length === 0, onclick: () => {
        for (const a of view.accepted) members.push({ admission_no: a.admission_no, name: a.name, role: a.role, joined_on: a.joined_on });
        void render();
      } });
      const rejected = h('table', { class: 'register', id: 'setup-csv-rejected' },
        h('thead', {}, h('tr', {}, ...['ui-setup-csv-line', 'ui-setup-csv-column', 'ui-setup-csv-problem'].map((id) => h('th', { i18n: id })))),
        h('tbody', {}, ...view.rejected.flatMap((r) => r.problems.map((p) => h('tr', { 'data-line': String(r.line) }, h('td', {}, r.line_display), h('td', {}, p.column_label), h('td', {}, p.message))))));
      const accepted = h('table', { class: 'register', id: 'setup-csv-accepted' },
        h('thead', {}, h('tr', {}, ...['ui-setup-csv-line', 'ui-setup-member-no', 'ui-setup-member-name', 'ui-setup-member-role', 'ui-setup-member-joined'].map((id) => h('th', { i18n: id })))),
        h('tbody', {}, ...view.accepted.map((a) => h('tr', {}, h('td', {}, a.line_display), h('td', {}, a.admission_no), h('td', {}, a.name), h('td', {}, a.role_label), h('td', {}, a.joined_on)))));
      report.replaceChildren(h('p', { id: 'setup-csv-summary' }, view.summary), view.rejected.length ? rejected : '', accepted, take);
    } catch (e) { showError(e); }
  });
  return h('div', {},
    h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ...['ui-setup-member-no', 'ui-setup-member-name', 'ui-setup-member-role', 'ui-setup-member-joined', 'ui-remove'].map((id) => h('th', { i18n: id })))), body),
    add, h('h3', { i18n: 'ui-setup-csv' }), h('p', { i18n: 'ui-setup-csv-help' }), file, report);
}

function openingStep(): HTMLElement {
  const body = h('tbody', { id: 'setup-opening' });
  members.forEach((m, k) => {
    const o = (opening[m.admission_no] ??= { savings: '', loan: '', instalments: '' });
    const cell = (key: keyof Opening, path: string) => {
      const i = h('input', { path, class: 'amount', value: o[key] });
      i.addEventListener('input', () => { o[key] = i.value; });
      return h('td', {}, i);
    };
    body.append(h('tr', { 'data-member': m.admission_no }, h('td', {}, m.admission_no, ' ', m.name),
      cell('savings', `opening.savings.${k}.savings`), cell('loan', `opening.loans.${k}.outstanding`), cell('instalments', `opening.loans.${k}.instalments`)));
  });
  return h('div', {}, h('p', { i18n: 'ui-setup-opening-help' }),
    field('opening.date', 'ui-setup-cutoff'), field('opening.cash', 'ui-setup-cash'), field('opening.bank', 'ui-setup-bank'),
    h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ...['ui-setup-member-name', 'ui-setup-opening-savings', 'ui-setup-opening-loan', 'ui-setup-opening-instalments'].map((id) => h('th', { i18n: id })))), body));
}

function finishStep(f: SetupForm): HTMLElement {
  const c = country();
  const row = (id: string, value: string) => h('tr', {}, h('th', { i18n: id }), h('td', {}, value));
  const label = (list: Choice[], code: string) => list.find((x) => x.code === code)?.label ?? code;
  return h('table', { class: 'register', id: 'setup-summary' }, h('tbody', {},
    row('ui-setup-name', values['org.name'] ?? ''), row('ui-setup-kind', label(f.kinds, values['org.kind'])), row('ui-setup-country', c?.label ?? ''),
    row('ui-setup-currency', c?.currency_display ?? ''), row('ui-setup-fiscal-year', c?.fiscal_year_display ?? ''),
    row('ui-setup-frequency', label(f.frequencies, values['org.meeting_frequency'])), row('ui-setup-step-members', members.map((m) => `${m.admission_no} ${m.name}`).join(', '))));
}

async function render(): Promise<void> {
  const f = form as SetupForm;
  const box = document.getElementById('setup') as HTMLElement;
  if (!box) return;
  const parts = [orgStep, bylawsStep, membersStep, () => openingStep(), finishStep];
  const back = h('button', { id: 'setup-back', i18n: 'ui-back', disabled: step === 0, onclick: () => { step -= 1; void render(); } });
  const next = step < STEPS.length - 1
    ? h('button', { id: 'setup-next', class: 'primary', i18n: 'ui-next', onclick: async () => {
      try { if (await check()) { step += 1; await render(); } } catch (e) { showError(e); }
    } })
    : h('button', { id: 'setup-save', class: 'primary', i18n: 'ui-setup-save', onclick: () => void save() });
  box.replaceChildren(
    h('ol', { class: 'steps' }, ...STEPS.map((id, k) => h('li', { i18n: id, class: k === step ? 'active' : '' }))),
    h('section', { 'data-step': String(step) }, h('h2', { i18n: STEPS[step] }), parts[step](f)),
    h('ul', { id: 'setup-errors', class: 'errors' }), h('div', { class: 'bar' }, back, next));
}

async function save(): Promise<void> {
  try {
    const p = await api.call('setup_preview', { input: input(3), locale: locale() });
    if (!p.ok) { showErrors(p.errors); return; }
    const saved = await api.call('setup_record', { input: input(3), locale: locale() });
    state.overview = await api.call('book_overview', { locale: locale() });
    state.org = saved.org;
    sessionStorage.setItem('samuh.org', saved.org);
    form = null;
    await go('home');
    notice(t('ui-setup-saved'));
  } catch (e) { showError(e); }
}

async function setupScreen(): Promise<void> {
  const root = surface();
  if (!form) {
    form = await api.call('setup_form', { locale: locale() });
    step = 0;
    clientId = crypto.randomUUID();
    members = [];
    opening = {};
    for (const k of Object.keys(values)) delete values[k];
    // The country of the reader's language first (Thai → Thailand, THB, its by-laws), else the first.
    const c = form.countries.find((x) => x.lang === state.lang) ?? form.countries[0];
    values['org.formed_on'] = form.today_display;
    values['opening.date'] = form.today_display;
    applyCountry(c);
  }
  root().append(h('div', { id: 'setup' }));
  await render();
}

/// The by-law defaults of a country, as plain values the reader can change.
function applyCountry(c: CountryChoice | undefined): void {
  if (!c) return;
  values['org.country'] = c.code;
  values['org.lang'] = c.lang;
  for (const [k, v] of Object.entries(c.policy)) values[`policy.${k}`] = v;
}

registerScreen('setup', { render: setupScreen, leave: () => { if (step === 0) form = null; } });
