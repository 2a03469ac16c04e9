import { t } from '../i18n';
import { go, h, LANGS, loadMessages, main, registerScreen, screenSeq, showing, state } from '../app';
import { bylawsSection } from './bylaws';
import { bookSection, checkSection, securitySection, stopCheckPolling } from './book';

// (e) Settings: language, digits and calendar, switched at run time; the book's file (open,
// create, recent books) and its full check; its protection; the by-laws.
async function settingsScreen(): Promise<void> {
  const lang = h('select', { id: 'settings-lang' });
  for (const l of LANGS) lang.append(h('option', { value: l }, t(`ui-lang-${l}`)));
  lang.value = state.lang;
  const digits = h('select', { id: 'settings-digits' },
    h('option', { value: 'native', i18n: 'ui-digits-native' }), h('option', { value: 'latin', i18n: 'ui-digits-latin' }));
  // Until the reader chooses, the language's own default applies (the core knows it).
  digits.value = state.digits || 'latin';
  digits.addEventListener('change', () => { state.digits = digits.value; });
  // Date display: Buddhist Era is Thai's default; Bangabda is offered with Bengali.
  const calendar = h('select', { id: 'settings-calendar' }, h('option', { value: '', i18n: 'ui-calendar-default' }),
    h('option', { value: 'gregorian', i18n: 'ui-calendar-gregorian' }), h('option', { value: 'buddhist', i18n: 'ui-calendar-buddhist' }));
  if (state.lang === 'bn') calendar.append(h('option', { value: 'bangabda', i18n: 'ui-calendar-bangabda' }));
  calendar.value = Array.from(calendar.options).some((o) => o.value === state.calendar) ? state.calendar : '';
  calendar.addEventListener('change', () => { state.calendar = calendar.value; });
  const apply = async () => {
    state.lang = lang.value;
    localStorage.setItem('samuh.lang', state.lang);
    if (state.calendar === 'bangabda' && state.lang !== 'bn') state.calendar = '';
    localStorage.setItem('samuh.digits', state.digits);
    localStorage.setItem('samuh.calendar', state.calendar);
    await loadMessages();
    // Drawn again in the new language, unless the reader has already gone on to another screen.
    if (showing('settings')) await go('settings');
  };
  lang.addEventListener('change', apply);
  digits.addEventListener('change', apply);
  calendar.addEventListener('change', apply);
  main().append(h('section', {}, h('h2', { i18n: 'ui-settings' }),
    h('label', {}, h('span', { i18n: 'ui-language' }), lang),
    h('label', {}, h('span', { i18n: 'ui-digits' }), digits),
    h('label', {}, h('span', { i18n: 'ui-calendar' }), calendar)));
  // The book's file and its full check (issue 12: moved here from the home screen).
  const seq = screenSeq();
  const book = await bookSection(state.overview?.path ?? '');
  if (seq !== screenSeq()) return; // the reader has moved on (or Settings was drawn again)
  main().append(h('section', { id: 'settings-book' }, h('h2', { i18n: 'ui-book' }), book), checkSection());
  // The open book's protection: change the passphrase, or encrypt a plain book.
  const security = await securitySection().catch(() => null);
  if (security && seq === screenSeq()) main().append(security);
}

registerScreen('settings', { render: async () => { await settingsScreen(); await bylawsSection(); }, leave: stopCheckPolling });
