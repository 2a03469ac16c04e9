// The fund centre's households in the browser against the real core (issue 16, seed 003): a
// village fund records a member's household number on the registers screen, sends its bundle,
// the fund centre imports it, shows that household's debts, follows it from the oversight screen
// and finds it among its target households; a household number no fund knows is refused with the
// core's Thai message. Everything waits for state (selectors, data attributes), never for time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ftlMessage, setLang, start } from './harness.mjs';

const TODAY = '2026-11-20';
const FC = 'fc-e2e';
const VF = 'vf-roiet';
const KEY = '5501012345';
let page, stop;

before(async () => {
  ({ page, stop } = await start(TODAY));
  const fc = await api('setup_record', { input: { org: { code: FC, name: 'ศูนย์จัดการกองทุนชุมชน', kind: 'fund-centre', country: 'th', meeting_frequency: 'monthly', formed_on: '2024-01-01' } } });
  assert.equal(fc.org, FC, JSON.stringify(fc));
});
after(async () => { await stop?.(); });

const api = (command, args) => page.evaluate(async ([command, args]) => {
  const r = await fetch(`./api/${command}`, { method: 'POST', body: JSON.stringify({ locale: { lang: 'en' }, ...args }) });
  return r.json();
}, [command, args]);

const msg = (lang, id) => ftlMessage(lang, id, 'households.ftl');

/// Opens an organisation's screen from the home screen.
async function open(org, nav, ready) {
  await page.click('#nav-home');
  await page.click(`[data-testid="org-${org}"]`);
  await page.click(nav);
  await page.waitForSelector(ready);
}

test('a village fund records a household number; the fund centre sees the household, follows it, and refuses an unknown one in Thai', async () => {
  await setLang(page, 'en');
  // Every member of the demo village fund belongs to one household here: whoever has a loan
  // running, the household has debts.
  const overview = await api('book_overview', {});
  const members = overview.orgs.find((o) => o.code === VF).members;
  await open(VF, '#nav-registers', '#household-section');
  assert.equal(await page.textContent('#household-save'), msg('en', 'ui-household-save'));
  for (const [no] of members) {
    await page.selectOption('#household-member', no);
    await page.fill('#household-key', '5501-0123 45');
    await page.fill('#household-date', '2026-11-19');
    await page.click('#household-save');
    await page.waitForSelector('#household-done');
    await page.evaluate(() => document.querySelector('#household-done')?.remove());
  }
  const sent = await api('bundle_write', { input: { org: VF, out: 'vf-roiet.bundle', no_names: true } });
  assert.equal(sent.org, VF, JSON.stringify(sent));
  const imported = await api('bundle_import', { input: { org: FC, files: [sent.path], register: true } });
  assert.equal(imported[0].group, VF, JSON.stringify(imported));

  await open(FC, '#nav-groups', '#oversight-board[data-shown="1"]');
  await page.fill('#rollup-household', KEY);
  await page.selectOption('#rollup-which', 'household-debts');
  await page.waitForSelector('#rollup-report .report[data-report="household-debts"]');
  const cells = await page.$$eval('#rollup-report .report[data-report="household-debts"] tbody tr', (trs) => trs.map((tr) => tr.children[0].textContent));
  assert.ok(cells.length > 0 && cells.every((c) => c === KEY), JSON.stringify(cells));

  await page.fill('#follow-household', '5501 012345');
  await page.fill('#follow-date', '2026-11-20');
  await page.click('#follow-save');
  await page.waitForSelector('#follow-done');
  assert.equal(await page.textContent('#follow-done'), msg('en', 'ui-household-followed'));
  await page.selectOption('#rollup-which', 'target-households');
  await page.waitForSelector('#rollup-report .report[data-report="target-households"]');
  const rows = await page.$$eval('#rollup-report .report[data-report="target-households"] tbody tr', (trs) => trs.map((tr) => tr.children[0].textContent));
  assert.deepEqual(rows, [KEY]);

  await setLang(page, 'th');
  await open(FC, '#nav-groups', '#oversight-board[data-shown="1"]');
  await page.fill('#follow-household', '999');
  await page.fill('#follow-date', '2026-11-20');
  await page.click('#follow-save');
  await page.waitForSelector('#follow-result .field-error');
  assert.equal(await page.getAttribute('#follow-result .field-error', 'data-code'), 'error-household-unknown');
  assert.equal(await page.textContent('#follow-result .field-error'), msg('th', 'error-household-unknown').replace('{ $household }', '999'));
});
