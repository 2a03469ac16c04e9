// Follow-up (issue 15): a receipt for every payer of a meeting — each as text to copy into a
// messaging app, and printed on a 58/80 mm roll or A6 (the core's PDF, letters drawn as shapes
// so the printer needs no font) — and, for the committee, the debt acknowledgement of a
// rescheduled loan, the follow-up list, visits, invitations and the follow-up meeting. The screen
// formats nothing: every figure comes from the core.
import { t } from '../i18n';
import { isUiError, type OrgSummary } from '../backend';
import { api, currentOrg, h, main, refusalIn, registerScreen, reportTable, locale, showError, state } from '../app';

/// The meeting whose receipts the meeting page asked for (its "Receipts" button).
export const RECEIPTS_DATE_KEY = 'samuh-receipts-date';

function receiptsSection(): HTMLElement {
  const org = currentOrg() as OrgSummary;
  // Dates are typed as the reader writes them (her digits, her calendar), like the meeting's;
  // a browser date box would show "mm/dd/yyyy" in Latin whatever her language.
  const date = h('input', { id: 'receipts-date', path: 'meeting', size: 12 });
  // The group's last meeting, whose receipts are the ones wanted (today before the first).
  // (The meeting page's "Receipts" leaves its date, as she writes it, for this screen once.)
  date.value = sessionStorage.getItem(RECEIPTS_DATE_KEY) ?? (org.last_meeting || state.overview?.today_display) ?? '';
  sessionStorage.removeItem(RECEIPTS_DATE_KEY);
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

/// A print button's work: the core writes the document; the result box keeps the file's path
/// (`data-printed`, which the tests read) and shows the success line, or the refusal where the
/// person typed.
async function printInto<T extends { path: string }>(box: HTMLElement, out: HTMLElement, call: () => Promise<T>, ok: (s: T) => HTMLElement): Promise<void> {
  try {
    const s = await call();
    out.dataset.printed = s.path;
    out.replaceChildren(ok(s));
  } catch (e) { refused(box, out, e); }
}

/// A refusal said where the person typed: in the section's result line, and the box it names
/// (the core's `field` argument) marked.
function refused(box: HTMLElement, out: HTMLElement, e: unknown): void {
  if (isUiError(e)) refusalIn(box, out, e);
  else { box.querySelectorAll('.invalid').forEach((x) => x.classList.remove('invalid')); showError(e); }
}

const label = (id: string, el: HTMLElement) => h('label', {}, h('span', { i18n: id }), el);

/// The committee's part (issue 15, seed 004): the follow-up list, the visit log and those who
/// became debt-free; a visit recorded; the invitations and the follow-up meeting with its
/// agreed payments and minutes; the debt acknowledgement of a rescheduled loan. Every figure
/// and date on the lists comes formatted from the core; dates are typed as the reader writes them.
function committeeSection(): HTMLElement {
  const org = currentOrg() as OrgSummary;
  const today = state.overview?.today_display ?? '';
  const write = (f: () => Promise<void>, button: HTMLButtonElement) => async () => {
    button.disabled = true;
    try { await f(); } finally { button.disabled = false; }
  };

  // The lists.
  const which = h('select', { id: 'followup-report' }, ...['followup-list', 'visit-log', 'debt-free'].map((r) => h('option', { value: r, i18n: `report-${r}` })));
  const asOn = h('input', { id: 'followup-as-on', size: 12, value: today });
  const list = h('div', { id: 'followup-report-out' });
  let shown = 0;
  const show = async () => {
    const mine = ++shown;
    try {
      const r = await api.call('report_view', { params: { org: org.code, name: which.value, to: asOn.value || null }, locale: locale() });
      if (mine === shown) list.replaceChildren(reportTable(r));
    } catch (e) { if (mine === shown) refused(list, list, e); }
  };
  which.addEventListener('change', () => void show());
  const showButton = h('button', { id: 'followup-show', i18n: 'ui-followup-show', onclick: () => void show() });

  // A visit.
  const vLoan = h('input', { id: 'visit-loan', path: 'loan', size: 6 });
  const vDate = h('input', { id: 'visit-date', path: 'date', size: 12, value: today });
  const vVisitors = h('input', { id: 'visit-visitors', path: 'visitors', size: 30 });
  const vFound = h('textarea', { id: 'visit-found', path: 'found', rows: 2, cols: 40 });
  const vMatches = h('input', { id: 'visit-matches', type: 'checkbox' });
  vMatches.checked = true;
  const vOut = h('div', { id: 'visit-result' });
  const vBox = h('section', { id: 'visit' });
  const vSave: HTMLButtonElement = h('button', { id: 'visit-save', class: 'primary', i18n: 'ui-visit-save' });
  vSave.onclick = write(async () => {
    try {
      await api.call('visit_record', { input: { org: org.code, loan: vLoan.value, date: vDate.value, visitors: vVisitors.value, found: vFound.value, record_matches: vMatches.checked, client_id: crypto.randomUUID() }, locale: locale() });
      vBox.querySelectorAll('.invalid').forEach((x) => x.classList.remove('invalid'));
      vOut.replaceChildren(h('p', { class: 'ok', id: 'visit-saved', i18n: 'ui-visit-saved' }));
      vFound.value = '';
      which.value = 'visit-log';
      await show();
    } catch (e) { refused(vBox, vOut, e); }
  }, vSave);
  vBox.append(h('h3', { i18n: 'ui-visit-title' }), label('ui-followup-loan', vLoan), label('ui-visit-date', vDate), label('ui-visit-visitors', vVisitors),
    label('ui-visit-found', vFound), h('label', {}, vMatches, h('span', { i18n: 'ui-visit-matches' })), vSave, vOut);

  // The invitations.
  const iList = h('input', { id: 'invite-list-date', path: 'date', size: 12, value: today });
  const iDate = h('input', { id: 'invite-meeting-date', path: 'meeting-date', size: 12 });
  const iPlace = h('input', { id: 'invite-place', path: 'place', size: 24 });
  const iTime = h('input', { id: 'invite-time', path: 'time', size: 10 });
  const iOut = h('div', { id: 'invite-result' });
  const iBox = h('section', { id: 'invite' });
  const iPrint: HTMLButtonElement = h('button', { id: 'invite-print', i18n: 'ui-invite-print' });
  iPrint.onclick = write(() => printInto(iBox, iOut,
    () => api.call('followup_invitations_print', { input: { org: org.code, date: iList.value, meeting_date: iDate.value, place: iPlace.value, time: iTime.value || null }, locale: locale() }),
    (s) => h('p', { class: 'ok', id: 'invite-printed' }, h('span', { i18n: 'ui-invite-printed' }), ' ', h('strong', { id: 'invite-count' }, String(s.count)))), iPrint);
  iBox.append(h('h3', { i18n: 'ui-invite-title' }), label('ui-invite-list-date', iList), label('ui-invite-meeting-date', iDate), label('ui-followup-place', iPlace),
    label('ui-invite-time', iTime), iPrint, iOut);

  // The follow-up meeting and the payments agreed there, a row each.
  const mDate = h('input', { id: 'fmeeting-date', path: 'date', size: 12, value: today });
  const mPlace = h('input', { id: 'fmeeting-place', path: 'place', size: 24 });
  const mAttended = h('input', { id: 'fmeeting-attended', path: 'attended', size: 40 });
  const mNotes = h('textarea', { id: 'fmeeting-notes', path: 'notes', rows: 2, cols: 40 });
  const promises = h('tbody', { id: 'promises' });
  // An amount box like the meeting grid's (class "amount": right-aligned, the Indic size).
  const amountBox = () => {
    const el = h('input', { path: 'amount', class: 'amount', inputmode: 'decimal', size: 10, 'aria-label': t('ui-promise-amount') });
    el.classList.add('promise-amount');
    return el;
  };
  const addPromise = () => {
    const k = promises.children.length;
    promises.append(h('tr', { 'data-promise': String(k) },
      h('td', {}, h('input', { path: 'loan', class: 'promise-loan', size: 6, 'aria-label': t('ui-followup-loan') })),
      h('td', {}, h('input', { path: 'pay-on', class: 'promise-pay-on', size: 12, 'aria-label': t('ui-promise-pay-on') })),
      h('td', {}, amountBox()),
      h('td', {}, h('input', { path: 'note', class: 'promise-note', size: 24, 'aria-label': t('ui-promise-note') }))));
  };
  addPromise();
  const mOut = h('div', { id: 'fmeeting-result' });
  const mBox = h('section', { id: 'fmeeting' });
  const value = (row: Element, cls: string) => (row.querySelector(`.${cls}`) as HTMLInputElement).value;
  const mSave: HTMLButtonElement = h('button', { id: 'fmeeting-save', class: 'primary', i18n: 'ui-fmeeting-save' });
  const mPrint: HTMLButtonElement = h('button', { id: 'fmeeting-print', i18n: 'ui-fmeeting-print' });
  mSave.onclick = write(async () => {
    // Rows left wholly empty are not payments agreed.
    const rows = Array.from(promises.children).filter((r) => ['promise-loan', 'promise-pay-on', 'promise-amount', 'promise-note'].some((c) => value(r, c).trim() !== ''));
    try {
      await api.call('followup_meeting_record', { input: { org: org.code, date: mDate.value, place: mPlace.value, attended: mAttended.value, notes: mNotes.value || null,
        promises: rows.map((r) => ({ loan: value(r, 'promise-loan'), pay_on: value(r, 'promise-pay-on'), amount: value(r, 'promise-amount'), note: value(r, 'promise-note') || null })),
        client_id: crypto.randomUUID() }, locale: locale() });
      mBox.querySelectorAll('.invalid').forEach((x) => x.classList.remove('invalid'));
      mOut.replaceChildren(h('p', { class: 'ok', id: 'fmeeting-saved', i18n: 'ui-fmeeting-saved' }));
      which.value = 'followup-list';
      await show();
    } catch (e) { refused(mBox, mOut, e); }
  }, mSave);
  mPrint.onclick = write(() => printInto(mBox, mOut,
    () => api.call('followup_minutes_print', { org: org.code, date: mDate.value, locale: locale() }),
    () => h('p', { class: 'ok', id: 'fmeeting-printed', i18n: 'ui-fmeeting-printed' })), mPrint);
  mBox.append(h('h3', { i18n: 'ui-fmeeting-title' }), label('ui-fmeeting-date', mDate), label('ui-followup-place', mPlace), label('ui-fmeeting-attended', mAttended),
    label('ui-fmeeting-notes', mNotes), h('h4', { i18n: 'ui-fmeeting-promises' }),
    h('table', { class: 'grid', id: 'promises-table' }, h('thead', {}, h('tr', {}, ...['ui-followup-loan', 'ui-promise-pay-on', 'ui-promise-amount', 'ui-promise-note'].map((id) => h('th', { i18n: id })))), promises),
    h('button', { id: 'promise-add', i18n: 'ui-promise-add', onclick: () => { addPromise(); (promises.lastElementChild?.querySelector('input') as HTMLInputElement | null)?.focus(); } }),
    ' ', mSave, ' ', mPrint, mOut);

  // The debt acknowledgement of a rescheduled loan.
  const aLoan = h('input', { id: 'ack-loan', path: 'loan', size: 6 });
  const aOut = h('div', { id: 'ack-result' });
  const aBox = h('section', { id: 'ack' });
  const aPrint: HTMLButtonElement = h('button', { id: 'ack-print', i18n: 'ui-ack-print' });
  aPrint.onclick = write(() => printInto(aBox, aOut,
    () => api.call('acknowledgement_print', { input: { org: org.code, loan: aLoan.value }, locale: locale() }),
    () => h('p', { class: 'ok', id: 'ack-printed', i18n: 'ui-ack-printed' })), aPrint);
  aBox.append(h('h3', { i18n: 'ui-ack-title' }), label('ui-followup-loan', aLoan), aPrint, aOut);

  void show();
  return h('section', { id: 'committee' }, h('h2', { i18n: 'ui-followup-committee-title' }), h('p', { class: 'hint', i18n: 'ui-followup-committee-hint' }),
    h('section', { class: 'bar' }, label('ui-followup-list', which), label('ui-followup-as-on', asOn), showButton), list,
    vBox, iBox, mBox, aBox);
}

registerScreen('followup', { render: async () => { main().append(receiptsSection(), committeeSection()); }, needsOrg: true });
