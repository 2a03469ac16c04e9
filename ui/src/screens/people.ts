// People: who uses the book (names, roles, locked after wrong PINs), enrolling a person, changing
// one's own PIN, and erasing the personal data of members who have left with their accounts
// settled. Every rule (who may enrol, the first person's role, PIN length, what "settled" means)
// is the core's; this screen shows its answers.
import { t } from '../i18n';
import { api, currentOrg, go, h, locale, notice, registerScreen, showError, state, surface } from '../app';
import { isUiError, type PeopleView } from '../backend';
import { confirmStep, refreshSession, session, signIn } from '../session';

function errorLine(id: string, e: unknown): HTMLElement {
  return h('p', { id, class: 'field-error', role: 'alert', 'data-code': isUiError(e) ? e.code : '' }, isUiError(e) ? e.message : String(e));
}

function peopleTable(v: PeopleView): HTMLElement {
  if (v.people.length === 0) return h('p', { id: 'people-none', class: 'hint', i18n: 'ui-people-none' });
  return h('table', { id: 'people-list', class: 'register' },
    h('thead', {}, h('tr', {}, ...['ui-people-name', 'ui-people-role', 'ui-people-scope', 'ui-people-enrolled', 'ui-people-state'].map((k) => h('th', { i18n: k })))),
    h('tbody', {}, ...v.people.map((p) => h('tr', { 'data-person': p.name, class: p.locked ? 'locked' : '' },
      h('td', {}, p.name), h('td', { 'data-role': p.role }, p.role_label), h('td', {}, p.scope_display), h('td', {}, p.enrolled_display), h('td', {}, p.state_display)))));
}

function enrolForm(v: PeopleView): HTMLElement {
  const name = h('input', { id: 'enrol-name', autocomplete: 'off' });
  const role = h('select', { id: 'enrol-role' }, ...v.roles.map((r) => h('option', { value: r.code }, r.label)));
  // Book-wide, or the books of one organisation only.
  const scope = h('select', { id: 'enrol-org' }, h('option', { value: '', i18n: 'ui-people-scope-all' }),
    ...(state.overview?.orgs ?? []).map((o) => h('option', { value: o.code }, o.name)));
  const pin = h('input', { id: 'enrol-pin', type: 'password', inputmode: 'numeric', autocomplete: 'off' });
  const again = h('input', { id: 'enrol-pin-again', type: 'password', inputmode: 'numeric', autocomplete: 'off' });
  const out = h('div', { id: 'enrol-out' });
  const submit = h('button', { id: 'enrol-submit', class: 'primary', i18n: 'ui-people-enrol', onclick: async () => {
    if (pin.value !== again.value) { out.replaceChildren(h('p', { class: 'field-error', role: 'alert', i18n: 'ui-people-pins-differ' })); return; }
    submit.disabled = true;
    try {
      await api.call('person_enrol', { input: { name: name.value, role: role.value, org: scope.value || null, pin: pin.value, client_id: crypto.randomUUID() }, locale: locale() });
      const first = v.first;
      if (first) await signIn(t('ui-people-first-sign-in'));
      await go('people');
      notice(`${t('ui-people-enrolled-done')} ${name.value.trim()}`);
    } catch (e) {
      out.replaceChildren(errorLine('enrol-error', e));
    } finally { submit.disabled = false; }
  } });
  return h('section', { id: 'people-enrol' }, h('h3', { i18n: 'ui-people-enrol-title' }),
    h('p', { class: 'hint', i18n: v.first ? 'ui-people-first-hint' : 'ui-people-enrol-hint' }),
    h('label', {}, h('span', { i18n: 'ui-people-name' }), name),
    h('label', {}, h('span', { i18n: 'ui-people-role' }), role),
    h('label', {}, h('span', { i18n: 'ui-people-scope' }), scope),
    h('label', {}, h('span', { i18n: 'ui-people-pin' }), pin),
    h('label', {}, h('span', { i18n: 'ui-people-pin-again' }), again), submit, out);
}

