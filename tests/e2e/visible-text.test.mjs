// What people see, exactly: for each language, the main screens' navigation, headings, buttons and
// field labels read as innerText from visible elements and compared whole with the messages of
// locales/<lang>/*.ftl, read here by a small parser of their own (not the core's `ui_messages`).
// Then a refused meeting in each language: the exact message beside the field (its Fluent
// pattern with the values this test typed) and a book unchanged, report by report, through the API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { markAll, openOrg, readFluent, root, settled, setLang, start } from './harness.mjs';

const TODAY = '2026-11-20';
const LANGS = ['en', 'hi', 'bn', 'th'];
const ORG = { en: 'shg-kishanganj', hi: 'shg-kishanganj', bn: 'coop-meherpur', th: 'vf-roiet' };
const SCRIPT = { hi: /[\u0900-\u097F]/, bn: /[\u0980-\u09FF]/, th: /[\u0E00-\u0E7F]/ };

const FTL = Object.fromEntries(LANGS.map((l) => [l, readFluent(l)]));

/// The message `id` of `lang` from the .ftl files, failing when it is missing or takes arguments.
function msg(lang, id) {
  const text = FTL[lang][id];
  assert.ok(text !== undefined, `${lang}: ${id} is in locales/${lang}`);
  assert.ok(!text.includes('{'), `${lang}: ${id} is plain text`);
  return text;
}

/// A Fluent pattern as a regular expression: its fixed parts literally, each `{ $name }` a group.
function patternOf(lang, id) {
  const text = FTL[lang][id];
  assert.ok(text !== undefined && !text.includes('->'), `${lang}: ${id} is a simple pattern`);
  let src = '^';
  let last = 0;
  for (const m of text.matchAll(/\{\s*\$([A-Za-z0-9_-]+)\s*\}/g)) {
    src += text.slice(last, m.index).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + `(?<${m[1].replace(/-/g, '_')}>.+?)`;
    last = m.index + m[0].length;
  }
  return new RegExp(`${src}${text.slice(last).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 's');
}

/// The element showing message `id` (found by the `data-i18n` the UI gives it; ids read in
/// ui/src), within `scope`: the visible ones' innerText.
async function shown(page, id, scope = 'body') {
  return page.$$eval(`${scope} [data-i18n="${id}"]`, (els) => els
    .filter((e) => e.checkVisibility ? e.checkVisibility() : e.offsetParent !== null)
    .map((e) => e.innerText.trim()));
}

/// Every id of `ids` is shown (visible, at least once) with exactly its text in `lang`.
async function expectTexts(page, lang, ids, scope) {
  const wrong = [];
  for (const id of ids) {
    const texts = await shown(page, id, scope);
    const want = msg(lang, id);
    if (texts.length === 0) wrong.push(`${id}: not shown`);
    for (const t of texts) if (t !== want) wrong.push(`${id}: shows ${JSON.stringify(t)}, locales/${lang} has ${JSON.stringify(want)}`);
  }
  assert.deepEqual(wrong, [], `${lang}: visible texts`);
}

/// Every visible element marked with a message id shows that message's text of `lang` (those
/// whose message takes arguments or selectors are left to the explicit lists).
async function sweep(page, lang) {
  const marked = await page.$$eval('[data-i18n]', (els) => els
    .filter((e) => e.checkVisibility ? e.checkVisibility() : e.offsetParent !== null)
    .map((e) => [e.dataset.i18n, e.innerText.trim()]));
  const wrong = [];
  for (const [id, text] of marked) {
    const want = FTL[lang][id];
    if (want === undefined) { wrong.push(`${id}: no message in locales/${lang}`); continue; }
    if (want.includes('{')) continue;
    if (text !== want) wrong.push(`${id}: shows ${JSON.stringify(text)}, locales/${lang} has ${JSON.stringify(want)}`);
  }
  assert.deepEqual(wrong, [], `${lang}: every marked text on screen ${await page.getAttribute('#main', 'data-screen')}`);
  return marked.length;
}

/// Visible text not from a message: text nodes outside any [data-i18n] element. Reported, not
/// asserted (names, amounts and dates are data); Latin words in hi/bn/th are worth a look.
const unmarked = new Map();
async function collectUnmarked(page, lang) {
  const texts = await page.evaluate(() => {
    const out = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      const t = n.textContent.trim();
      if (!t || !el || el.closest('[data-i18n], script, style, option, td, code, .report, svg')) continue;
      if (el.checkVisibility && !el.checkVisibility()) continue;
      out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}: ${t.slice(0, 80)}`);
    }
    return out;
  });
  if (lang === 'en') return;
  for (const t of texts) if (/[A-Za-z]{3,}/.test(t.split(': ').slice(1).join(': '))) unmarked.set(`${lang} ${await page.getAttribute('#main', 'data-screen')} ${t}`, true);
}

