// The VSLA screen (issue 14), only for a VSLA group: its cycles (dates, share price, social
// fund, service charge, the rule for loans at the share-out), opening the next cycle once the
// last is shared out, the share-out of the open cycle previewed (the core's sheet) and confirmed,
// and the share-out sheet printed as a PDF through the print path. A refusal (before the cycle's
// end, a second share-out, loans out under the "refuse" rule) is the core's localized message;
// the book is then unchanged. The UI formats and adds nothing: every figure comes from the core.
import { t } from '../i18n';
import { api, currentOrg, h, locale, main, notice, registerScreen, reportTable, screenSeq, showing } from '../app';
import { confirmStep } from '../session';
import { isUiError, type CycleView, type OrgSummary, type VslaView } from '../backend';

function errorBox(e: unknown): HTMLElement {
  return h('p', { class: 'field-error', role: 'alert', 'data-code': isUiError(e) ? e.code : '' }, isUiError(e) ? e.message : String(e));
}

function cycleRow(c: CycleView): HTMLElement {
  return h('tr', { 'data-cycle': String(c.number), 'data-state': c.shared_out ? 'shared-out' : 'open' },
    h('td', {}, c.number_display), h('td', {}, c.start_display), h('td', {}, c.end_display),
    h('td', { class: 'end' }, c.share_price_display), h('td', { class: 'end' }, c.social_fund_display),
    h('td', { class: 'end' }, c.service_charge_display), h('td', { i18n: `ui-vsla-loans-${c.loans}` }),
    h('td', {}, c.shared_out_display || t('ui-vsla-open')));
}

