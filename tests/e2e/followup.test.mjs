// The committee's follow-up screen end to end (issue 15, seed 004), in headless Chromium against
// samuh-serve on a fresh demo book dated 20 November 2026, on the demo village fund (vf-roiet):
// the follow-up list, a visit refused then recorded and shown in the visit log, the invitations,
// the follow-up meeting with an agreed payment (a refused one first), its minutes and a debt
// acknowledgement printed. Every label is compared whole with locales/<lang>/*.ftl; after each
// refusal the book is checked unchanged through the API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { api as call, openOrg, readFluent, setLang, start } from './harness.mjs';

const TODAY = '2026-11-20';
const ORG = 'vf-roiet';
const FTL = { en: readFluent('en'), th: readFluent('th') };

let page, stop;

before(async () => {
  ({ page, stop } = await start(TODAY, {
    timeout: 30000,
  }));
});
after(async () => { await stop?.(); });

const text = async (sel) => (await page.textContent(sel))?.trim();

const api = (command, args) => call(page, command, args);

/// Everything the committee's lists say, and the visit log: what a refusal must leave as it was.
async function lists() {
  const out = {};
  for (const name of ['followup-list', 'visit-log', 'debt-free', 'cash-book']) {
    out[name] = (await api('report_view', { params: { org: ORG, name }, locale: { lang: 'en' } })).body;
  }
  out.visits = (await api('visits_list', { org: ORG, member: null })).body;
  return out;
}

/// The shown report's rows, each as its cells' text.
const rows = (report) => page.$$eval(`#followup-report-out .report[data-report="${report}"] tbody tr`, (trs) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent)));

async function openFollowup(lang) {
  await setLang(page, lang);
  await openOrg(page, ORG);
  await page.click('#nav-followup');
  await page.waitForSelector('#followup-report-out .report[data-report="followup-list"]');
}

test('the committee sees who fell behind, records a visit (a refused one changes nothing) and reads it in the visit log', async () => {
  await openFollowup('en');
  const en = FTL.en;
  // The receipts are for the fund's last meeting (its monthly meeting of 5 November 2026),
  // written as she writes dates, not a browser's "mm/dd/yyyy" box.
  assert.equal(await page.getAttribute('#receipts-date', 'type'), null);
  assert.equal(await page.inputValue('#receipts-date'), '05-11-2026');
  assert.equal(await text('#committee > h2'), en['ui-followup-committee-title']);
  assert.equal(await text('#committee > p.hint'), en['ui-followup-committee-hint']);
  assert.deepEqual(await page.$$eval('#committee section h3', (hs) => hs.map((x) => x.textContent)),
    [en['ui-visit-title'], en['ui-invite-title'], en['ui-fmeeting-title'], en['ui-ack-title']]);
  assert.deepEqual(await page.$$eval('#followup-report option', (os) => os.map((o) => o.textContent)),
    [en['report-followup-list'], en['report-visit-log'], en['report-debt-free']]);
  assert.equal(await text('#visit-save'), en['ui-visit-save']);
  assert.equal(await text('#invite-print'), en['ui-invite-print']);
  assert.equal(await text('#fmeeting-save'), en['ui-fmeeting-save']);
  assert.equal(await text('#ack-print'), en['ui-ack-print']);

  // The demo fund's list on 20 November: M09's loan 4, 21,200.00 baht overdue (the figure the treasurer's
  // session found pre-filled), and M12's rescheduled loan 5, up to date.
  const list = await rows('followup-list');
  const byLoan = Object.fromEntries(list.map((r) => [r[3], r]));
  assert.deepEqual(Object.keys(byLoan).sort(), ['4', '5']);
  assert.match(byLoan['4'][0], /^M09 /);
  assert.equal(byLoan['4'][4], '21,200.00');
  assert.equal(byLoan['4'][8], '0', 'no visit yet');

  // A visit with nobody named as having gone: refused beside that box, nothing recorded.
  const before = await lists();
  await page.fill('#visit-loan', '4');
  await page.fill('#visit-found', 'She says she paid 2,000 in October.');
  await page.click('#visit-save');
  const err = page.locator('#visit-result .field-error');
  await err.waitFor();
  assert.equal(await err.getAttribute('data-code'), 'error-required');
  assert.equal(await err.getAttribute('data-for'), 'visitors');
  assert.equal(await page.locator('#visit-visitors.invalid').count(), 1);
  assert.deepEqual(await lists(), before, 'the refused visit changed nothing');

  // Now with who went; the household's account differs from the committee's record.
  await page.fill('#visit-visitors', 'M01 and M02 of the committee');
  await page.uncheck('#visit-matches');
  await page.click('#visit-save');
  await page.waitForSelector('#visit-saved');
  assert.equal(await text('#visit-saved'), en['ui-visit-saved']);
  assert.equal(await page.locator('#visit-visitors.invalid').count(), 0);
  await page.waitForSelector('#followup-report-out .report[data-report="visit-log"] tbody tr');
  const log = await rows('visit-log');
  assert.equal(log.length, 1);
  assert.deepEqual(log[0], ['20-11-2026', byLoan['4'][0], '4', 'M01 and M02 of the committee', 'She says she paid 2,000 in October.', en['visit-record-differs']]);
  assert.equal(await text('#followup-report-out .report[data-report="visit-log"] h2'), en['report-visit-log']);
  // The follow-up list counts it.
  await page.selectOption('#followup-report', 'followup-list');
  await page.waitForSelector('#followup-report-out .report[data-report="followup-list"]');
  assert.equal(Object.fromEntries((await rows('followup-list')).map((r) => [r[3], r]))['4'][8], '1');
});

