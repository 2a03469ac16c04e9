import { isUiError } from '../backend';
import { api, currentOrg, DisplayReport, h, main, OrgSummary, registerScreen, reportTable, Saved, locale } from '../app';

// (d) Corrections: reverse a voucher with a reason; the cash book then shows both.
function correctionsScreen(): void {
  const org = currentOrg() as OrgSummary;
  const voucher = h('input', { id: 'reverse-voucher', path: 'voucher', size: 14 });
  const reason = h('input', { id: 'reverse-reason', path: 'reason', size: 40 });
  const out = h('div', { id: 'reverse-result' });
  const go = h('button', { id: 'reverse-submit', class: 'primary', i18n: 'ui-reverse-submit', onclick: async () => {
    go.disabled = true;
    try {
      const s = await api.call<Saved>('voucher_reverse', { input: { org: org.code, voucher: voucher.value, reason: reason.value, client_id: crypto.randomUUID() }, locale: locale() });
      const book = await api.call<DisplayReport>('report_view', { params: { org: org.code, name: 'cash-book' }, locale: locale() });
      out.replaceChildren(h('p', { class: 'ok' }, h('span', { i18n: 'ui-reverse-done' }), ' ', h('strong', { id: 'reversal-voucher' }, s.voucher)), reportTable(book));
    } catch (e) {
      out.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, isUiError(e) ? e.message : String(e)));
    } finally { go.disabled = false; }
  } });
  main().append(h('section', {}, h('h2', { i18n: 'ui-reverse-title' }), h('p', { class: 'hint', i18n: 'ui-reverse-hint' }),
    h('label', {}, h('span', { i18n: 'ui-reverse-voucher' }), voucher),
    h('label', {}, h('span', { i18n: 'ui-reverse-reason' }), reason), go), out);
}

registerScreen('corrections', { render: correctionsScreen, needsOrg: true });