async function vslaScreen(): Promise<void> {
  const seq = screenSeq();
  const org = currentOrg() as OrgSummary;
  const v: VslaView = await api.call('vsla_view', { org: org.code, locale: locale() });
  if (!showing('vsla') || seq !== screenSeq()) return;
  const out = h('div', { id: 'vsla-out' });
  const open = v.cycles.find((c) => !c.shared_out);
  const last = v.cycles.find((c) => c.shared_out);
  const heads = ['ui-vsla-cycle', 'ui-vsla-start', 'ui-vsla-end', 'ui-vsla-share-price', 'ui-vsla-social-fund', 'ui-vsla-service-charge', 'ui-vsla-loans', 'ui-vsla-shared-out'];
  const cycles = v.cycles.length === 0 ? h('p', { id: 'vsla-no-cycle', class: 'hint', i18n: 'ui-vsla-no-cycle' })
    : h('table', { id: 'vsla-cycles', class: 'register' }, h('thead', {}, h('tr', {}, ...heads.map((id) => h('th', { i18n: id })))), h('tbody', {}, ...v.cycles.map(cycleRow)));

  // The share-out of the open cycle: on its last day or later.
  let shareOut: HTMLElement | null = null;
  if (open) {
    // As the reader writes dates (every date box does), never ISO.
    const day = h('input', { id: 'vsla-share-out-date', path: 'date', value: open.end_display, size: 12 });
    const input = () => ({ org: v.org, date: day.value, client_id: null });
    const preview = h('button', { id: 'vsla-preview', i18n: 'ui-vsla-preview', onclick: async () => {
      try {
        const r = await api.call('vsla_share_out_preview', { input: input(), locale: locale() });
        out.replaceChildren(reportTable(r));
        out.dataset.previewed = day.value;
      } catch (e) { out.replaceChildren(errorBox(e)); }
    } });
    const confirm = h('button', { id: 'vsla-share-out', class: 'primary', i18n: 'ui-vsla-share-out', onclick: async () => {
      confirm.disabled = true;
      try {
        if (!(await confirmStep('ui-vsla-share-out-confirm-title', t('ui-vsla-share-out-confirm'), 'ui-vsla-share-out'))) return;
        const done = await api.call('vsla_share_out', { input: { ...input(), client_id: crypto.randomUUID() }, locale: locale() });
        await vslaScreen();
        document.getElementById('vsla-out')?.prepend(h('p', { id: 'vsla-done', class: 'ok' }, t('ui-vsla-shared-out-done'), ' ', h('strong', { id: 'vsla-done-voucher' }, done.voucher_display), ' · ',
          t('ui-year-book-code'), ' ', h('strong', { id: 'vsla-book-code' }, done.book_code)));
      } catch (e) { out.replaceChildren(errorBox(e)); } finally { confirm.disabled = false; }
    } });
    shareOut = h('section', { id: 'vsla-share-out-box' }, h('h3', { i18n: 'ui-vsla-share-out-title' }),
      h('label', {}, h('span', { i18n: 'ui-vsla-share-out-date' }), ' ', day), ' ', preview, ' ', confirm);
  }

  // The next cycle, once the last is shared out.
  let opening: HTMLElement | null = null;
  if (v.may_open) {
    const field = (id: string, path: string, label: string, value = '') => h('label', {}, h('span', { i18n: label }), ' ', h('input', { id, path, value, size: 12 }));
    const rule = h('select', { id: 'vsla-new-loans', path: 'loans' }, h('option', { value: 'net', i18n: 'ui-vsla-loans-net' }), h('option', { value: 'refuse', i18n: 'ui-vsla-loans-refuse' }));
    const val = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    const go = h('button', { id: 'vsla-open', class: 'primary', i18n: 'ui-vsla-open-cycle', onclick: async () => {
      go.disabled = true;
      try {
        const done = await api.call('vsla_cycle_open', { input: { org: v.org, start: val('vsla-new-start'), end: null, share_price: val('vsla-new-price'),
          social_fund: val('vsla-new-social'), service_charge: val('vsla-new-charge'), loans: rule.value, client_id: crypto.randomUUID() }, locale: locale() });
        await vslaScreen();
        notice(`${t('ui-vsla-opened')} ${done.cycle}`);
      } catch (e) { out.replaceChildren(errorBox(e)); } finally { go.disabled = false; }
    } });
    opening = h('section', { id: 'vsla-open-box' }, h('h3', { i18n: 'ui-vsla-open-title' }),
      field('vsla-new-start', 'start', 'ui-vsla-start', v.next_start), ' ', field('vsla-new-price', 'share_price', 'ui-vsla-share-price'), ' ',
      field('vsla-new-social', 'social_fund', 'ui-vsla-social-fund'), ' ', field('vsla-new-charge', 'service_charge', 'ui-vsla-service-charge'), ' ',
      h('label', {}, h('span', { i18n: 'ui-vsla-loans' }), ' ', rule), ' ', go);
  }

  // The sheet of the last share-out, read aloud and signed: shown, and printed as a PDF.
  let sheet: HTMLElement | null = null;
  if (last) {
    const show = h('button', { id: 'vsla-sheet', i18n: 'ui-vsla-sheet', onclick: async () => {
      try {
        const r = await api.call('report_view', { params: { org: v.org, name: 'share-out', to: last.shared_out }, locale: locale() });
        out.replaceChildren(reportTable(r));
      } catch (e) { out.replaceChildren(errorBox(e)); }
    } });
    const print = h('button', { id: 'vsla-print', i18n: 'ui-vsla-print', onclick: async () => {
      try {
        const saved = await api.call('report_print', { params: { org: v.org, name: 'share-out', member: null, from: null, to: last.shared_out, format: 'pdf',
          path: `share-out-${v.org}-${last.number}.pdf`, page: 'a4', mode: '', from_line: null, prepared_by: '' }, locale: locale() });
        notice(saved.message);
        out.dataset.printed = saved.written.join('\n');
      } catch (e) { out.replaceChildren(errorBox(e)); }
    } });
    sheet = h('section', { id: 'vsla-sheet-box' }, h('h3', {}, `${t('ui-vsla-sheet-title')} ${last.number_display} · ${last.shared_out_display}`), show, ' ', print);
  }

  main().replaceChildren(h('section', { id: 'vsla' }, h('h2', { i18n: 'ui-vsla-title' }), cycles, shareOut ?? '', opening ?? '', sheet ?? '', out));
}

registerScreen('vsla', { render: () => vslaScreen(), needsOrg: true });
