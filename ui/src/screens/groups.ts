// The oversight screen (issue 16, session 9) of a village organisation, cluster federation,
// cooperative office or fund centre: the status board (`group-status`), importing the groups'
// bundles from a folder or pen drive file by file, and the roll-up reports. And, on a group's
// own book, "send to the federation": the signed bundle written to a file. Every figure, date
// and sentence comes from the core in the reader's language.
import { save as saveDialog } from '@tauri-apps/plugin-dialog';
import { isUiError, type OrgSummary } from '../backend';
import { api, currentOrg, go, h, locale, main, registerScreen, reportTable, state, surface } from '../app';
import { t } from '../i18n';

const inTauri = () => '__TAURI_INTERNALS__' in window;
const failure = (e: unknown) => h('p', { class: 'field-error', role: 'alert', 'data-code': isUiError(e) ? e.code : '' }, isUiError(e) ? e.message : String(e));
/// The file's own name, as the officer sees it on the pen drive.
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

async function groupsScreen(): Promise<void> {
  const root = surface();
  const org = currentOrg() as OrgSummary;

  // The status board. Answers can come back in any order (a refresh after an import while
  // another is on its way): only the latest request is drawn, and `data-shown` counts what
  // was drawn so a test (or the officer) knows the board is current.
  const board = h('div', { id: 'oversight-board', 'data-shown': '0' });
  let asked = 0;
  let shown = 0;
  // Drill-down (issue 16): one group's own registers, read-only, for a group picked in the list
  // or whose code is clicked on the board or in a roll-up.
  const drillGroup = h('select', { id: 'drill-group' });
  const drillOut = h('div', { id: 'drill-report' });
  let codes: string[] = [];
  let drillAsked = 0;
  const drillSection = h('section', { id: 'oversight-drill' });
  const showDrill = async () => {
    const mine = ++drillAsked;
    try {
      const r = await api.call('group_register_view', { input: { org: org.code, group: drillGroup.value, name: drillWhich.value, from: null, to: null }, locale: locale() });
      if (mine === drillAsked) drillOut.replaceChildren(reportTable(r));
    } catch (e) { if (mine === drillAsked) drillOut.replaceChildren(failure(e)); }
  };
  const openGroup = (code: string) => {
    drillGroup.value = code;
    drillSection.scrollIntoView();
    void showDrill();
  };
  // A group's code in the first column of a table becomes the way into its books.
  const linkGroups = (box: HTMLElement) => {
    box.querySelectorAll<HTMLTableCellElement>('tbody tr > td:first-child').forEach((td) => {
      const code = td.textContent ?? '';
      if (codes.includes(code)) td.replaceChildren(h('button', { class: 'drill-link', 'data-group': code, onclick: () => openGroup(code) }, code));
    });
  };
  const refresh = async () => {
    const mine = ++asked;
    try {
      const r = await api.call('report_view', { params: { org: org.code, name: 'group-status' }, locale: locale() });
      if (mine !== asked) return;
      board.replaceChildren(reportTable(r));
      codes = r.sections.flatMap((s) => s.rows.map((row) => row[0]));
      const keep = drillGroup.value;
      drillGroup.replaceChildren(...codes.map((c) => h('option', { value: c }, c)));
      if (codes.includes(keep)) drillGroup.value = keep;
      linkGroups(board);
    } catch (e) {
      if (mine !== asked) return;
      board.replaceChildren(failure(e));
    }
    board.dataset.shown = String(++shown);
  };

  // Import: a folder (typed, or a pen drive picked), the bundles found in it, then each file
  // imported on its own so every file shows its own answer as it comes.
  const folder = h('input', { id: 'import-folder', size: 50 });
  const media = await api.call('removable_list', { locale: locale() }).catch(() => []);
  const drives = media.length === 0 ? null
    : h('div', { id: 'import-drives' }, h('p', { i18n: 'ui-oversight-pen-drives' }),
      ...media.map((m) => h('button', { class: 'pen-drive', 'data-path': m.path, title: m.path, onclick: () => { folder.value = m.path; void find(); } }, m.label)));
  const files = h('ul', { id: 'import-files', class: 'files' });
  const register = h('input', { id: 'import-register', type: 'checkbox' });
  const bar = h('progress', { id: 'import-progress', max: 1, value: 0 });
  bar.hidden = true;
  const findOut = h('div', { id: 'import-find-result' });
  const importBox = h('section', { id: 'oversight-import', 'data-runs': '0' });
  let found: string[] = [];
  let runs = 0;

  let busy = false;
  const find = async () => {
    if (busy) return;
    // No count until this folder's answer is in (`data-found` says the list is current).
    delete files.dataset.found;
    findOut.replaceChildren();
    files.replaceChildren();
    found = [];
    run.disabled = true;
    try {
      found = await api.call('bundle_files', { dir: folder.value.trim(), locale: locale() });
      if (found.length === 0) findOut.replaceChildren(h('p', { class: 'hint', id: 'import-none', i18n: 'ui-oversight-none-found' }));
      for (const f of found) {
        files.append(h('li', { 'data-file': fileName(f), 'data-state': 'waiting' },
          h('strong', {}, fileName(f)), ' ', h('span', { class: 'state', i18n: 'ui-oversight-waiting' })));
      }
      run.disabled = found.length === 0;
    } catch (e) { findOut.replaceChildren(failure(e)); }
    files.dataset.found = String(found.length);
  };

  const importAll = async () => {
    if (busy) return;
    busy = true;
    run.disabled = true;
    findBtn.disabled = true;
    bar.hidden = false;
    bar.max = found.length;
    bar.value = 0;
    try {
      for (const [k, f] of found.entries()) {
        const li = files.children[k] as HTMLElement;
        const state = li.querySelector('.state') as HTMLElement;
        li.dataset.state = 'importing';
        state.textContent = t('ui-oversight-importing');
        try {
          const [done] = await api.call('bundle_import', { input: { org: org.code, files: [f], register: register.checked }, locale: locale() });
          li.dataset.state = done.already ? 'already' : 'done';
          li.dataset.group = done.group;
          li.dataset.fingerprint = done.fingerprint;
          state.replaceChildren(h('span', { class: 'ok' }, done.message));
        } catch (e) {
          li.dataset.state = 'refused';
          if (isUiError(e)) li.dataset.code = e.code;
          state.replaceChildren(failure(e));
        }
        bar.value = k + 1;
      }
      await refresh();
    } finally {
      busy = false;
      findBtn.disabled = false;
      run.disabled = found.length === 0;
      importBox.dataset.runs = String(++runs);
    }
  };

  const findBtn = h('button', { id: 'import-find', i18n: 'ui-oversight-find', onclick: () => void find() });
  const run = h('button', { id: 'import-run', class: 'primary', i18n: 'ui-oversight-import', disabled: true, onclick: () => void importAll() });
  importBox.append(h('h2', { i18n: 'ui-oversight-import-title' }),
    h('p', { class: 'hint', i18n: 'ui-oversight-folder-hint' }),
    h('label', {}, h('span', { i18n: 'ui-oversight-folder' }), folder), findBtn,
    drives ?? '', findOut, files,
    h('label', { class: 'check' }, register, h('span', { i18n: 'ui-oversight-register' })), run, bar);

  // Roll-ups: the core says which reports an oversight book has; saving and printing are the
  // Reports screen's (opened on the same report).
  const catalog = await api.call('reports_catalog', { org: org.code, locale: locale() });
  const which = h('select', { id: 'rollup-which' });
  for (const r of catalog.rollups) which.append(h('option', { value: r.id }, r.label));
  const drillWhich = h('select', { id: 'drill-register' });
  for (const r of catalog.group_registers) drillWhich.append(h('option', { value: r.id }, r.label));
  drillWhich.addEventListener('change', () => void showDrill());
  drillGroup.addEventListener('change', () => void showDrill());
  drillSection.append(h('h2', { i18n: 'ui-drill-title' }), h('p', { class: 'hint', i18n: 'ui-drill-hint' }),
    h('div', { class: 'bar' },
      h('label', {}, h('span', { i18n: 'ui-drill-group' }), drillGroup),
      h('label', {}, h('span', { i18n: 'ui-drill-register' }), drillWhich),
      h('button', { id: 'drill-show', i18n: 'ui-oversight-show', onclick: () => void showDrill() }),
      h('button', { id: 'drill-back', i18n: 'ui-drill-back', onclick: () => document.getElementById('oversight-rollups')?.scrollIntoView() })),
    drillOut);
  const rollupOut = h('div', { id: 'rollup-report' });
  // A household's number narrows the fund centre's household roll-ups to one household; the
  // box, and following a household, are a fund centre's (the core lists its household roll-ups
  // for no other kind).
  const households = catalog.rollups.some((r) => r.id === 'household-debts');
  const household = h('input', { id: 'rollup-household', size: 16 });
  let rollupAsked = 0;
  const showRollup = async () => {
    const mine = ++rollupAsked;
    const name = which.value;
    const member = household.value.trim() || null;
    try {
      const r = await api.call('report_view', { params: { org: org.code, name, member }, locale: locale() });
      if (mine === rollupAsked) {
        rollupOut.replaceChildren(reportTable(r));
        linkGroups(rollupOut);
      }
    } catch (e) { if (mine === rollupAsked) rollupOut.replaceChildren(failure(e)); }
  };
  which.addEventListener('change', () => void showRollup());

  root().append(
    h('section', { id: 'oversight-board-section' }, h('h2', { id: 'oversight-title', i18n: 'ui-oversight-title' }),
      h('p', { class: 'hint', i18n: 'ui-oversight-board' }),
      h('button', { id: 'oversight-refresh', i18n: 'ui-oversight-refresh', onclick: () => void refresh() }), board),
    importBox,
    h('section', { id: 'oversight-rollups' }, h('h2', { i18n: 'ui-oversight-rollups-title' }),
      h('div', { class: 'bar' },
        h('label', {}, h('span', { i18n: 'ui-oversight-rollup' }), which),
        households ? h('label', {}, h('span', { i18n: 'ui-household-key' }), household) : '',
        h('button', { id: 'rollup-show', i18n: 'ui-oversight-show', onclick: () => void showRollup() }),
        h('button', { id: 'rollup-export', i18n: 'ui-oversight-export', onclick: () => { sessionStorage.setItem('samuh.report', which.value); void go('reports'); } })),
      rollupOut),
    drillSection,
    households ? followBox(org) : '');
  await refresh();
}

