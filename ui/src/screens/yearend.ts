// Year-end (issue 14): every fiscal year of the organisation with its state. An ended year is
// previewed (the statements' result, the appropriation, each member's dividend explained) and
// closed; a closed year shows its closing vouchers, may be reopened with a reason, and gives each
// member's slip (shown in the members' language, printed as a PDF through the print path). When
// people are enrolled, the core asks for a second person's approval and `session.ts` asks them.
import { t } from '../i18n';
import { api, currentOrg, h, locale, notice, registerScreen, reportTable, surface } from '../app';
import { confirmStep } from '../session';
import { isUiError, type OrgSummary, type YearInput, type YearRow, type YearView } from '../backend';

function errorBox(e: unknown): HTMLElement {
  return h('p', { class: 'field-error', role: 'alert', 'data-code': isUiError(e) ? e.code : '' }, isUiError(e) ? e.message : String(e));
}

async function yearScreen(keep?: string): Promise<void> {
  const root = surface();
  const org = currentOrg() as OrgSummary;
  const v: YearView = await api.call('year_view', { org: org.code, locale: locale() });
  const pick = h('select', { id: 'year-pick', path: 'year' },
    ...v.years.map((y) => h('option', { value: y.year, 'data-state': y.state }, `${y.year_display} · ${y.period_display} · ${y.state_label}`)));
  // The first ended year not closed is what a treasurer opens this screen for.
  pick.value = keep ?? v.years.find((y) => y.state === 'open')?.year ?? v.years[0]?.year ?? '';
  const body = h('div', { id: 'year-body' });
  const out = h('div', { id: 'year-out' });
  const draw = () => {
    out.replaceChildren();
    const y = v.years.find((x) => x.year === pick.value);
    body.replaceChildren(...(y ? yearBody(v, y, out) : []));
  };
  pick.addEventListener('change', draw);
  root().append(h('section', { id: 'yearend' }, h('h2', { i18n: 'ui-year-title' }), h('p', { class: 'hint', i18n: 'ui-year-hint' }),
    v.needs_approval ? h('p', { id: 'year-needs-approval', class: 'hint', i18n: 'ui-year-needs-approval' }) : null,
    h('label', {}, h('span', { i18n: 'ui-year-pick' }), pick), body), out);
  draw();
}

/// The part of the screen below the year's picker, by the year's state.
function yearBody(v: YearView, y: YearRow, out: HTMLElement): HTMLElement[] {
  if (y.state === 'not-ended') return [h('p', { id: 'year-not-ended', class: 'hint', i18n: 'ui-year-not-ended-hint' })];
  if (y.state === 'closed') return closedBody(v, y, out);
  const rate = h('input', { id: 'year-rate', path: 'rate', inputmode: 'decimal', autocomplete: 'off', size: 8 });
  const credit = h('select', { id: 'year-credit-to', path: 'credit_to' }, ...v.credit_to.map((c) => h('option', { value: c.code }, c.label)));
  const template = h('input', { id: 'year-template', path: 'template', autocomplete: 'off', size: 60 });
  const defaulters = h('input', { id: 'year-exclude-defaulters', path: 'exclude_defaulters', type: 'checkbox' });
  // A Thai co-operative's League fee (the rate is given there too).
  const league = h('input', { id: 'year-league-fee', path: 'league_fee', inputmode: 'decimal', autocomplete: 'off', size: 6 });
  const input = (): YearInput => ({
    org: v.org, year: y.year, rate: rate.value || null, credit_to: credit.value, weighting: null, round_at: null,
    rounding_mode: null, rounding_unit: null, template: v.has_template ? template.value || null : null, exclude_defaulters: defaulters.checked,
    league_fee: v.needs_rate ? league.value || null : null, league_fee_cap: null, counts_from: null, client_id: null,
  });
  const preview = h('button', { id: 'year-preview', i18n: 'ui-year-preview', onclick: async () => {
    preview.disabled = true;
    try {
      out.replaceChildren(reportTable(await api.call('year_preview', { input: input(), locale: locale() })));
    } catch (e) { out.replaceChildren(errorBox(e)); } finally { preview.disabled = false; }
  } });
  const close = h('button', { id: 'year-close', class: 'primary', i18n: 'ui-year-close', onclick: async () => {
    close.disabled = true;
    try {
      // The preview is shown first: what is confirmed is what the treasurer has just read.
      out.replaceChildren(reportTable(await api.call('year_preview', { input: input(), locale: locale() })));
      if (!(await confirmStep('ui-year-close-confirm-title', t('ui-year-close-confirm'), 'ui-year-close'))) return;
      const done = await api.call('year_close', { input: { ...input(), client_id: crypto.randomUUID() }, locale: locale() });
      document.getElementById('yearend')?.remove();
      out.remove();
      await yearScreen(y.year);
      document.getElementById('year-out')?.prepend(h('p', { id: 'year-done', class: 'ok' }, t('ui-year-closed'), ' ', h('strong', { id: 'year-done-vouchers' }, done.vouchers_display), ' · ',
        t('ui-year-book-code'), ' ', h('strong', { id: 'year-book-code' }, done.book_code)));
    } catch (e) { out.replaceChildren(errorBox(e)); } finally { close.disabled = false; }
  } });
  // The peer auditor's checklist for the year, answered by the book, before anything is closed.
  const audit = h('button', { id: 'year-audit', i18n: 'ui-year-audit', onclick: async () => {
    audit.disabled = true;
    try { await showChecklistIn(out, v.org, y); } catch (e) { out.replaceChildren(errorBox(e)); } finally { audit.disabled = false; }
  } });
  // A kind whose surplus simply stays (an SHG, a welfare club) is asked nothing about dividends.
  return [h('p', { id: 'year-audit-status', class: y.audit_display ? 'ok' : 'hint' }, y.audit_display || t('ui-year-audit-none')),
    ...(v.distributes ? [h('div', { id: 'year-form', class: 'grid-form' },
      h('label', {}, h('span', { i18n: v.needs_rate ? 'ui-year-rate' : 'ui-year-rate-blank' }), rate),
      h('label', {}, h('span', { i18n: 'ui-year-credit-to' }), credit),
      v.has_template ? h('label', {}, h('span', { i18n: 'ui-year-template' }), template) : null,
      v.needs_rate ? h('label', {}, h('span', { i18n: 'ui-year-league-fee' }), league) : null,
      h('label', {}, defaulters, h('span', { i18n: 'ui-year-exclude-defaulters' })))] : []),
  h('div', { class: 'actions' }, audit, preview, close),
  auditForm(v, y, out)];
}

