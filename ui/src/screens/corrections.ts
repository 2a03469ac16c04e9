import { isUiError, type OrgSummary } from '../backend';
import { t } from '../i18n';
import { api, currentOrg, h, main, registerScreen, reportTable, locale, surface } from '../app';

// (d) Corrections: reverse a voucher with a reason; the cash book then shows both.
function correctionsScreen(): void {
  const org = currentOrg() as OrgSummary;
  const voucher = h('input', { id: 'reverse-voucher', path: 'voucher', size: 14 });
  const reason = h('input', { id: 'reverse-reason', path: 'reason', size: 40 });
  const out = h('div', { id: 'reverse-result' });
  const go = h('button', { id: 'reverse-submit', class: 'primary', i18n: 'ui-reverse-submit', onclick: async () => {
    go.disabled = true;
    try {
      const s = await api.call('voucher_reverse', { input: { org: org.code, voucher: voucher.value, reason: reason.value, client_id: crypto.randomUUID() }, locale: locale() });
      const book = await api.call('report_view', { params: { org: org.code, name: 'cash-book' }, locale: locale() });
      out.replaceChildren(h('p', { class: 'ok' }, h('span', { i18n: 'ui-reverse-done' }), ' ', h('strong', { id: 'reversal-voucher' }, s.voucher)), reportTable(book));
    } catch (e) {
      out.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, isUiError(e) ? e.message : String(e)));
    } finally { go.disabled = false; }
  } });
  main().append(h('section', {}, h('h2', { i18n: 'ui-reverse-title' }), h('p', { class: 'hint', i18n: 'ui-reverse-hint' }),
    h('label', {}, h('span', { i18n: 'ui-reverse-voucher' }), voucher),
    h('label', {}, h('span', { i18n: 'ui-reverse-reason' }), reason), go), out);
}

// A whole meeting: picked from the core's list (date, voucher numbers, total), reversed in one
// transaction; the cash book then shows the originals and their reversals.
async function meetingSection(): Promise<void> {
  const root = surface();
  const org = currentOrg() as OrgSummary;
  const pick = h('select', { id: 'meeting-reverse-pick', path: 'meeting' });
  const fill = async () => {
    pick.replaceChildren();
    for (const m of await api.call('meeting_list', { org: org.code, locale: locale() })) {
      if (m.vouchers.length === 0) continue;
      pick.append(h('option', { value: m.date, disabled: m.reversed, 'data-vouchers': m.vouchers.join(' ') },
        `${m.number} · ${m.date_display} · ${m.vouchers_display} · ${m.total_display}`, m.reversed ? ` · ${t('ui-meeting-reversed')}` : ''));
    }
    pick.value = Array.from(pick.options).find((o) => !o.disabled)?.value ?? '';
  };
  await fill();
  const reason = h('input', { id: 'meeting-reverse-reason', path: 'reason', size: 40 });
  const out = h('div', { id: 'meeting-reverse-result' });
  const submit = h('button', { id: 'meeting-reverse-submit', class: 'primary', i18n: 'ui-meeting-reverse-submit', onclick: async () => {
    submit.disabled = true;
    try {
      const r = await api.call('meeting_reverse', { input: { org: org.code, meeting: pick.value, reason: reason.value, client_id: crypto.randomUUID() }, locale: locale() });
      const book = await api.call('report_view', { params: { org: org.code, name: 'cash-book', from: pick.value }, locale: locale() });
      out.replaceChildren(h('p', { class: 'ok', i18n: 'ui-meeting-reverse-done' }),
        h('ul', { id: 'meeting-reversals' }, ...r.originals.map((o, i) => h('li', {}, h('strong', { class: 'original' }, o), ' → ', h('strong', { class: 'reversal' }, r.reversals[i] ?? '')))),
        reportTable(book));
      await fill();
    } catch (e) {
      out.replaceChildren(h('p', { class: 'field-error', role: 'alert', 'data-code': isUiError(e) ? e.code : '' }, isUiError(e) ? e.message : String(e)));
    } finally { submit.disabled = false; }
  } });
  root().append(h('section', { id: 'meeting-reverse' }, h('h2', { i18n: 'ui-meeting-reverse-title' }), h('p', { class: 'hint', i18n: 'ui-meeting-reverse-hint' }),
    h('label', {}, h('span', { i18n: 'ui-meeting-pick' }), pick),
    h('label', {}, h('span', { i18n: 'ui-reverse-reason' }), reason), submit), out);
}

registerScreen('corrections', { render: async () => { correctionsScreen(); await meetingSection(); }, needsOrg: true });
