import { t } from '../i18n';
import type { OrgSummary } from '../backend';
import { api, currentOrg, h, notice, registerScreen, reportTable, showError, locale, state, surface } from '../app';

const REGISTERS = ['cash-book', 'bank-book', 'savings-register', 'loan-register', 'attendance', 'passbook', 'minutes'];

// (c) Registers, from `report_view`; one loan's statement (schedule, repayments, arrears) from
// `loan_view`. Period dates are typed as the reader writes them (any digits); the core parses.
async function registersScreen(): Promise<void> {
  const root = surface();
  const org = currentOrg() as OrgSummary;
  const which = h('select', { id: 'register' });
  // The passbook's title names a member; the picker shows its plain name.
  for (const r of REGISTERS) which.append(h('option', { value: r }, t(r === 'passbook' ? 'report-passbook-name' : `report-${r}`)));
  which.append(h('option', { value: 'loan' }, t('ui-register-loan')));
  which.value = sessionStorage.getItem('samuh.register') ?? 'cash-book';
  const member = h('select', { id: 'register-member' });
  org.members.forEach(([no], k) => member.append(h('option', { value: no }, org.member_labels[k])));
  const loan = h('select', { id: 'register-loan' });
  for (const l of await api.call('loan_list', { org: org.code, locale: locale() })) loan.append(h('option', { value: String(l.number) }, l.label));
  const from = h('input', { id: 'register-from', size: 12 });
  const to = h('input', { id: 'register-to', size: 12 });
  const out = h('div', { id: 'report' });
  // The register shown on arrival may answer after one picked meanwhile: the later request wins.
  let showing = 0;
  const show = async () => {
    const mine = ++showing;
    sessionStorage.setItem('samuh.register', which.value);
    member.parentElement!.hidden = which.value !== 'passbook';
    loan.parentElement!.hidden = which.value !== 'loan';
    from.parentElement!.hidden = which.value === 'loan';
    try {
      // An empty `to` is left out (the command's type has no null); the core then takes today.
      const r = which.value === 'loan'
        ? await api.call('loan_view', { org: org.code, loan: loan.value, to: to.value || undefined, locale: locale() })
        : await api.call('report_view', { params: { org: org.code, name: which.value, member: which.value === 'passbook' ? member.value : null, from: from.value || null, to: to.value || null }, locale: locale() });
      if (mine !== showing) return;
      out.replaceChildren(reportTable(r));
      notice('');
    } catch (e) { if (mine === showing) showError(e); }
  };
  which.addEventListener('change', show);
  member.addEventListener('change', show);
  loan.addEventListener('change', show);
  root().append(h('section', { class: 'bar' },
    h('label', {}, h('span', { i18n: 'ui-register' }), which),
    h('label', {}, h('span', { i18n: 'ui-col-member' }), member),
    h('label', {}, h('span', { i18n: 'ui-loan' }), loan),
    h('label', {}, h('span', { i18n: 'ui-from' }), from),
    h('label', {}, h('span', { i18n: 'ui-to' }), to),
    h('button', { id: 'register-show', i18n: 'ui-show', onclick: show })), out, householdBox(org));
  await show();
}

// A member's household number (issue 16, the fund centre): the number the village uses for the
// household, sent with the bundles so the fund centre sees one household's debts in all funds.
function householdBox(org: OrgSummary): HTMLElement {
  const member = h('select', { id: 'household-member' });
  org.members.forEach(([no], k) => member.append(h('option', { value: no }, org.member_labels[k])));
  const key = h('input', { id: 'household-key', size: 16 });
  const date = h('input', { id: 'household-date', size: 12, value: state.overview?.today_display ?? '' });
  const out = h('div', { id: 'household-result' });
  const save = h('button', { id: 'household-save', i18n: 'ui-household-save', onclick: async () => {
    save.disabled = true;
    out.replaceChildren();
    try {
      await api.call('household_set', { input: { org: org.code, member: member.value, household: key.value, date: date.value, clear: false, client_id: crypto.randomUUID() }, locale: locale() });
      out.replaceChildren(h('p', { class: 'ok', id: 'household-done', role: 'status' }, t('ui-household-saved')));
    } catch (e) { showError(e); } finally { save.disabled = false; }
  } });
  return h('section', { id: 'household-section' }, h('h2', { i18n: 'ui-household-title' }),
    h('p', { class: 'hint', i18n: 'ui-household-hint' }),
    h('label', {}, h('span', { i18n: 'ui-col-member' }), member),
    h('label', {}, h('span', { i18n: 'ui-household-key' }), key),
    h('label', {}, h('span', { i18n: 'ui-household-recorded-on' }), date),
    save, out);
}

registerScreen('registers', { render: registersScreen, needsOrg: true });
