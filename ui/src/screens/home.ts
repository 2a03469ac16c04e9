import { chartSection } from './chart';
import { api, go, h, main, Overview, registerScreen, showError, state, locale } from '../app';

// (a) Book and organisation: open a book, create a new empty one, pick an organisation or start
// the setup wizard for a new one.
async function homeScreen(): Promise<void> {
  state.overview = await api.call<Overview>('book_overview', { locale: locale() });
  const ov = state.overview;
  const path = h('input', { id: 'book-path', value: ov.path, size: 50 });
  const swap = (command: string, target: HTMLInputElement) => async () => {
    try {
      state.overview = await api.call<Overview>(command, { path: target.value, locale: locale() });
      state.org = '';
      sessionStorage.removeItem('samuh.org');
      await go('home');
    } catch (e) { showError(e); }
  };
  const open = h('button', { id: 'book-open', i18n: 'ui-open-book', onclick: swap('book_open', path) });
  const newPath = h('input', { id: 'book-new-path', size: 50 });
  const create = h('button', { id: 'book-create', i18n: 'ui-create-book', onclick: swap('book_create', newPath) });
  const list = h('ul', { class: 'orgs' });
  for (const o of ov.orgs) {
    list.append(h('li', {}, h('button', { class: 'org', testid: `org-${o.code}`, onclick: () => { state.org = o.code; sessionStorage.setItem('samuh.org', o.code); void go('meeting'); } },
      h('strong', {}, o.name), h('span', {}, o.kind_label), h('span', {}, o.place), h('span', {}, o.currency))));
  }
  main().append(
    h('section', {}, h('h2', { i18n: 'ui-book' }), h('label', {}, h('span', { i18n: 'ui-book-path' }), path), open,
      h('label', {}, h('span', { i18n: 'ui-new-book-path' }), newPath), create,
      h('p', {}, h('span', { i18n: 'ui-today' }), ' ', h('span', { id: 'today' }, ov.today_display))),
    h('section', {}, h('h2', { i18n: 'ui-pick-org' }), ov.orgs.length ? list : h('p', { i18n: 'ui-no-orgs' }),
      h('button', { id: 'setup-start', class: 'primary', i18n: 'ui-setup-start', onclick: () => void go('setup') })),
  );
  const chart = await chartSection();
  if (chart) main().append(chart);
}

registerScreen('home', { render: homeScreen });
