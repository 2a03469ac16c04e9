import { isUiError, type RestoreView } from '../backend';
import { api, h, main, registerScreen, showError, state, locale, surface } from '../app';
import { checkSection, stopCheckPolling } from './book';

const th = (...ids: string[]) => h('thead', {}, h('tr', {}, ...ids.map((id) => h('th', { i18n: id }))));
const failure = (e: unknown) => h('p', { class: 'field-error', role: 'alert' }, isUiError(e) ? e.message : String(e));

// (f) Safety: the book code to compare with the signed minutes, backups, pen drive, restore.
async function safetyScreen(): Promise<void> {
  const root = surface();
  const v = await api.call('safety_view', { locale: locale() });
  const codes = h('table', { id: 'book-codes' }, th('ui-col-org', 'ui-col-book-code', 'ui-col-entries'),
    h('tbody', {}, ...v.orgs.map((o) => h('tr', { 'data-org': o.org }, h('td', {}, o.name), h('td', { class: 'code' }, o.book_code), h('td', { class: 'end' }, o.entries_display)))));

  const org = h('select', { id: 'code-org' });
  for (const o of v.orgs) org.append(h('option', { value: o.org }, o.name));
  if (v.orgs.some((o) => o.org === state.org)) org.value = state.org;
  const code = h('input', { id: 'code-input', size: 12 });
  const codeOut = h('div', { id: 'code-result' });
  const check = h('button', { id: 'code-check', i18n: 'ui-code-check-button', onclick: async () => {
    try {
      const r = await api.call('code_check', { org: org.value, code: code.value, locale: locale() });
      codeOut.replaceChildren(h('p', { class: r.matches ? 'ok' : 'field-error', role: 'status', 'data-status': r.status }, r.message));
    } catch (e) { codeOut.replaceChildren(failure(e)); }
  } });

  const backups = v.backups.length === 0
    ? h('p', { id: 'backup-list', class: 'hint', i18n: 'ui-backup-none' })
    : h('table', { id: 'backup-list' }, th('ui-col-backup-when', 'ui-col-backup-file'),
      h('tbody', {}, ...v.backups.map((b) => h('tr', { 'data-path': b.path }, h('td', {}, b.when_display), h('td', {}, b.name)))));
  const backupOut = h('div', { id: 'backup-result' });
  const now = h('button', { id: 'backup-now', class: 'primary', i18n: 'ui-backup-now', onclick: async () => {
    now.disabled = true;
    try {
      const d = await api.call('backup_make', { locale: locale() });
      await safetyScreenAgain(h('p', { class: 'ok', id: 'backup-done' }, d.message));
    } catch (e) { backupOut.replaceChildren(failure(e)); } finally { now.disabled = false; }
  } });

  const folder = h('input', { id: 'copy-folder', size: 40 });
  // Issue 12: the pen drives mounted now, so nobody has to type a folder path (typing stays possible).
  const media = await api.call('removable_list', { locale: locale() });
  const drives = media.length === 0
    ? h('p', { id: 'pen-drives', class: 'hint', i18n: 'ui-pen-drive-none' })
    : h('div', { id: 'pen-drives' }, h('p', { i18n: 'ui-pen-drives' }),
      ...media.map((m) => h('button', { class: 'pen-drive', 'data-path': m.path, title: m.path, onclick: () => { folder.value = m.path; copy.focus(); } }, m.label)));
  const copyOut = h('div', { id: 'copy-result' });
  const copy = h('button', { id: 'copy-now', i18n: 'ui-copy-button', onclick: async () => {
    copy.disabled = true;
    try {
      const d = await api.call('backup_copy', { target: folder.value, locale: locale() });
      copyOut.replaceChildren(h('p', { class: 'ok' }, d.message));
    } catch (e) { copyOut.replaceChildren(failure(e)); } finally { copy.disabled = false; }
  } });

  const file = h('input', { id: 'restore-file', size: 50, value: v.backups[0]?.path ?? '' });
  const restoreOut = h('div', { id: 'restore-result' });
  const compare = h('button', { id: 'restore-compare', i18n: 'ui-restore-compare', onclick: async () => {
    try {
      const r = await api.call('restore_view', { backup: file.value, locale: locale() });
      restoreOut.replaceChildren(restoreTable(r));
    } catch (e) { restoreOut.replaceChildren(failure(e)); }
  } });

  root().append(
    h('section', {}, h('h2', { i18n: 'ui-safety-codes' }), h('p', { class: 'hint', i18n: 'ui-safety-codes-hint' }), codes),
    checkSection(),
    h('section', { class: 'bar' }, h('h3', { i18n: 'ui-code-check' }),
      h('label', {}, h('span', { i18n: 'ui-col-org' }), org), h('label', {}, h('span', { i18n: 'ui-code-input' }), code), check), codeOut,
    h('section', {}, h('h2', { i18n: 'ui-backups' }), h('p', { class: 'hint', i18n: 'ui-backups-hint' }),
      h('p', {}, h('span', { i18n: 'ui-backup-folder' }), ' ', h('code', { id: 'backup-dir' }, v.backup_dir)), backups, now, backupOut),
    drives, h('section', { class: 'bar' }, h('h3', { i18n: 'ui-copy-to' }), h('label', {}, h('span', { i18n: 'ui-copy-folder' }), folder), copy), copyOut,
    h('section', {}, h('h2', { i18n: 'ui-restore' }), h('p', { class: 'hint', i18n: 'ui-restore-hint' }),
      h('label', {}, h('span', { i18n: 'ui-restore-file' }), file), compare), restoreOut,
  );
}

/// Draws the screen again (the backup list changed) with a message under the backups.
async function safetyScreenAgain(message: HTMLElement): Promise<void> {
  main().replaceChildren();
  await safetyScreen();
  document.getElementById('backup-result')?.replaceChildren(message);
}

function restoreTable(r: RestoreView): HTMLElement {
  const box = h('div', { id: 'restore-diff', 'data-same': String(r.same) }, h('p', { class: r.same ? 'ok' : 'hint' }, r.verdict));
  for (const o of r.orgs) {
    box.append(h('h3', {}, o.name), h('table', { 'data-org': o.org }, th('ui-col-figure', 'ui-col-current', 'ui-col-backup'),
      h('tbody', {}, ...o.lines.map((l) => h('tr', { class: l.differs ? 'differs' : '' }, h('td', {}, l.label), h('td', { class: 'end' }, l.current), h('td', { class: 'end' }, l.backup))))));
  }
  const out = h('div', { id: 'restore-done' });
  const go = h('button', { id: 'restore-confirm', class: 'primary', i18n: 'ui-restore-confirm', onclick: async () => {
    go.disabled = true;
    try {
      const d = await api.call('restore_open', { backup: r.backup_path, target: r.target, locale: locale() });
      state.overview = null;
      out.replaceChildren(h('p', { class: 'ok', id: 'restored-path', 'data-path': d.path }, d.message));
    } catch (e) { out.replaceChildren(failure(e)); showError(e); } finally { go.disabled = false; }
  } });
  box.append(h('p', {}, r.question), go, out);
  return box;
}

registerScreen('safety', { render: safetyScreen, leave: stopCheckPolling });
