import { t } from '../i18n';
import { api, currentOrg, h, LANGS, locale, notice, registerScreen, reportTable, showError, state, surface } from '../app';
import type { LocaleInput, OrgSummary, ReportParams, ReportSave } from '../backend';
import { save as saveDialog } from '@tauri-apps/plugin-dialog';

// (f) Reports: pick a report (every report of the core, the member passbook, the audit sheet)
// and a period, preview it (`report_view`), save it as PDF / XLSX / a CSV folder (the core
// writes the file the shell chose: Tauri's save dialog, or samuh-serve's --out folder), or print
// it (the core's PDF, opened by the shell with the system's viewer and its print dialog).
// Passbooks: member or all, language, paper, continue printing or reprint from a line, with the
// lines shown before printing. Long saves show the core's progress (polled `report_progress`).

const inTauri = () => '__TAURI_INTERNALS__' in window;

const EVERY_CHANGED_PASSBOOK = 'samuh.passbooks-changed';

/// "Print the passbooks that changed" (the meeting's receipt): the Reports screen opens on the
/// passbook of every member, continuing each paper passbook from its next free line, so only
/// the members with entries not yet printed get a page; the lines are shown before printing.
export function presetPassbooks(): void {
  sessionStorage.setItem('samuh.report', 'passbook');
  sessionStorage.setItem(EVERY_CHANGED_PASSBOOK, '1');
}

