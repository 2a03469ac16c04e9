import { chartSection } from './chart';
import { api, go, h, main, Overview, registerScreen, showError, state, locale } from '../app';

// (a) Book and organisation.
async function homeScreen(): Promise<void> {
  state.overview = await api.call<Overview>('book_overview', { locale: locale() });
  const ov = state.overview;
  const path = h('input', { id: 'book-path', value: ov.path, size: 50 });
  const open = h('button', { id: 'book-open', i18n: 'ui-open-book', onclick: async () => {
    try {
      state.overview = await api.call<Overview>('book_open', { path: path.value, locale: locale() });
      await go('home');
    } catch (e) { showError(e); }
  } });
  const list = h('ul', { class: 'orgs' });
  for (const o of ov.orgs) {
    list.append(h('li', {}, h('button', { class: 'org', testid: `org-${o.code}`, onclick: () => { state.org = o.code; sessionStorage.setItem('samuh.org', o.code); void go('meeting'); } },
      h('strong', {}, o.name), h('span', {}, o.kind_label), h('span', {}, o.place), h('span', {}, o.currency))));
  }
  main().append(
    h('section', {}, h('h2', { i18n: 'ui-book' }), h('label', {}, h('span', { i18n: 'ui-book-path' }), path), open,
      h('p', {}, h('span', { i18n: 'ui-today' }), h('span', { id: 'today' }, ov.today_display))),
    h('section', {}, h('h2', { i18n: 'ui-pick-org' }), list),
  );
  const chart = await chartSection();
  if (chart) main().append(chart);
}

registerScreen('home', { render: homeScreen });