/// The auditor's sign-off, typed from the signed paper checklist: who audited (the fund's own
/// auditor, or a peer from another fund), when, the bank statement's balance and a remark per
/// item. Saved, the screen shows who audited and the checklist with the remarks.
function auditForm(v: YearView, y: YearRow, out: HTMLElement): HTMLElement {
  const auditor = h('input', { id: 'audit-auditor', path: 'auditor', autocomplete: 'off', size: 30 });
  const peer = h('input', { id: 'audit-peer-from', path: 'peer_from', autocomplete: 'off', size: 30 });
  const date = h('input', { id: 'audit-date', path: 'date', autocomplete: 'off', size: 12 });
  const bank = h('input', { id: 'audit-bank', path: 'bank_statement', inputmode: 'decimal', autocomplete: 'off', size: 14 });
  const remarks = v.audit_items.map((item) => ({ code: item.code, box: h('textarea', { id: `audit-remark-${item.code}`, path: `remarks.${item.code}`, rows: 1, cols: 50 }), label: item.label }));
  const sign = h('button', { id: 'audit-sign', class: 'primary', i18n: 'ui-year-audit-sign', onclick: async () => {
    sign.disabled = true;
    try {
      const typed: Record<string, string> = {};
      for (const r of remarks) if (r.box.value.trim() !== '') typed[r.code] = r.box.value;
      await api.call('year_audit', { input: { org: v.org, year: y.year, auditor: auditor.value, peer_from: peer.value || null, date: date.value || null,
        bank_statement: bank.value || null, remarks: typed, client_id: crypto.randomUUID() }, locale: locale() });
      document.getElementById('yearend')?.remove();
      out.remove();
      await yearScreen(y.year);
      const shown = document.getElementById('year-out');
      await showChecklistIn(shown, v.org, y);
      shown?.prepend(h('p', { id: 'year-done', class: 'ok', i18n: 'ui-year-audit-signed' }));
    } catch (e) { out.replaceChildren(errorBox(e)); } finally { sign.disabled = false; }
  } });
  return h('details', { id: 'year-audit-form' }, h('summary', { i18n: 'ui-year-audit-title' }),
    h('div', { class: 'grid-form' },
      h('label', {}, h('span', { i18n: 'ui-year-audit-auditor' }), auditor),
      h('label', {}, h('span', { i18n: 'ui-year-audit-peer-from' }), peer),
      h('label', {}, h('span', { i18n: 'ui-year-audit-date' }), date),
      h('label', {}, h('span', { i18n: 'ui-year-audit-bank' }), bank),
      ...remarks.map((r) => h('label', {}, h('span', {}, t('ui-year-audit-remark', { item: r.label })), r.box))),
    h('div', { class: 'actions' }, sign));
}

/// The year's checklist (with the remarks and the auditor, once signed off) in `out`.
async function showChecklistIn(out: HTMLElement | null, org: string, y: YearRow): Promise<void> {
  out?.replaceChildren(reportTable(await api.call('report_view', { params: { org, name: 'audit-checklist', from: y.from, to: y.to }, locale: locale() })));
}