async function reportsScreen(): Promise<void> {
  const root = surface();
  const org = currentOrg() as OrgSummary;
  const catalog = await api.call('reports_catalog', { org: org.code, locale: locale() });
  const which = h('select', { id: 'reports-which' });
  for (const r of catalog.reports) which.append(h('option', { value: r.id }, r.label));
  which.value = sessionStorage.getItem('samuh.report') ?? 'balance-sheet';
  const lang = h('select', { id: 'reports-lang' });
  for (const l of LANGS) lang.append(h('option', { value: l }, t(`ui-lang-${l}`)));
  lang.value = state.lang;
  const from = h('input', { id: 'reports-from', size: 12, placeholder: catalog.from_display });
  const to = h('input', { id: 'reports-to', size: 12, placeholder: catalog.to_display });
  const preparedBy = h('input', { id: 'reports-prepared-by', size: 16 });
  const member = h('select', { id: 'reports-member' }, h('option', { value: '', i18n: 'ui-all-members' }));
  org.members.forEach(([no], k) => member.append(h('option', { value: no }, org.member_labels[k])));
  if (org.members.length > 0) member.value = org.members[0][0];
  const everyChanged = sessionStorage.getItem(EVERY_CHANGED_PASSBOOK) === '1';
  sessionStorage.removeItem(EVERY_CHANGED_PASSBOOK);
  if (everyChanged) member.value = ''; // every member; the mode below is "continue"
  const page = h('select', { id: 'reports-page' },
    h('option', { value: 'a4', i18n: 'ui-page-a4' }), h('option', { value: 'a5', i18n: 'ui-page-a5' }), h('option', { value: 'passbook', i18n: 'ui-page-passbook' }));
  const width = h('input', { id: 'reports-page-width', size: 5, value: '150' });
  const height = h('input', { id: 'reports-page-height', size: 5, value: '210' });
  const lines = h('input', { id: 'reports-page-lines', size: 4, value: '20' });
  const mode = h('select', { id: 'reports-mode' },
    h('option', { value: 'continue', i18n: 'ui-mode-continue' }), h('option', { value: 'from-line', i18n: 'ui-mode-from-line' }), h('option', { value: 'all', i18n: 'ui-mode-all' }));
  const fromLine = h('input', { id: 'reports-from-line', size: 4 });
  const planBox = h('div', { id: 'reports-lines', class: 'plan' });
  const bar = h('progress', { id: 'reports-progress', max: 1, value: 0 });
  const barLabel = h('span', { id: 'reports-progress-label' });
  const progressBox = h('div', { id: 'reports-progress-box', class: 'progress' }, bar, barLabel);
  progressBox.hidden = true;
  const out = h('div', { id: 'report' });

  const passbookOnly = h('section', { class: 'bar', id: 'reports-passbook' },
    h('label', {}, h('span', { i18n: 'ui-col-member' }), member),
    h('label', {}, h('span', { i18n: 'ui-page' }), page),
    h('label', { id: 'reports-page-size' }, h('span', { i18n: 'ui-page-width' }), width),
    h('label', { id: 'reports-page-size-h' }, h('span', { i18n: 'ui-page-height' }), height),
    h('label', { id: 'reports-page-size-l' }, h('span', { i18n: 'ui-page-lines' }), lines),
    h('label', {}, h('span', { i18n: 'ui-passbook-mode' }), mode),
    h('label', { id: 'reports-from-line-label' }, h('span', { i18n: 'ui-from-line' }), fromLine),
    h('button', { id: 'reports-lines-show', i18n: 'ui-passbook-check', onclick: () => void showLines() }));
  const auditOnly = h('label', { id: 'reports-audit' }, h('span', { i18n: 'ui-prepared-by' }), preparedBy);

  const outLocale = (): LocaleInput => ({ lang: lang.value, digits: state.digits || null });
  const pageCode = () => page.value === 'passbook' ? `${width.value.trim()}x${height.value.trim()}:${lines.value.trim()}` : page.value;
  const isPassbook = () => which.value === 'passbook';
  const params = (format = 'pdf', path = ''): ReportSave => ({
    org: org.code, name: which.value, member: isPassbook() ? member.value : null,
    from: from.value || null, to: to.value || null, format, path, page: pageCode(),
    mode: mode.value, from_line: fromLine.value || null, prepared_by: preparedBy.value,
  });
  const layout = () => {
    passbookOnly.hidden = !isPassbook();
    auditOnly.hidden = which.value !== 'audit';
    for (const id of ['reports-page-size', 'reports-page-size-h', 'reports-page-size-l']) (document.getElementById(id) as HTMLElement).hidden = page.value !== 'passbook';
    (document.getElementById('reports-from-line-label') as HTMLElement).hidden = mode.value !== 'from-line';
  };

  let auditSheet = '';
  const preview = async () => {
    sessionStorage.setItem('samuh.report', which.value);
    layout();
    planBox.replaceChildren();
    try {
      if (which.value === 'audit') {
        // Every sheet of the workbook, as the core built it; one shown at a time, picked by name.
        const sheets = await api.call('audit_view', { params: params('xlsx'), locale: outLocale() });
        const shown = h('div', { id: 'audit-sheet' });
        const pick = (i: number) => {
          auditSheet = sheets[i].id;
          shown.replaceChildren(reportTable(sheets[i]));
          for (const b of tabs.querySelectorAll('button')) b.classList.toggle('current', b.getAttribute('data-sheet') === sheets[i].id);
        };
        const tabs = h('nav', { id: 'audit-sheets', class: 'sheets', 'aria-label': t('ui-audit-sheets') },
          ...sheets.map((r, i) => h('button', { type: 'button', 'data-sheet': r.id, onclick: () => pick(i) }, r.title)));
        out.replaceChildren(h('p', { class: 'hint', i18n: 'ui-audit-sheets' }), tabs, shown);
        // The sheet read last stays in view when the period or the preparer changes.
        const again = sheets.findIndex((r) => r.id === auditSheet);
        pick(again >= 0 ? again : Math.max(0, sheets.findIndex((r) => r.id === 'balance-sheet')));
      } else if (isPassbook() && member.value === '') {
        out.replaceChildren();
      } else {
        const p: ReportParams = { org: org.code, name: which.value, member: isPassbook() ? member.value : null, from: from.value || null, to: to.value || null };
        out.replaceChildren(reportTable(await api.call('report_view', { params: p, locale: outLocale() })));
      }
      if (isPassbook()) await showLines();
      notice('');
    } catch (e) { showError(e); }
  };

  async function showLines(): Promise<void> {
    try {
      const plan = await api.call('passbook_lines', { params: params(), locale: outLocale() });
      planBox.replaceChildren(
        h('p', { class: 'hint', i18n: 'ui-passbook-feed' }),
        h('ul', {}, ...plan.rows.map((r) => h('li', { 'data-member': r.member, 'data-count': String(r.count) }, `${r.member} ${r.name}: `, r.text))));
      if (document.getElementById('notice')?.classList.contains('error')) notice('');
    } catch (e) { showError(e); }
  }

  // Polls the core's progress while a save runs; the bar shows step k of n with its label.
  const withProgress = async <T>(run: () => Promise<T>): Promise<T> => {
    progressBox.hidden = false;
    bar.value = 0;
    barLabel.textContent = '';
    let polling = true;
    const poll = async () => {
      while (polling) {
        try {
          const p = await api.call('report_progress', {});
          if (p.steps > 0) { bar.max = p.steps; bar.value = p.step; barLabel.textContent = p.label; progressBox.dataset.step = String(p.step); progressBox.dataset.steps = String(p.steps); }
        } catch { /* the next poll tries again */ }
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const poller = poll();
    try {
      return await run();
    } finally {
      polling = false;
      await poller;
      const p = await api.call('report_progress', {}).catch(() => null);
      if (p && p.steps > 0) { bar.max = p.steps; bar.value = p.step; barLabel.textContent = p.label; progressBox.dataset.done = String(p.done); }
    }
  };

  const fileName = (format: string) => {
    const base = `${org.code}-${which.value}${isPassbook() && member.value ? `-${member.value}` : ''}`;
    return format === 'csv' ? base : `${base}.${format}`;
  };

  const save = async (format: string) => {
    try {
      // Tauri: the system's save dialog picks the file (for CSV, the folder to create);
      // samuh-serve: the file name goes into its --out folder.
      let path: string | null = fileName(format);
      if (inTauri()) {
        const filters = format === 'csv' ? [] : [{ name: format.toUpperCase(), extensions: [format] }];
        path = await saveDialog({ defaultPath: path, filters });
        if (!path) return;
      }
      const saved = await withProgress(() => api.call('report_save', { params: params(format, path as string), locale: outLocale() }));
      if (isPassbook()) await showLines();
      notice(saved.message);
      out.dataset.saved = saved.written.join('\n');
    } catch (e) { showError(e); }
  };

  // The core's PDF, printed through the system: the shell writes it and opens it with the
  // system's PDF viewer (its print dialog). A passbook's lines are taken only when the person
  // answers that it printed correctly (`passbook_printed`); "no" takes nothing.
  const print = async () => {
    try {
      const sent = params('pdf', fileName('pdf'));
      const saved = await withProgress(() => api.call('report_print', { params: sent, locale: outLocale() }));
      notice(saved.message);
      out.dataset.printed = saved.written.join('\n');
      const pending = saved.pending;
      if (isPassbook() && pending) {
        const answer = (yes: boolean) => async () => {
          try {
            question.remove();
            if (yes) notice((await api.call('passbook_printed', { params: sent, upto: pending.upto, locale: outLocale() })).message);
            else notice(t('ui-passbook-print-not-taken'));
            await showLines();
          } catch (e) { showError(e); }
        };
        const yes = h('button', { id: 'reports-printed-yes', i18n: 'ui-passbook-printed-yes', onclick: () => void answer(true)() });
        const question = h('section', { class: 'bar', id: 'reports-printed-question', role: 'alertdialog' },
          h('p', {}, pending.question),
          yes,
          h('button', { id: 'reports-printed-no', i18n: 'ui-passbook-printed-no', onclick: () => void answer(false)() }));
        document.getElementById('reports-printed-question')?.remove();
        planBox.after(question);
        yes.focus();
      }
    } catch (e) { showError(e); }
  };

  for (const el of [which, member, lang, preparedBy]) el.addEventListener('change', () => void preview());
  // The lines follow the paper and the mode (a reprint waits for its line to be typed).
  for (const el of [page, mode]) el.addEventListener('change', () => { layout(); if (isPassbook() && (mode.value !== 'from-line' || fromLine.value)) void showLines(); });
  root().append(
    h('section', { class: 'bar' },
      h('label', {}, h('span', { i18n: 'ui-report' }), which),
      h('label', {}, h('span', { i18n: 'ui-language' }), lang),
      h('label', { title: t('ui-period-default') }, h('span', { i18n: 'ui-from' }), from),
      h('label', { title: t('ui-period-default') }, h('span', { i18n: 'ui-to' }), to),
      auditOnly,
      h('button', { id: 'reports-preview', i18n: 'ui-preview', onclick: () => void preview() })),
    passbookOnly,
    planBox,
    h('section', { class: 'bar' },
      h('button', { id: 'reports-save-pdf', i18n: 'ui-save-pdf', onclick: () => void save('pdf') }),
      h('button', { id: 'reports-save-xlsx', i18n: 'ui-save-xlsx', onclick: () => void save('xlsx') }),
      h('button', { id: 'reports-save-csv', i18n: 'ui-save-csv', onclick: () => void save('csv') }),
      h('button', { id: 'reports-print', i18n: 'ui-print', onclick: () => void print() })),
    progressBox,
    out);
  await preview();
}

registerScreen('reports', { render: reportsScreen, needsOrg: true });
