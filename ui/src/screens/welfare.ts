// The welfare club (issue 15): record a death, the levies collected, and the payout that settles
// the deceased's loans first; the levy register comes formatted from the core (`report_view`).
import { isUiError, type OrgSummary } from '../backend';
import { api, currentOrg, h, main, registerScreen, reportTable, locale } from '../app';

function failed(out: HTMLElement, e: unknown): void {
  out.replaceChildren(h('p', { class: 'field-error', role: 'alert', 'data-code': isUiError(e) ? e.code : '' }, isUiError(e) ? e.message : String(e)));
}

async function welfareScreen(): Promise<void> {
  const org = currentOrg() as OrgSummary;
  const register = h('div', { id: 'levy-register' });
  const refresh = async () => {
    register.replaceChildren(reportTable(await api.call('report_view', { params: { org: org.code, name: 'levy-register' }, locale: locale() })));
  };

  // A death: member, date, nominee.
  const dMember = h('input', { id: 'death-member', path: 'member', size: 8 });
  const dDate = h('input', { id: 'death-date', path: 'date', size: 12 });
  const dNominee = h('input', { id: 'death-nominee', path: 'nominee', size: 30 });
  const dOut = h('div', { id: 'death-result' });
  const dGo = h('button', { id: 'death-submit', class: 'primary', i18n: 'ui-welfare-death-submit', onclick: async () => {
    dGo.disabled = true;
    try {
      const r = await api.call('welfare_death', { input: { org: org.code, member: dMember.value, date: dDate.value, nominee: dNominee.value || null, client_id: crypto.randomUUID() }, locale: locale() });
      dOut.replaceChildren(h('p', { class: 'ok' }, h('span', { i18n: 'ui-welfare-death-done' }), ' ', h('strong', { id: 'death-owing' }, String(r.owing))));
      await refresh();
    } catch (e) { failed(dOut, e); } finally { dGo.disabled = false; }
  } });

  // Levies collected: the deceased, the date, who paid (or every member who still owes).
  const cDeceased = h('input', { id: 'collect-deceased', path: 'deceased', size: 8 });
  const cDate = h('input', { id: 'collect-date', path: 'date', size: 12 });
  const cMembers = h('input', { id: 'collect-members', path: 'members', size: 40 });
  const cAll = h('input', { id: 'collect-all', type: 'checkbox' });
  const cOut = h('div', { id: 'collect-result' });
  const cGo = h('button', { id: 'collect-submit', class: 'primary', i18n: 'ui-welfare-collect-submit', onclick: async () => {
    cGo.disabled = true;
    try {
      const members = cMembers.value.split(/[,\s]+/).filter((x) => x.length > 0);
      const s = await api.call('welfare_collect', { input: { org: org.code, deceased: cDeceased.value, date: cDate.value, members, all_owing: cAll.checked, client_id: crypto.randomUUID() }, locale: locale() });
      cOut.replaceChildren(h('p', { class: 'ok' }, h('span', { i18n: 'ui-welfare-collect-done' }), ' ', h('strong', { id: 'collect-voucher' }, s.voucher)));
      await refresh();
    } catch (e) { failed(cOut, e); } finally { cGo.disabled = false; }
  } });

  // The payout: the deceased, the date, and the loan to settle first (a fund of this book and
  // its loan number; the core computes what is owed to the date).
  const pDeceased = h('input', { id: 'payout-deceased', path: 'deceased', size: 8 });
  const pDate = h('input', { id: 'payout-date', path: 'date', size: 12 });
  const pFund = h('input', { id: 'payout-fund', path: 'fund', size: 14 });
  const pLoan = h('input', { id: 'payout-loan', path: 'loan', size: 6 });
  const pOut = h('div', { id: 'payout-result' });
  const pGo = h('button', { id: 'payout-submit', class: 'primary', i18n: 'ui-welfare-payout-submit', onclick: async () => {
    pGo.disabled = true;
    try {
      const loans = pFund.value.trim() && pLoan.value.trim() ? [{ fund: pFund.value, loan: pLoan.value, principal: null, interest: null }] : [];
      const p = await api.call('welfare_payout', { input: { org: org.code, deceased: pDeceased.value, date: pDate.value, loans, client_id: crypto.randomUUID() }, locale: locale() });
      pOut.replaceChildren(h('p', { class: 'ok' }, h('span', { i18n: 'ui-welfare-payout-done' }), ' ', h('strong', { id: 'payout-voucher' }, p.saved.voucher)),
        h('ul', { id: 'payout-steps' },
          h('li', {}, h('span', { i18n: 'ui-welfare-collected' }), ' ', p.collected),
          h('li', {}, h('span', { i18n: 'ui-welfare-admin' }), ' ', p.admin),
          ...p.settled.map((x) => h('li', { class: 'settled' }, `${x.fund} ${x.loan}: ${x.interest} + ${x.principal} (${x.fund_voucher ?? x.slip})`)),
          h('li', {}, h('span', { i18n: 'ui-welfare-family' }), ' ', h('strong', { id: 'payout-family' }, p.to_family))));
      await refresh();
    } catch (e) { failed(pOut, e); } finally { pGo.disabled = false; }
  } });

  main().append(
    h('section', { id: 'welfare-death' }, h('h2', { i18n: 'ui-welfare-death-title' }),
      h('label', {}, h('span', { i18n: 'ui-welfare-member' }), dMember),
      h('label', {}, h('span', { i18n: 'ui-welfare-date' }), dDate),
      h('label', {}, h('span', { i18n: 'ui-welfare-nominee' }), dNominee), dGo, dOut),
    h('section', { id: 'welfare-collect' }, h('h2', { i18n: 'ui-welfare-collect-title' }),
      h('label', {}, h('span', { i18n: 'ui-welfare-deceased' }), cDeceased),
      h('label', {}, h('span', { i18n: 'ui-welfare-date' }), cDate),
      h('label', {}, h('span', { i18n: 'ui-welfare-payers' }), cMembers),
      h('label', {}, cAll, h('span', { i18n: 'ui-welfare-all-owing' })), cGo, cOut),
    h('section', { id: 'welfare-payout' }, h('h2', { i18n: 'ui-welfare-payout-title' }), h('p', { class: 'hint', i18n: 'ui-welfare-payout-hint' }),
      h('label', {}, h('span', { i18n: 'ui-welfare-deceased' }), pDeceased),
      h('label', {}, h('span', { i18n: 'ui-welfare-date' }), pDate),
      h('label', {}, h('span', { i18n: 'ui-welfare-fund' }), pFund),
      h('label', {}, h('span', { i18n: 'ui-welfare-loan' }), pLoan), pGo, pOut),
    h('section', {}, h('h2', { i18n: 'report-levy-register' }), register));
  await refresh();
}

registerScreen('welfare', { render: welfareScreen, needsOrg: true });