async function screen(page, nav, ready) {
  await page.click(`#nav-${nav}`);
  await page.waitForFunction((s) => document.getElementById('main')?.dataset.screen === s, nav);
  await page.waitForSelector(ready);
}

let page, stop;
before(async () => { ({ page, stop } = await start(TODAY)); });
after(async () => {
  if (unmarked.size) console.log(`visible text not from a message, in hi/bn/th (Latin letters):\n  ${[...unmarked.keys()].join('\n  ')}`);
  await stop?.();
});

const NAV = ['ui-app-title', 'ui-nav-home', 'ui-nav-meeting', 'ui-nav-registers', 'ui-nav-corrections', 'ui-nav-reports', 'ui-nav-safety', 'ui-nav-settings', 'ui-nav-people'];
const HOME = ['ui-today', 'ui-pick-org', 'ui-setup-start'];
const MEETING = ['ui-meeting-date', 'ui-load', 'ui-col-member', 'ui-col-attendance', 'ui-col-savings', 'ui-col-loan', 'ui-col-repayment', 'ui-col-fine',
  'ui-new-loans', 'ui-loan-member', 'ui-loan-amount', 'ui-loan-purpose', 'ui-loan-instalments', 'ui-loan-guarantors', 'ui-remove', 'ui-add-loan',
  'ui-group-lines', 'ui-group-kind', 'ui-group-amount', 'ui-group-note', 'ui-add-group-line', 'ui-minutes', 'ui-agenda', 'ui-resolutions',
  'ui-cash-counted', 'ui-totals', 'ui-total-savings', 'ui-total-repayments', 'ui-total-fines', 'ui-total-loans', 'ui-total-receipts',
  'ui-total-payments', 'ui-cash-close', 'ui-bank-close', 'ui-difference', 'ui-save'];
const REGISTERS = ['ui-register', 'ui-from', 'ui-to', 'ui-show'];
const REPORTS = ['ui-report', 'ui-language', 'ui-from', 'ui-to', 'ui-preview', 'ui-save-pdf', 'ui-save-xlsx', 'ui-save-csv', 'ui-print'];
const SAFETY = ['ui-safety-codes', 'ui-safety-codes-hint', 'ui-col-org', 'ui-col-book-code', 'ui-col-entries', 'ui-code-check', 'ui-code-input',
  'ui-code-check-button', 'ui-backups', 'ui-backups-hint', 'ui-backup-folder', 'ui-backup-now', 'ui-copy-to', 'ui-copy-folder', 'ui-copy-button',
  'ui-restore', 'ui-restore-hint', 'ui-restore-file', 'ui-restore-compare'];
const SETTINGS = ['ui-settings', 'ui-language', 'ui-digits', 'ui-calendar', 'ui-book', 'ui-book-check-title', 'ui-open-book'];
const PEOPLE = ['ui-people-title', 'ui-people-enrol-title', 'ui-people-name', 'ui-people-role', 'ui-people-scope', 'ui-people-pin',
  'ui-people-pin-again', 'ui-people-enrol'];

/// Option labels of a select, value → text.
const options = (page, sel) => page.$$eval(`${sel} option`, (os) => Object.fromEntries(os.map((o) => [o.value, o.textContent.trim()])));

