// End to end in headless Chromium against the real core: in Thai, create a new empty book, run
// the setup wizard for a new SHG (5 members typed in, 3 more from a CSV file whose 2 bad rows are
// reported by line and column), enter opening balances, finish, and see the group on the home
// screen and its savings register showing the opening balances. Screenshots: target/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { root, start } from './harness.mjs';

const shots = path.join(root, 'target/screenshots');
const TODAY = '2026-11-20';

let page, tmp, stop;

before(async () => { ({ page, tmp, stop } = await start(TODAY)); });
after(async () => { await stop?.(); });

const THAI = /[\u0E00-\u0E7F]/;
const CSV = '\uFEFFเลขที่สมาชิก,ชื่อ,ตำแหน่ง,วันที่เข้าเป็นสมาชิก,เลขประจำตัว 4 หลักท้าย\n'
  + '6,นางสมใจ ดีงาม,,01/02/2569,1234\n'
  + '7,,,01/02/2569,\n'
  + '8,"นางบุญมี, ศรีสุข",เหรัญญิก,๐๑/๐๓/๒๕๖๙,\n'
  + '9,นางมาลี ทองคำ,,01/03/2569,1 2345 67890 12 3\n'
  + '10,นางวันดี มีสุข,member,,\n';

async function next() {
  const step = await page.getAttribute('[data-step]', 'data-step');
  await page.click('#setup-next');
  await page.waitForFunction((s) => document.querySelector('[data-step]')?.getAttribute('data-step') !== s, step);
}

test('in Thai, a new book and a new SHG through the wizard, with a CSV import and opening balances', async () => {
  await page.click('#nav-settings');
  await page.selectOption('#settings-lang', 'th');
  await page.waitForFunction(() => document.documentElement.lang === 'th');
  await page.click('#nav-home');
  // The today line has a space after its label and the date in the Buddhist Era.
  assert.match(await page.textContent('#today'), /2569/);
  assert.match(await page.evaluate(() => document.querySelector('#today').parentElement.textContent), /\S \d/);

  // A new book file is made under Settings; the new book opens on the (empty) home screen.
  await page.click('#nav-settings');
  await page.fill('#book-new-path', path.join(tmp, 'new.samuh'));
  await page.click('#book-create');
  await page.waitForSelector('p[data-i18n="ui-no-orgs"]');
  assert.equal(await page.locator('.orgs li').count(), 0, 'a new book is empty');
  await page.click('#setup-start');

  // Step 1: the group. Currency and fiscal year follow the country.
  await page.waitForSelector('[data-step="0"]');
  // A Thai reader's new group starts in Thailand, in Thai (issue 12).
  assert.equal(await page.inputValue('[data-path="org.country"]'), 'th');
  assert.equal(await page.inputValue('[data-path="org.lang"]'), 'th');
  await page.selectOption('[data-path="org.country"]', 'th');
  await page.waitForFunction(() => document.querySelector('#setup-country-facts')?.textContent.includes('THB'));
  await page.selectOption('[data-path="org.kind"]', 'shg');
  await page.selectOption('[data-path="org.meeting_frequency"]', 'monthly');
  await page.fill('[data-path="org.name"]', 'กลุ่มออมทรัพย์บ้านหนองแวง');
  await page.fill('[data-path="org.place"]', 'ร้อยเอ็ด');
  await page.fill('[data-path="org.formed_on"]', '01/01/2569');
  // Next without a code: the core's refusal beside the field, in Thai.
  await page.click('#setup-next');
  const err = page.locator('.field-error[data-for="org.code"]');
  await err.waitFor();
  assert.match(await err.textContent(), THAI);
  await page.screenshot({ path: path.join(shots, 'th-setup-1-group.png'), fullPage: true });
  await page.fill('[data-path="org.code"]', 'shg-nongwaeng');
  await next();

  // Step 2: by-laws, prefilled with the country's usual values.
  assert.notEqual(await page.inputValue('[data-path="policy.saving_per_meeting"]'), '');
  await page.fill('[data-path="policy.saving_per_meeting"]', '๑๐๐');
  await page.screenshot({ path: path.join(shots, 'th-setup-2-bylaws.png'), fullPage: true });
  await next();

  // Step 3: five members typed in, then a file with two bad rows.
  const names = ['นางสมศรี ใจดี', 'นางบัวผัน แก้วใส', 'นางทองใบ สายสุด', 'นางคำปุ่น ศรีงาม', 'นางจันทร์เพ็ญ ทองดี'];
  for (let k = 0; k < names.length; k++) {
    await page.click('#setup-add-member');
    await page.fill(`[data-path="members.${k}.name"]`, names[k]);
  }
  await page.setInputFiles('#setup-csv', { name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.waitForSelector('#setup-csv-summary');
  const rejected = await page.$$eval('#setup-csv-rejected tbody tr', (rows) => rows.map((r) => [r.dataset.line, r.textContent]));
  assert.deepEqual(rejected.map((r) => r[0]), ['3', '5'], 'the two bad rows, by line');
  assert.ok(rejected.every((r) => THAI.test(r[1])), 'the report is in Thai');
  assert.ok(!rejected[1][1].includes('67890'), 'a full identity number is never shown back');
  assert.equal(await page.locator('#setup-csv-accepted tbody tr').count(), 3);
  await page.screenshot({ path: path.join(shots, 'th-setup-3-csv-report.png'), fullPage: true });
  await page.click('#setup-csv-take');
  await page.waitForSelector('[data-path="members.7.name"]');
  await next();

  // Step 4: opening balances from the paper books.
  await page.fill('[data-path="opening.date"]', '31/10/2569');
  await page.fill('[data-path="opening.cash"]', '1,500');
  await page.fill('[data-path="opening.savings.0.savings"]', '1,200');
  await page.fill('[data-path="opening.savings.1.savings"]', '๕๐๐');
  await page.fill('[data-path="opening.loans.2.outstanding"]', '3000');
  await page.fill('[data-path="opening.loans.2.instalments"]', '1');
  await page.screenshot({ path: path.join(shots, 'th-setup-4-opening.png'), fullPage: true });
  await next();

  // Step 5: check and save; the group is on the home screen.
  assert.match(await page.textContent('#setup-summary'), /THB/);
  await page.screenshot({ path: path.join(shots, 'th-setup-5-finish.png'), fullPage: true });
  await page.click('#setup-save');
  await page.waitForSelector('[data-testid="org-shg-nongwaeng"]');
  assert.match(await page.textContent('[data-testid="org-shg-nongwaeng"]'), /หนองแวง/);
  await page.screenshot({ path: path.join(shots, 'th-setup-6-home.png'), fullPage: true });

  // Its savings register shows the opening balances.
  await page.click('[data-testid="org-shg-nongwaeng"]');
  await page.click('#nav-registers');
  await page.waitForSelector('#register');
  await page.selectOption('#register', 'savings-register');
  await page.waitForSelector('.report[data-report="savings-register"]');
  const text = await page.textContent('.report[data-report="savings-register"]');
  assert.match(text, /1,200\.00/);
  assert.match(text, /500\.00/);
  assert.doesNotMatch(text, /-0\.00/, 'no negative zero');
  assert.match(text, /นางบุญมี, ศรีสุข/, 'an imported member is in the register');
  await page.screenshot({ path: path.join(shots, 'th-setup-7-savings-register.png'), fullPage: true });
});