function pinForm(): HTMLElement {
  const current = h('input', { id: 'pin-current', type: 'password', inputmode: 'numeric', autocomplete: 'off' });
  const pin = h('input', { id: 'pin-new', type: 'password', inputmode: 'numeric', autocomplete: 'off' });
  const again = h('input', { id: 'pin-new-again', type: 'password', inputmode: 'numeric', autocomplete: 'off' });
  const out = h('div', { id: 'pin-out' });
  const submit = h('button', { id: 'pin-submit', class: 'primary', i18n: 'ui-people-pin-change', onclick: async () => {
    if (pin.value !== again.value) { out.replaceChildren(h('p', { class: 'field-error', role: 'alert', i18n: 'ui-people-pins-differ' })); return; }
    submit.disabled = true;
    try {
      await api.call('person_pin_change', { current: current.value, pin: pin.value, locale: locale() });
      current.value = pin.value = again.value = '';
      out.replaceChildren(h('p', { class: 'ok', i18n: 'ui-people-pin-changed' }));
    } catch (e) {
      out.replaceChildren(errorLine('pin-error', e));
    } finally { submit.disabled = false; }
  } });
  return h('section', { id: 'people-pin' }, h('h3', { i18n: 'ui-people-pin-title' }),
    h('label', {}, h('span', { i18n: 'ui-people-pin-current' }), current),
    h('label', {}, h('span', { i18n: 'ui-people-pin-new' }), pin),
    h('label', {}, h('span', { i18n: 'ui-people-pin-again' }), again), submit, out);
}

async function membersSection(): Promise<HTMLElement | null> {
  const org = currentOrg();
  if (!org) return null;
  // Those who have left (erased ones last): the members this section is for.
  const list = (await api.call('member_list', { org: org.code, locale: locale() })).filter((m) => m.exited);
  const out = h('div', { id: 'erase-out' });
  const rows = list.map((m) => {
    let action: HTMLElement | string = m.reason ? h('span', { class: 'hint' }, m.reason) : '';
    if (m.erasable) {
      const b = h('button', { class: 'danger', 'data-erase': m.member, i18n: 'ui-people-erase', onclick: async () => {
        const text = `${m.member} ${m.name}: ${t('ui-people-erase-confirm')}`;
        if (!(await confirmStep('ui-people-erase-title', text, 'ui-people-erase'))) return;
        b.disabled = true;
        try {
          await api.call('member_erase', { org: org.code, member: m.member, locale: locale() });
          await go('people');
          notice(`${t('ui-people-erased-done')} ${m.member}`);
        } catch (e) {
          out.replaceChildren(errorLine('erase-error', e));
          b.disabled = false;
        }
      } });
      action = b;
    }
    return h('tr', { 'data-member': m.member, class: m.erased ? 'erased' : '' }, h('td', {}, m.member), h('td', { class: 'member-name' }, m.name), h('td', {}, m.status_display), h('td', {}, action));
  });
  return h('section', { id: 'people-members' }, h('h3', { i18n: 'ui-people-members-title' }), h('p', { class: 'hint', i18n: 'ui-people-members-hint' }),
    list.length === 0 ? h('p', { id: 'member-list-none', class: 'hint', i18n: 'ui-people-members-none' }) : '',
    h('table', { id: 'member-list', class: 'register', hidden: list.length === 0 },
      h('thead', {}, h('tr', {}, ...['ui-people-member-no', 'ui-people-name', 'ui-people-state', 'ui-people-action'].map((k) => h('th', { i18n: k })))),
      h('tbody', {}, ...rows)), out);
}

async function peopleScreen(): Promise<void> {
  const root = surface();
  await refreshSession();
  const v = await api.call('people_view', { locale: locale() });
  const who = session.signed_in;
  const box = h('section', { id: 'people' }, h('h2', { i18n: 'ui-people-title' }),
    h('p', { class: 'hint', i18n: session.enrolled ? 'ui-people-enrolled-hint' : 'ui-people-single-user' }), peopleTable(v));
  if (v.first || !who || who.may_enrol) box.append(enrolForm(v));
  if (who) box.append(pinForm());
  root().append(box);
  try {
    const members = await membersSection();
    if (members) root().append(members);
  } catch (e) { showError(e); }
}

registerScreen('people', { render: peopleScreen });