for (const lang of LANGS) {
  test(`${lang}: navigation, headings, buttons and labels are exactly the ${lang} messages`, async () => {
    await setLang(page, lang);
    let marked = 0;
    // Settings (where the language is chosen).
    await expectTexts(page, lang, NAV, 'header');
    await expectTexts(page, lang, SETTINGS, '#main');
    assert.deepEqual(await options(page, '#settings-lang'), Object.fromEntries(LANGS.map((l) => [l, msg(lang, `ui-lang-${l}`)])));
    assert.deepEqual(await options(page, '#settings-digits'), { native: msg(lang, 'ui-digits-native'), latin: msg(lang, 'ui-digits-latin') });
    const calendars = { '': msg(lang, 'ui-calendar-default'), gregorian: msg(lang, 'ui-calendar-gregorian'), buddhist: msg(lang, 'ui-calendar-buddhist') };
    if (lang === 'bn') calendars.bangabda = msg(lang, 'ui-calendar-bangabda');
    assert.deepEqual(await options(page, '#settings-calendar'), calendars);
    marked += await sweep(page, lang);
    await collectUnmarked(page, lang);

    await screen(page, 'home', `[data-testid="org-${ORG[lang]}"]`);
    await expectTexts(page, lang, HOME, '#main');
    marked += await sweep(page, lang);
    await collectUnmarked(page, lang);

    await openOrg(page, ORG[lang]);
    await page.click('#meeting-load');
    await page.waitForSelector('#grid tbody tr');
    // One loan line and one group line, so their column headings and buttons are on screen.
    await page.click('#add-loan');
    await page.click('#add-group');
    await settled(page);
    await expectTexts(page, lang, MEETING, '#main');
    assert.equal(await page.innerText('#nav-meeting'), msg(lang, 'ui-nav-meeting'));
    marked += await sweep(page, lang);
    await collectUnmarked(page, lang);

    await screen(page, 'registers', '.report[data-report]');
    await expectTexts(page, lang, REGISTERS, '#main');
    const registers = await options(page, '#register');
    for (const r of ['cash-book', 'bank-book', 'savings-register', 'loan-register', 'attendance', 'minutes']) assert.equal(registers[r], msg(lang, `report-${r}`), `${lang}: register ${r}`);
    assert.equal(registers.passbook, msg(lang, 'report-passbook-name'));
    assert.equal(registers.loan, msg(lang, 'ui-register-loan'));
    marked += await sweep(page, lang);
    await collectUnmarked(page, lang);

    await screen(page, 'reports', '#reports-which');
    await page.waitForSelector('#report .report, #report #audit-sheet');
    await expectTexts(page, lang, REPORTS, '#main');
    assert.deepEqual(await options(page, '#reports-lang'), Object.fromEntries(LANGS.map((l) => [l, msg(lang, `ui-lang-${l}`)])));
    marked += await sweep(page, lang);
    await collectUnmarked(page, lang);

    await screen(page, 'safety', '#book-codes');
    await expectTexts(page, lang, SAFETY, '#main');
    marked += await sweep(page, lang);
    await collectUnmarked(page, lang);

    await screen(page, 'people', '#people');
    await expectTexts(page, lang, PEOPLE, '#main');
    marked += await sweep(page, lang);
    await collectUnmarked(page, lang);

    // The texts are the language's own: not the English ones, and in its script.
    if (lang !== 'en') {
      for (const id of [...NAV.slice(1), ...MEETING, ...SAFETY]) {
        assert.notEqual(msg(lang, id), msg('en', id), `${lang}: ${id} is translated`);
        assert.match(msg(lang, id), SCRIPT[lang], `${lang}: ${id} in its script`);
      }
    }
    assert.ok(marked > 100, `${lang}: many marked texts checked (${marked})`);
  });
}

/// Every named report of `org` as the API gives it (English, Latin digits): the book as readers see it.
async function books(org) {
  return page.evaluate(async (org) => {
    const out = {};
    for (const name of ['cash-book', 'bank-book', 'savings-register', 'loan-register', 'trial-balance', 'balance-sheet']) {
      const r = await fetch('./api/report_view', { method: 'POST', body: JSON.stringify({ params: { org, name }, locale: { lang: 'en' } }) });
      out[name] = { status: r.status, body: await r.json() };
    }
    return out;
  }, org);
}

/// Native digits → Latin, grouping commas dropped: "९९,९९,९९९.००" → "9999999.00".
const latin = (s) => s.replace(/[\u0966-\u096F]/g, (d) => String(d.charCodeAt(0) - 0x966)).replace(/[\u09E6-\u09EF]/g, (d) => String(d.charCodeAt(0) - 0x9E6))
  .replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0xE50)).replace(/,/g, '');