/// A closed year: its closing vouchers, the reopening, and each member's slip.
function closedBody(v: YearView, y: YearRow, out: HTMLElement): HTMLElement[] {
  const reason = h('input', { id: 'year-reopen-reason', path: 'reason', size: 40 });
  const reopen = h('button', { id: 'year-reopen', class: 'danger', i18n: 'ui-year-reopen', onclick: async () => {
    reopen.disabled = true;
    try {
      const done = await api.call('year_reopen', { input: { org: v.org, year: y.year, reason: reason.value, client_id: crypto.randomUUID() }, locale: locale() });
      document.getElementById('yearend')?.remove();
      out.remove();
      await yearScreen(y.year);
      document.getElementById('year-out')?.prepend(h('p', { id: 'year-done', class: 'ok' }, t('ui-year-reopened'), ' ', h('strong', { id: 'year-done-vouchers' }, done.vouchers_display)));
    } catch (e) { out.replaceChildren(errorBox(e)); } finally { reopen.disabled = false; }
  } });
  const slip = (member: string) => async () => {
    try {
      out.replaceChildren(reportTable(await api.call('year_slip', { input: { org: v.org, year: y.year, member }, locale: locale() })));
    } catch (e) { out.replaceChildren(errorBox(e)); }
  };
  const print = (member: string) => async () => {
    try {
      const saved = await api.call('report_print', { params: { org: v.org, name: 'dividend-slip', member, from: y.year, to: null, format: 'pdf',
        path: `slip-${v.org}-${y.year}-${member}.pdf`, page: 'a5', mode: '', from_line: null, prepared_by: '' }, locale: locale() });
      notice(saved.message);
      out.dataset.printed = saved.written.join('\n');
    } catch (e) { out.replaceChildren(errorBox(e)); }
  };
  const slips = y.slips.length === 0 ? h('p', { id: 'year-no-slips', class: 'hint', i18n: 'ui-year-no-slips' })
    : h('table', { id: 'year-slips', class: 'register' }, h('tbody', {}, ...y.slips.map((s) => h('tr', { 'data-member': s.member },
      h('td', {}, s.label), h('td', { class: 'end' }, s.amount_display),
      h('td', {}, h('button', { class: 'slip-show', i18n: 'ui-year-slip-show', onclick: slip(s.member) }), ' ',
        h('button', { class: 'slip-print', i18n: 'ui-year-slip-print', onclick: print(s.member) }))))));
  // Dividends the meeting resolved to pay in cash: paid out on a day after the year.
  const payDate = h('input', { id: 'year-pay-date', path: 'date', size: 12 });
  const pay = h('button', { id: 'year-pay', class: 'primary', i18n: 'ui-year-pay', onclick: async () => {
    pay.disabled = true;
    try {
      const done = await api.call('year_dividend_pay', { input: { org: v.org, year: y.year, date: payDate.value, member: null, client_id: crypto.randomUUID() }, locale: locale() });
      document.getElementById('yearend')?.remove();
      out.remove();
      await yearScreen(y.year);
      document.getElementById('year-out')?.prepend(h('p', { id: 'year-done', class: 'ok' }, t('ui-year-paid'), ' ', h('strong', { id: 'year-done-vouchers' }, done.voucher_display)));
    } catch (e) { out.replaceChildren(errorBox(e)); } finally { pay.disabled = false; }
  } });
  const payable = y.payable_display === '' ? null : h('div', { id: 'year-payable' },
    h('p', {}, t('ui-year-payable'), ' ', h('strong', { id: 'year-payable-amount' }, y.payable_display)),
    h('label', {}, h('span', { i18n: 'ui-year-pay-date' }), payDate), pay);
  // The year's statements as the close kept them, with the auditor's checklist: what the general
  // meeting approved, shown (and printed from the Reports screen) exactly as at the close.
  const statements = h('button', { id: 'year-statements', i18n: 'ui-year-statements', onclick: async () => {
    statements.disabled = true;
    try {
      const names = ['receipts-payments', 'income-expenditure', 'balance-sheet', 'trial-balance', 'audit-checklist'];
      const shown: HTMLElement[] = [];
      for (const name of names) shown.push(reportTable(await api.call('report_view', { params: { org: v.org, name, from: y.from, to: y.to }, locale: locale() })));
      out.replaceChildren(...shown);
    } catch (e) { out.replaceChildren(errorBox(e)); } finally { statements.disabled = false; }
  } });
  return [h('p', { id: 'year-vouchers' }, t('ui-year-vouchers'), ' ', h('strong', {}, y.vouchers_display)),
    h('p', { id: 'year-audit-status', class: y.audit_display ? 'ok' : 'hint' }, y.audit_display || t('ui-year-audit-none')),
    h('div', { class: 'actions' }, statements),
    ...(payable ? [payable] : []),
    h('h3', { i18n: 'ui-year-slips' }), slips,
    h('h3', { i18n: 'ui-year-reopen' }),
    h('label', {}, h('span', { i18n: 'ui-year-reopen-reason' }), reason), reopen];
}

registerScreen('yearend', { render: () => yearScreen(), needsOrg: true });