// The fund centre follows a household until it is debt-free (`target-households` lists them).
function followBox(org: OrgSummary): HTMLElement {
  const key = h('input', { id: 'follow-household', size: 16 });
  const date = h('input', { id: 'follow-date', size: 12, value: state.overview?.today_display ?? '' });
  const note = h('input', { id: 'follow-note', size: 30 });
  const out = h('div', { id: 'follow-result' });
  const save = h('button', { id: 'follow-save', i18n: 'ui-household-follow', onclick: async () => {
    save.disabled = true;
    out.replaceChildren();
    try {
      await api.call('household_target', { input: { org: org.code, household: key.value, date: date.value, note: note.value, client_id: null }, locale: locale() });
      out.replaceChildren(h('p', { class: 'ok', id: 'follow-done', role: 'status', 'data-household': key.value.trim() }, t('ui-household-followed')));
    } catch (e) { out.replaceChildren(failure(e)); } finally { save.disabled = false; }
  } });
  return h('section', { id: 'oversight-follow' }, h('h2', { i18n: 'ui-household-follow-title' }),
    h('p', { class: 'hint', i18n: 'ui-household-follow-hint' }),
    h('label', {}, h('span', { i18n: 'ui-household-key' }), key),
    h('label', {}, h('span', { i18n: 'ui-household-date' }), date),
    h('label', {}, h('span', { i18n: 'ui-household-note' }), note),
    save, out);
}

