// The welfare club (issue 15): the club's rules, a death, the levies collected, the payout that
// settles the deceased's loans first, the annual fees and the benefits paid from the welfare fund.
// The registers (levies, annual fees, benefits) come formatted from the core (`report_view`).
import { type OrgSummary } from '../backend';
import { api, currentOrg, h, main, refusalIn, registerScreen, reportTable, locale } from '../app';

/// A refusal shown in the section's result line, and the box it names (the core's `field`)
/// marked, so she sees where to correct.
function failed(out: HTMLElement, e: unknown): void {
  refusalIn(out.closest('section') ?? out, out, e);
}

/// A saved answer shown in the section's result line; the marks of an earlier refusal cleared.
function succeeded(out: HTMLElement, ...shown: HTMLElement[]): void {
  out.closest('section')?.querySelectorAll('.invalid').forEach((x) => x.classList.remove('invalid'));
  out.replaceChildren(...shown);
}

/// Member numbers typed with commas or spaces between them.
const numbers = (v: string) => v.split(/[,\s]+/).filter((x) => x.length > 0);

/// A labelled box.
const field = (label: string, el: HTMLElement) => h('label', {}, h('span', { i18n: label }), el);

async function welfareScreen(): Promise<void> {
  const org = currentOrg() as OrgSummary;
  // The registers: the levies of each death, the annual fees, the benefits paid.
  const which = h('select', { id: 'welfare-register-which' },
    ...['levy-register', 'welfare-fees', 'welfare-benefits'].map((r) => h('option', { value: r, i18n: `report-${r}` })));
  const register = h('div', { id: 'welfare-register' });
  const refresh = async (name?: string) => {
    if (name) which.value = name;
    const shown = which.value;
    const r = await api.call('report_view', { params: { org: org.code, name: shown }, locale: locale() });
    if (which.value === shown) register.replaceChildren(reportTable(r));
  };
  which.onchange = () => void refresh();

  // The club's rules: a new version in force from its date (the older ones stay for the past).
  const rFrom = h('input', { id: 'rules-from', path: 'from', size: 12 });
  const rModel = h('select', { id: 'rules-model', path: 'model' },
    h('option', { value: 'per-death', i18n: 'ui-welfare-model-per-death' }),
    h('option', { value: 'annual-fee', i18n: 'ui-welfare-model-annual-fee' }));
  const amount = (id: string, path: string) => h('input', { id, path, class: 'amount', inputmode: 'decimal', size: 10 });
  const rLevy = amount('rules-levy', 'levy');
  const rFee = amount('rules-annual-fee', 'annual-fee');
  const rAdmin = amount('rules-admin-share', 'admin-share');
  const rArrears = h('input', { id: 'rules-arrears-limit', path: 'arrears-limit', inputmode: 'numeric', size: 4 });
  const rDeath = amount('rules-death', 'death-benefit');
  const rBirth = amount('rules-birth', 'birth');
  const rSick = amount('rules-sickness', 'sickness');
  const rOld = amount('rules-old-age', 'old-age');
  const rOut = h('div', { id: 'rules-result' });
  const or = (el: HTMLInputElement) => el.value.trim() || null;
  const rGo = h('button', { id: 'rules-submit', class: 'primary', i18n: 'ui-welfare-rules-submit', onclick: async () => {
    rGo.disabled = true;
    try {
      await api.call('welfare_rule_set', { input: { org: org.code, from: rFrom.value, model: rModel.value, levy: or(rLevy), annual_fee: or(rFee), admin_share: or(rAdmin),
        arrears_limit: or(rArrears), death_benefit: or(rDeath), birth: or(rBirth), sickness: or(rSick), old_age: or(rOld) }, locale: locale() });
      succeeded(rOut, h('p', { class: 'ok', id: 'rules-saved', i18n: 'ui-welfare-rules-saved' }));
    } catch (e) { failed(rOut, e); } finally { rGo.disabled = false; }
  } });

  // Annual fees (the annual-fee model): who paid today; once a year each.
  const fDate = h('input', { id: 'fee-date', path: 'date', size: 12 });
  const fMembers = h('input', { id: 'fee-members', path: 'members', size: 40 });
  const fOut = h('div', { id: 'fee-result' });
  const fGo = h('button', { id: 'fee-submit', class: 'primary', i18n: 'ui-welfare-fee-submit', onclick: async () => {
    fGo.disabled = true;
    try {
      const s = await api.call('welfare_fee', { input: { org: org.code, date: fDate.value, members: numbers(fMembers.value), client_id: crypto.randomUUID() }, locale: locale() });
      succeeded(fOut, h('p', { class: 'ok' }, h('span', { i18n: 'ui-welfare-fee-done' }), ' ', h('strong', { id: 'fee-voucher' }, s.voucher)));
      await refresh('welfare-fees');
    } catch (e) { failed(fOut, e); } finally { fGo.disabled = false; }
  } });

  // A benefit paid from the welfare fund (birth, sickness, old age, death), as the rules set it.
  const bMember = h('input', { id: 'benefit-member', path: 'member', size: 8 });
  const bKind = h('select', { id: 'benefit-kind', path: 'kind' },
    ...['birth', 'sickness', 'old-age', 'death'].map((k) => h('option', { value: k, i18n: `ui-welfare-kind-${k}` })));
  const bDate = h('input', { id: 'benefit-date', path: 'date', size: 12 });
  const bOut = h('div', { id: 'benefit-result' });
  const bGo = h('button', { id: 'benefit-submit', class: 'primary', i18n: 'ui-welfare-benefit-submit', onclick: async () => {
    bGo.disabled = true;
    try {
      const s = await api.call('welfare_benefit', { input: { org: org.code, member: bMember.value, kind: bKind.value, date: bDate.value, client_id: crypto.randomUUID() }, locale: locale() });
      succeeded(bOut, h('p', { class: 'ok' }, h('span', { i18n: 'ui-welfare-benefit-done' }), ' ', h('strong', { id: 'benefit-voucher' }, s.voucher)));
      await refresh('welfare-benefits');
    } catch (e) { failed(bOut, e); } finally { bGo.disabled = false; }
  } });

  // A death: member, date, nominee.
  const dMember = h('input', { id: 'death-member', path: 'member', size: 8 });
  const dDate = h('input', { id: 'death-date', path: 'date', size: 12 });
  const dNominee = h('input', { id: 'death-nominee', path: 'nominee', size: 30 });
  const dOut = h('div', { id: 'death-result' });
  const dGo = h('button', { id: 'death-submit', class: 'primary', i18n: 'ui-welfare-death-submit', onclick: async () => {
    dGo.disabled = true;
    try {
      const r = await api.call('welfare_death', { input: { org: org.code, member: dMember.value, date: dDate.value, nominee: dNominee.value || null, client_id: crypto.randomUUID() }, locale: locale() });
      succeeded(dOut, h('p', { class: 'ok' }, h('span', { i18n: 'ui-welfare-death-done' }), ' ', h('strong', { id: 'death-owing' }, String(r.owing))));
      await refresh('levy-register');
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
      const s = await api.call('welfare_collect', { input: { org: org.code, deceased: cDeceased.value, date: cDate.value, members: numbers(cMembers.value), all_owing: cAll.checked, client_id: crypto.randomUUID() }, locale: locale() });
      succeeded(cOut, h('p', { class: 'ok' }, h('span', { i18n: 'ui-welfare-collect-done' }), ' ', h('strong', { id: 'collect-voucher' }, s.voucher)));
      await refresh('levy-register');
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
      succeeded(pOut, h('p', { class: 'ok' }, h('span', { i18n: 'ui-welfare-payout-done' }), ' ', h('strong', { id: 'payout-voucher' }, p.saved.voucher)),
        h('ul', { id: 'payout-steps' },
          h('li', {}, h('span', { i18n: 'ui-welfare-collected' }), ' ', p.collected),
          h('li', {}, h('span', { i18n: 'ui-welfare-admin' }), ' ', p.admin),
          ...p.settled.map((x) => h('li', { class: 'settled' }, `${x.fund} ${x.loan}: ${x.interest} + ${x.principal} (${x.fund_voucher ?? x.slip})`)),
          h('li', {}, h('span', { i18n: 'ui-welfare-family' }), ' ', h('strong', { id: 'payout-family' }, p.to_family))));
      await refresh('levy-register');
    } catch (e) { failed(pOut, e); } finally { pGo.disabled = false; }
  } });

  main().append(
    h('section', { id: 'welfare-rules' }, h('h2', { i18n: 'ui-welfare-rules-title' }), h('p', { class: 'hint', i18n: 'ui-welfare-rules-hint' }),
      field('ui-welfare-rules-from', rFrom), field('ui-welfare-model', rModel), field('ui-welfare-levy', rLevy), field('ui-welfare-annual-fee', rFee),
      field('ui-welfare-admin-share', rAdmin), field('ui-welfare-arrears-limit', rArrears), field('ui-welfare-rules-death', rDeath), field('ui-welfare-rules-birth', rBirth),
      field('ui-welfare-rules-sickness', rSick), field('ui-welfare-rules-old-age', rOld), rGo, rOut),
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
    h('section', { id: 'welfare-fee' }, h('h2', { i18n: 'ui-welfare-fee-title' }),
      field('ui-welfare-date', fDate), field('ui-welfare-fee-payers', fMembers), fGo, fOut),
    h('section', { id: 'welfare-benefit' }, h('h2', { i18n: 'ui-welfare-benefit-title' }),
      field('ui-welfare-member', bMember), field('ui-welfare-kind', bKind), field('ui-welfare-date', bDate), bGo, bOut),
    h('section', { id: 'welfare-registers' }, h('h2', { i18n: 'ui-welfare-registers-title' }), field('ui-welfare-register', which), register));
  await refresh();
}

registerScreen('welfare', { render: welfareScreen, needsOrg: true });
