import { chartSection } from './chart';
import { bookSection, checkSection, stopCheckPolling } from './book';
import { api, go, h, registerScreen, state, locale, surface } from '../app';

// (a) The organisations of the open book: a card each, which starts today's meeting, and the
// setup wizard for a new one. With no book open (an encrypted book at start needs its
// passphrase), the book picker of `book.ts` instead.
async function homeScreen(): Promise<void> {
  const root = surface();
  try {
    state.overview = await api.call('book_overview', { locale: locale() });
  } catch {
    // No book open (e.g. an encrypted book at start needs its passphrase): the picker only.
    state.overview = null;
    const picker = await bookSection('');
    root().append(h('section', {}, h('h2', { i18n: 'ui-book' }), picker));
    return;
  }
  const ov = state.overview;
  const list = h('ul', { class: 'orgs' });
  for (const o of ov.orgs) {
    // The card opens on the work (issue 12): where the books stand today, every figure as the
    // core wrote it, and the card itself starts today's meeting (an oversight book: its groups).
    const figure = (label: string, value: string, key: string) => h('span', { class: 'figure', 'data-figure': key }, h('span', { i18n: label }), ' ', h('strong', {}, value));
    list.append(h('li', {}, h('button', { class: 'org', testid: `org-${o.code}`, onclick: () => { state.org = o.code; sessionStorage.setItem('samuh.org', o.code); void go(o.oversees ? 'groups' : 'meeting'); } },
      h('strong', {}, o.name), h('span', {}, o.kind_label), h('span', {}, o.place),
      o.last_meeting ? figure('ui-home-last-meeting', o.last_meeting, 'last-meeting') : h('span', { class: 'figure', 'data-figure': 'last-meeting', i18n: 'ui-home-no-meeting' }),
      figure('ui-home-cash', o.cash, 'cash'), figure('ui-home-bank', o.bank, 'bank'), figure('ui-home-overdue', o.overdue_loans, 'overdue'),
      h('span', { class: 'start', i18n: o.oversees ? 'ui-home-open-groups' : 'ui-home-start-meeting' }))));
  }
  // A home that opens on the work (issue 12): today and the groups' cards. The book's file (open,
  // create, recent books), its protection and its full check are under Settings; a check that
  // finds something is shown here as well.
  root().append(
    h('section', {}, h('h2', { i18n: 'ui-pick-org' }),
      h('p', {}, h('span', { i18n: 'ui-today' }), ' ', h('span', { id: 'today' }, ov.today_display)),
      ov.orgs.length ? list : h('p', { i18n: 'ui-no-orgs' }),
      h('button', { id: 'setup-start', class: 'primary', i18n: 'ui-setup-start', onclick: () => void go('setup') })),
    checkSection(true),
  );
  const chart = await chartSection();
  if (chart) root().append(chart);
}

registerScreen('home', { render: homeScreen, leave: stopCheckPolling });