for (const lang of LANGS) {
  test(`${lang}: a refused meeting shows the exact message beside each field and changes nothing in the book`, async () => {
    const org = ORG[lang];
    await setLang(page, lang);
    await openOrg(page, org);
    await page.click('#meeting-load');
    await page.waitForFunction(() => document.querySelectorAll('#loans tr').length === 0);
    const before = await books(org);
    for (const [name, r] of Object.entries(before)) assert.equal(r.status, 200, `${name} is a report of ${org}`);
    await markAll(page); // no one is marked until the treasurer marks her (issue 12)

    // First a saving that is not an amount, alone.
    const savingsTyped = await page.inputValue('[data-path="members.0.savings"]');
    await page.fill('[data-path="members.0.savings"]', '12x');
    await settled(page);
    const savingsError = page.locator('[data-path="members.0.savings"] + .field-error[data-for="members.0.savings"]');
    await savingsError.waitFor();
    assert.equal(await savingsError.getAttribute('data-code'), 'error-invalid-amount');
    const text = await savingsError.innerText();
    const m = text.match(patternOf(lang, 'error-invalid-amount'));
    assert.ok(m, `${lang}: ${JSON.stringify(text)} is locales/${lang} error-invalid-amount`);
    assert.equal(m.groups.input, '12x', 'the input as typed');
    assert.equal(m.groups.field, msg(lang, 'field-savings'), 'the field named in the language');
    if (lang !== 'en') assert.doesNotMatch(text.replace('12x', ''), /[A-Za-z]{2,}/, `${lang}: no English in ${JSON.stringify(text)}`);

    // Then, with the saving put right, a loan far above the by-laws' cap.
    {
      await page.fill('[data-path="members.0.savings"]', savingsTyped);
      const member = await page.getAttribute('#grid tbody tr:nth-child(2)', 'data-member');
      await page.click('#add-loan');
      await page.selectOption('[data-path="loans.0.member"]', member);
      await page.fill('[data-path="loans.0.amount"]', '9999999');
      await settled(page);
      const loanError = page.locator('[data-path="loans.0.amount"] + .field-error[data-for="loans.0.amount"]');
      await loanError.waitFor();
      assert.equal(await loanError.getAttribute('data-code'), 'error-loan-above-cap');
      const t = await loanError.innerText();
      const c = t.match(patternOf(lang, 'error-loan-above-cap'));
      assert.ok(c, `${lang}: ${JSON.stringify(t)} is locales/${lang} error-loan-above-cap`);
      assert.match(latin(c.groups.amount), /^9999999(\.0+)?$/, `the amount typed, ${c.groups.amount}`);
      const cap = Number(latin(c.groups.cap).replace(/[^0-9.]/g, ''));
      assert.ok(cap > 0 && cap < 9999999, `a cap below the amount: ${c.groups.cap}`);
      assert.ok(latin(c.groups.member).includes(member), `the member named: ${c.groups.member}`);
    }
    assert.equal(await page.locator('#form-errors .hint[data-i18n="ui-fix-errors"]').innerText(), msg(lang, 'ui-fix-errors'));

    await page.click('#meeting-save');
    await page.waitForFunction(() => !document.querySelector('#meeting-save').disabled);
    await page.waitForTimeout(300);
    assert.equal(await page.innerText('#meeting-save'), msg(lang, 'ui-save'));
    assert.equal(await page.locator('#saved-voucher, #saved-no-voucher').count(), 0, 'no voucher');
    // The core refuses the same meetings sent straight to it (not only the screen's preview):
    // the loan above the cap as the draft holds it, and the draft with the saving "12x".
    const direct = await page.evaluate(async ({ org, lang }) => {
      const input = JSON.parse(sessionStorage.getItem(`samuh.draft.${org}`));
      delete input.loan_rows; delete input.group_rows;
      const send = async (i) => {
        const r = await fetch('./api/meeting_record', { method: 'POST', body: JSON.stringify({ input: i, locale: { lang } }) });
        return { status: r.status, body: await r.json() };
      };
      const loan = await send(input);
      const savings = await send({ ...input, loans: [], members: input.members.map((m, k) => (k === 0 ? { ...m, savings: '12x' } : m)) });
      return { loan, savings };
    }, { org, lang });
    for (const [what, code] of [['loan', 'error-loan-above-cap'], ['savings', 'error-invalid-amount']]) {
      const r = direct[what];
      assert.notEqual(r.status, 200, `${what} refused: ${JSON.stringify(r.body)}`);
      assert.equal(r.body.code, code, `${what}: ${JSON.stringify(r.body)}`);
      assert.ok(patternOf(lang, code).test(r.body.message), `${lang}: ${JSON.stringify(r.body.message)} is its locales/${lang} message`);
    }
    assert.equal(direct.savings.body.message.match(patternOf(lang, 'error-invalid-amount')).groups.input, '12x');

    const after = await books(org);
    for (const name of Object.keys(before)) assert.deepEqual(after[name], before[name], `${lang}: ${name} unchanged`);
    await page.click('#meeting-load'); // the refused draft is set aside for the next language
  });
}
