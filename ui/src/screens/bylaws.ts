// By-laws on the Settings screen: every dated version (newest first, the one in force marked)
// and a form to start a new version from a date. The core checks the form field by field as it is
// typed (`policy_preview`, nothing saved) and saves it as a new version (`policy_set`); when
// people are enrolled the core asks for a second person's approval, which `session.ts` handles.
import { t } from '../i18n';
import { api, currentOrg, h, locale, main, notice, screenSeq, showing } from '../app';
import { isUiError, type Choice, type FieldError, type PolicyInput, type PolicyRow, type PolicyView } from '../backend';

const COLUMNS: [keyof PolicyRow, string][] = [
  ['effective_display', 'ui-bylaws-from'], ['saving_display', 'ui-setup-saving'], ['interest_display', 'ui-setup-rate'],
  ['method_label', 'ui-setup-method'], ['instalments_display', 'ui-bylaws-instalments'], ['fine_absent_display', 'ui-setup-fine-absent'],
  ['fine_late_display', 'ui-setup-fine-late'], ['loan_cap_display', 'ui-loan-cap'], ['guarantors_display', 'ui-setup-guarantors'],
  ['threshold_display', 'ui-bylaws-threshold'],
];

/// A by-law the form shows: a text field of `PolicyInput` (what the screen edits as typed).
type Field = Exclude<keyof PolicyInput, 'org' | 'client_id' | 'allow_prepayment'>;
type Input = HTMLInputElement | HTMLSelectElement;

function history(v: PolicyView): HTMLElement {
  return h('table', { id: 'bylaw-history', class: 'register' },
    h('thead', {}, h('tr', {}, ...COLUMNS.map(([, k]) => h('th', { i18n: k })), h('th'))),
    h('tbody', {}, ...v.versions.map((r) => h('tr', { 'data-from': r.effective_from, class: r.in_force ? 'in-force' : '' },
      ...COLUMNS.map(([c]) => h('td', {}, String(r[c]))), h('td', {}, r.in_force ? h('strong', { i18n: 'ui-bylaws-in-force' }) : '')))));
}

export async function bylawsSection(): Promise<void> {
  const org = currentOrg();
  if (!org) return;
  const seq = screenSeq();
  const v = await api.call('policy_view', { org: org.code, locale: locale() });
  if (seq !== screenSeq() || !showing('settings')) return; // the reader has moved on
  const inputs = new Map<Field, Input>();
  // The core names a refused field by its path: any string, looked up among the fields.
  const byPath: ReadonlyMap<string, Input> = inputs;
  const field = (path: Field, labelKey: string, el?: Input): HTMLElement => {
    const input = el ?? h('input', { inputmode: 'decimal', autocomplete: 'off' });
    input.id = `bylaw-${path}`;
    input.dataset.path = path;
    input.value = v.current[path] ?? '';
    if (path === 'effective_from') input.value = v.today_display;
    inputs.set(path, input);
    return h('label', {}, h('span', { i18n: labelKey }), input);
  };
  const select = (choices: Choice[]) => h('select', {}, ...choices.map((c) => h('option', { value: c.code }, c.label)));
  const form = h('div', { id: 'bylaw-form', class: 'grid-form' },
    field('effective_from', 'ui-bylaws-from', h('input', { size: 12 })),
    field('saving_per_meeting', 'ui-setup-saving'), field('interest_rate', 'ui-setup-rate'),
    field('rate_period', 'ui-setup-rate-period', select(v.rate_periods)), field('interest_method', 'ui-setup-method', select(v.methods)),
    field('default_instalments', 'ui-bylaws-instalments'), field('fine_absent', 'ui-setup-fine-absent'), field('fine_late', 'ui-setup-fine-late'),
    field('loan_cap', 'ui-setup-loan-cap'), field('guarantors_required', 'ui-setup-guarantors'), field('approval_threshold', 'ui-bylaws-threshold-blank'));
  const input = (): PolicyInput => {
    const out: PolicyInput = { org: v.org, client_id: null, effective_from: '' };
    for (const [k, el] of inputs) out[k] = el.value;
    return out;
  };
  const showErrors = (errors: FieldError[]) => {
    form.querySelectorAll('.field-error').forEach((e) => e.remove());
    for (const err of errors) {
      const target = byPath.get(err.field_path) ?? form;
      target.after(h('div', { class: 'field-error', role: 'alert', 'data-for': err.field_path, 'data-code': err.code }, err.message));
    }
  };
  const check = async (): Promise<boolean> => {
    const p = await api.call('policy_preview', { input: input(), locale: locale() });
    showErrors(p.errors);
    return p.ok;
  };
  let timer = 0;
  form.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(() => void check(), 300); });
  const out = h('div', { id: 'bylaw-out' });
  const save = h('button', { id: 'bylaw-save', class: 'primary', i18n: 'ui-bylaws-save', onclick: async () => {
    save.disabled = true;
    try {
      if (!(await check())) return;
      await api.call('policy_set', { input: { ...input(), client_id: crypto.randomUUID() }, locale: locale() });
      document.getElementById('bylaws')?.remove();
      await bylawsSection();
      notice(t('ui-bylaws-saved'));
    } catch (e) {
      out.replaceChildren(h('p', { class: 'field-error', role: 'alert', 'data-code': isUiError(e) ? e.code : '' }, isUiError(e) ? e.message : String(e)));
    } finally { save.disabled = false; }
  } });
  main().append(h('section', { id: 'bylaws' }, h('h2', { i18n: 'ui-bylaws-title' }), h('p', { class: 'hint', i18n: 'ui-bylaws-hint' }),
    h('h3', { i18n: 'ui-bylaws-history' }), history(v),
    h('h3', { i18n: 'ui-bylaws-new' }), h('p', { class: 'hint', i18n: v.needs_approval ? 'ui-bylaws-needs-approval' : 'ui-bylaws-new-hint' }),
    form, save, out));
}
