// Follow-up (issue 15): a receipt for every payer of a meeting — each as text to copy into a
// messaging app, and printed on a 58/80 mm roll or A6 (the core's PDF, letters drawn as shapes
// so the printer needs no font) — and, for the committee, the debt acknowledgement of a
// rescheduled loan. The screen formats nothing: every figure comes from the core.
import { isUiError, type OrgSummary } from '../backend';
import { api, currentOrg, h, main, registerScreen, locale, showError } from '../app';

/// The meeting whose receipts the meeting page asked for (its "Receipts" button).
export const RECEIPTS_DATE_KEY = 'samuh-receipts-date';

function receiptsSection(): HTMLElement {
  const org = currentOrg() as OrgSummary;
  const date = h('input', { id: 'receipts-date', type: 'date', path: 'meeting' });
  date.value = sessionStorage.getItem(RECEIPTS_DATE_KEY) ?? '';
  const paper = h('select', { id: 'receipts-paper', path: 'paper' },
    h('option', { value: '58mm', i18n: 'ui-receipts-paper-58' }),
    h('option', { value: '80mm', i18n: 'ui-receipts-paper-80' }),
    h('option', { value: 'a6', i18n: 'ui-receipts-paper-a6' }));
  const out = h('div', { id: 'receipts-result' });
  const fail = (e: unknown) => {
    if (isUiError(e)) out.replaceChildren(h('p', { class: 'field-error', role: 'alert', 'data-code': e.code }, e.message));
    else showError(e);
  };
  const input = () => ({ org: org.code, meeting: date.value, paper: paper.value });
  const show = h('button', { id: 'receipts-show', class: 'primary', i18n: 'ui-receipts-show', onclick: async () => {
    try {
      const v = await api.call('receipts_view', { input: input(), locale: locale() });
      out.replaceChildren(h('p', {}, h('span', { i18n: 'ui-receipts-voucher' }), ' ', h('strong', { id: 'receipts-voucher' }, v.voucher)),
        h('ul', { id: 'receipts-list' }, ...v.receipts.map((r) => {
          const text = h('pre', { class: 'receipt-text' }, r.text);
          const copy = h('button', { class: 'receipt-copy', i18n: 'ui-receipts-copy', onclick: () => void navigator.clipboard?.writeText(r.text) });
          return h('li', { 'data-member': r.member_no }, h('strong', {}, `${r.member_no} ${r.member_name}`), ' ', h('span', { class: 'end' }, r.total), copy, text);
        })));
    } catch (e) { fail(e); }
  } });
  const print = h('button', { id: 'receipts-print', i18n: 'ui-receipts-print', onclick: async () => {
    print.disabled = true;
    try {
      const s = await api.call('receipts_print', { input: input(), locale: locale() });
      out.dataset.printed = s.path;
      out.prepend(h('p', { class: 'ok', id: 'receipts-printed' }, h('span', { i18n: 'ui-receipts-printed' }), ' ', String(s.count)));
    } catch (e) { fail(e); } finally { print.disabled = false; }
  } });
  return h('section', { id: 'receipts' }, h('h2', { i18n: 'ui-receipts-title' }), h('p', { class: 'hint', i18n: 'ui-receipts-hint' }),
    h('label', {}, h('span', { i18n: 'ui-receipts-date' }), date),
    h('label', {}, h('span', { i18n: 'ui-receipts-paper' }), paper), show, ' ', print, out);
}

registerScreen('followup', { render: async () => { main().append(receiptsSection()); }, needsOrg: true });