test('invitations for the households behind, the follow-up meeting with a payment agreed (a refused one changes nothing), its minutes and a debt acknowledgement', async () => {
  await openFollowup('en');
  const en = FTL.en;
  // Invitations: only a household with something overdue is invited; M12 (rescheduled, up to
  // date) is not: one invitation.
  await page.fill('#invite-meeting-date', '27-11-2026');
  await page.fill('#invite-place', 'Village hall');
  await page.fill('#invite-time', '10 am');
  await page.click('#invite-print');
  await page.waitForSelector('#invite-printed');
  assert.equal(await text('#invite-printed'), `${en['ui-invite-printed']} 1`);
  const printed = await page.getAttribute('#invite-result', 'data-printed');
  assert.ok(fs.readFileSync(printed).subarray(0, 5).toString() === '%PDF-', 'the invitations are a PDF');

  // A payment agreed for loan 3, which is not on the list: refused, nothing recorded.
  await page.fill('#fmeeting-place', 'Village hall');
  await page.fill('#fmeeting-attended', 'M09, the committee');
  await page.fill('#promises tr[data-promise="0"] .promise-loan', '3');
  await page.fill('#promises tr[data-promise="0"] .promise-pay-on', '30-11-2026');
  await page.fill('#promises tr[data-promise="0"] .promise-amount', '5000');
  const before = await lists();
  await page.click('#fmeeting-save');
  const err = page.locator('#fmeeting-result .field-error');
  await err.waitFor();
  assert.equal(await err.getAttribute('data-code'), 'error-loan-not-on-followup');
  assert.equal(await err.textContent(), en['error-loan-not-on-followup'].replace('{ $loan }', '3').replace('{ $date }', '20 November 2026'));
  assert.deepEqual(await lists(), before, 'the refused meeting changed nothing');

  // Loan 4 instead: M09 will pay ฿5,000 by 30 November; the list shows the promise.
  await page.fill('#promises tr[data-promise="0"] .promise-loan', '4');
  await page.click('#fmeeting-save');
  await page.waitForSelector('#fmeeting-saved');
  assert.equal(await text('#fmeeting-saved'), en['ui-fmeeting-saved']);
  await page.waitForFunction(() => [...document.querySelectorAll('#followup-report-out .report[data-report="followup-list"] tbody tr')].some((tr) => tr.children[10]?.textContent === '30-11-2026'));
  const row = Object.fromEntries((await rows('followup-list')).map((r) => [r[3], r]))['4'];
  assert.deepEqual(row.slice(10), ['30-11-2026', '5,000.00']);

  await page.click('#fmeeting-print');
  await page.waitForSelector('#fmeeting-printed');
  assert.equal(await text('#fmeeting-printed'), en['ui-fmeeting-printed']);

  // The acknowledgement: loan 4 was never rescheduled (refused, said so); loan 5 was.
  await page.fill('#ack-loan', '4');
  await page.click('#ack-print');
  await page.waitForSelector('#ack-result .field-error');
  assert.equal(await page.getAttribute('#ack-result .field-error', 'data-code'), 'error-loan-not-rescheduled');
  await page.fill('#ack-loan', '5');
  await page.click('#ack-print');
  await page.waitForSelector('#ack-printed');
  assert.equal(await text('#ack-printed'), en['ui-ack-printed']);
});