// A group's own book: write its signed bundle for the federation.
function sendScreen(): void {
  const org = currentOrg() as OrgSummary;
  const file = h('input', { id: 'send-file', size: 40, value: `${org.code}.bundle` });
  const since = h('input', { id: 'send-since-last', type: 'checkbox' });
  const noNames = h('input', { id: 'send-no-names', type: 'checkbox' });
  const out = h('div', { id: 'send-result' });
  const write = h('button', { id: 'send-write', class: 'primary', i18n: 'ui-send-write', onclick: async () => {
    write.disabled = true;
    out.replaceChildren();
    try {
      let path: string | null = file.value.trim();
      if (inTauri()) {
        path = await saveDialog({ defaultPath: path, filters: [{ name: t('ui-send-file'), extensions: ['bundle'] }] });
        if (!path) return;
      }
      const w = await api.call('bundle_write', { input: { org: org.code, out: path, since_last: since.checked, no_names: noNames.checked }, locale: locale() });
      out.replaceChildren(h('p', { class: 'ok', id: 'send-done', role: 'status', 'data-path': w.path, 'data-code': w.book_code, 'data-fingerprint': w.fingerprint }, w.message));
    } catch (e) { out.replaceChildren(failure(e)); } finally { write.disabled = false; }
  } });
  main().append(h('section', { id: 'send-section' }, h('h2', { id: 'send-title', i18n: 'ui-send-title' }),
    // A village organisation's bundle carries its groups' books too (it relays them upward).
    h('p', { class: 'hint', id: 'send-hint', i18n: org.oversees ? 'ui-send-hint-relay' : 'ui-send-hint' }),
    h('label', {}, h('span', { i18n: 'ui-send-file' }), file),
    h('label', { class: 'check' }, since, h('span', { i18n: 'ui-send-since-last' })),
    h('label', { class: 'check' }, noNames, h('span', { i18n: 'ui-send-no-names' })),
    write, out));
}

registerScreen('groups', { render: groupsScreen, needsOrg: true });
registerScreen('send', { render: sendScreen, needsOrg: true });
