// Samuh's UI entry: the screens register themselves, then the app starts on the home screen (or
// on the meeting screen when a draft was left there).
import { api, go, loadMessages, locale, showError, state } from './app';
import './screens/home';
import './screens/meeting';
import './screens/registers';
import './screens/corrections';
import './screens/followup';
import './screens/safety';
import './screens/settings';
import './screens/setup';
import './screens/reports';
import './screens/yearend';
import './screens/people';
import './screens/welfare'; // issue 15
import './screens/groups'; // issue 16: the oversight screen
import './screens/vsla'; // issue 14: the VSLA screen
import { initSession } from './session';
import './screens/book';
import './style.css';

/// The app owns its key map: no reload (a half-typed meeting would be lost), no caret
/// browsing, no developer tools.
function ownKeys(e: KeyboardEvent): void {
  const k = e.key.toLowerCase();
  const blocked = k === 'f5' || k === 'f7' || k === 'f12' || ((e.ctrlKey || e.metaKey) && (k === 'r' || k === 'p' || (e.shiftKey && k === 'i')));
  if (blocked) { e.preventDefault(); e.stopPropagation(); }
}

async function start(): Promise<void> {
  window.addEventListener('keydown', ownKeys, true);
  document.querySelectorAll<HTMLElement>('nav > button').forEach((b) => b.addEventListener('click', () => void go(b.dataset.screen ?? 'home')));
  try {
    await loadMessages();
    state.overview = await api.call('book_overview', { locale: locale() });
    await initSession();
  } catch (e) {
    showError(e);
  }
  await go(sessionStorage.getItem(`samuh.draft.${state.org}`) && state.org ? 'meeting' : 'home');
  document.body.dataset.ready = 'true';
}

void start();