test('in Thai: the committee\'s headings, and the visit log in Thai', async () => {
  await openFollowup('th');
  const th = FTL.th;
  assert.equal(await text('#committee > h2'), th['ui-followup-committee-title']);
  assert.deepEqual(await page.$$eval('#committee section h3', (hs) => hs.map((x) => x.textContent)),
    [th['ui-visit-title'], th['ui-invite-title'], th['ui-fmeeting-title'], th['ui-ack-title']]);
  assert.deepEqual(await page.$$eval('#committee label > span', (ss) => ss.slice(0, 2).map((x) => x.textContent)), [th['ui-followup-list'], th['ui-followup-as-on']]);
  await page.selectOption('#followup-report', 'visit-log');
  await page.waitForSelector('#followup-report-out .report[data-report="visit-log"] tbody tr');
  assert.equal(await text('#followup-report-out .report[data-report="visit-log"] h2'), th['report-visit-log']);
  const log = await rows('visit-log');
  assert.equal(log[0][5], th['visit-record-differs']);
});

test('the home card of the village fund says where its books stand today, in English and Thai', async () => {
  // Today's closing balances as the cash book and the bank book have them (summed from the
  // postings, another path than the card's), and the loans the follow-up list shows overdue.
  const closing = async (name) => {
    const r = (await api('report_view', { params: { org: ORG, name }, locale: { lang: 'en' } })).body;
    const rows = r.sections[0].rows;
    return rows[rows.length - 1][r.sections[0].columns.findIndex((c) => c.id === 'col-balance')];
  };
  const list = (await api('report_view', { params: { org: ORG, name: 'followup-list' }, locale: { lang: 'en' } })).body.sections[0];
  const overdueCol = list.columns.findIndex((c) => c.id === 'col-overdue');
  const overdue = list.rows.filter((r) => r[overdueCol] !== '0.00').length;
  assert.equal(overdue, 1, 'M09\'s loan 4 only');
  const meetings = (await api('meeting_list', { org: ORG, locale: { lang: 'en' } })).body.filter((m) => !m.reversed);
  for (const lang of ['en', 'th']) {
    await setLang(page, lang);
    await page.click('#nav-home');
    const card = `[data-testid="org-${ORG}"]`;
    await page.waitForSelector(card);
    const figure = (key) => page.textContent(`${card} [data-figure="${key}"] strong`);
    const label = (key) => page.textContent(`${card} [data-figure="${key}"] > span`);
    assert.equal(await label('cash'), FTL[lang]['ui-home-cash']);
    assert.equal(await label('bank'), FTL[lang]['ui-home-bank']);
    assert.equal(await label('overdue'), FTL[lang]['ui-home-overdue']);
    assert.equal(await label('last-meeting'), FTL[lang]['ui-home-last-meeting']);
    assert.equal(await page.textContent(`${card} .start`), FTL[lang]['ui-home-start-meeting']);
    if (lang === 'en') {
      assert.equal(await figure('cash'), `฿${await closing('cash-book')}`);
      assert.equal(await figure('bank'), `฿${await closing('bank-book')}`);
      assert.equal(await figure('overdue'), String(overdue));
      assert.equal(await figure('last-meeting'), meetings[0].date_display, 'the newest meeting standing');
    }
  }
  await setLang(page, 'en');
});
