// Every screen in the four languages (issue 12, "Done when"): each screen of each kind of book the
// demo holds is opened in English (Latin digits) and in Hindi, Bengali and Thai with their own
// digits, photographed for review by eye (target/e2e-screens/every-*.png, kept by CI), and read
// for what a person must never see: a Fluent placeholder or a message id instead of its text,
// "undefined" or "NaN", a number written in two digit systems at once, a Latin-digit value in a
// box when the reader chose her own digits, text cut off by its box or its dropdown, and the
// finished look broken: text below WCAG AA contrast or below 14 px, a control lower than 40 px,
// an amount in Devanagari or Bengali digits below 20 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { markAll, screens, setLang, start } from './harness.mjs';

const TODAY = '2026-11-20';

// The screens of a group's book, of the oversight book, and of the kinds with a screen of their own.
const GROUP = ['home', 'meeting', 'registers', 'corrections', 'followup', 'reports', 'yearend', 'safety', 'people', 'send', 'settings'];
const PASSES = [
  { lang: 'en', digits: 'latin', books: [['shg-kishanganj', GROUP], ['vo-kishanganj', ['groups', 'reports', 'send']], ['clf-kishanganj', ['groups']], ['wc-samkha', ['welfare']], ['vsla-dumka', ['vsla']]] },
  { lang: 'hi', digits: 'native', books: [['shg-kishanganj', GROUP], ['vo-kishanganj', ['groups', 'reports', 'send']], ['clf-kishanganj', ['groups']], ['vsla-dumka', ['vsla', 'meeting']]] },
  { lang: 'bn', digits: 'native', books: [['coop-meherpur', GROUP], ['clf-kishanganj', ['groups', 'reports']]] },
  { lang: 'th', digits: 'native', books: [['vf-roiet', GROUP], ['wc-samkha', ['welfare', 'meeting']], ['clf-kishanganj', ['groups']]] },
  // A 1280×800 screen at 125 % scaling lays the page out in 1024×640 CSS pixels: the longest
  // words (Hindi, Thai, Bengali) and the widest screens again, in that room.
  { lang: 'hi', digits: 'native', scaled: true, books: [['shg-kishanganj', GROUP], ['vo-kishanganj', ['groups']]] },
  { lang: 'th', digits: 'native', scaled: true, books: [['vf-roiet', ['meeting', 'registers', 'reports', 'yearend', 'settings']], ['wc-samkha', ['welfare']]] },
  { lang: 'bn', digits: 'native', scaled: true, books: [['coop-meherpur', ['home', 'meeting', 'registers', 'reports', 'yearend', 'people']], ['clf-kishanganj', ['groups']]] },
];

let page, stop;

before(async () => { ({ page, stop } = await start(TODAY)); });
after(async () => { await stop?.(); });

async function setDigits(digits) {
  await page.click('#nav-settings');
  await page.waitForSelector('#main[data-screen="settings"][data-ready="true"]', { state: 'attached' });
  if (await page.inputValue('#settings-digits') === digits) return;
  await page.selectOption('#settings-digits', digits);
  await page.waitForFunction((d) => localStorage.getItem('samuh.digits') === d, digits);
  await page.waitForSelector('#main[data-screen="settings"][data-ready="true"]', { state: 'attached' });
}

/// Opens `screen` of book `org` and waits until it is drawn; false when the book has no such
/// screen (its button hidden).
async function open(org, screen) {
  // Each pass starts each meeting afresh: not from the draft an earlier pass marked in its digits.
  await page.evaluate(() => sessionStorage.clear());
  await page.click('#nav-home');
  await page.waitForSelector(`[data-testid="org-${org}"]`);
  await page.click(`[data-testid="org-${org}"]`);
  await page.waitForSelector('#main[data-ready="true"]', { state: 'attached' });
  if (screen === 'home') await page.click('#nav-home');
  else if (await page.isHidden(`#nav-${screen}`)) return false;
  else await page.click(`#nav-${screen}`);
  // Set once the screen's drawing (with what it asked the core for) has finished.
  await page.waitForSelector(`#main[data-screen="${screen}"][data-ready="true"]`, { state: 'attached' });
  // The meeting with everyone marked present: the boxes then hold what the by-laws prefill.
  if (screen === 'meeting' && await page.$('#grid select.attendance')) {
    await markAll(page);
    await page.waitForSelector('body[data-previewing="false"]', { state: 'attached' });
  }
  return true;
}

/// What is wrong on the page as drawn, as "what: where: text" lines.
function problems(native, lang) {
  const big = lang === 'hi' || lang === 'bn';
  return page.evaluate(({ native, big }) => {
    const out = [];
    const visible = (e) => (e.checkVisibility ? e.checkVisibility() : e.offsetParent !== null);
    const where = (e) => {
      const id = e.closest('[id]');
      return `${e.tagName.toLowerCase()}${id ? ` in #${id.id}` : ''}`;
    };
    const NATIVE = /[\u0966-\u096F\u09E6-\u09EF\u0E50-\u0E59]/;
    // A code of letters and digits (a book code "5KPQ-MGGM", a paper size "A6") is kept as
    // written; a number, a voucher number or a year (digits and punctuation) is in the reader's
    // digits. (Members' numbers, "M12" too, are checked on their own below.)
    const numbers = (s) => s.replace(/[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*/g, '');
    const raw = (s) => /\{\s*[$-]|\bundefined\b|\bNaN\b|\[object /.test(s) || /^[a-z][a-z0-9]*(-[a-z0-9]+){2,}$/.test(s.trim());
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const s = n.textContent;
      const e = n.parentElement;
      if (!s.trim() || !e || !visible(e) || e.closest('script, style')) continue;
      if (raw(s)) out.push(`raw text: ${where(e)}: ${JSON.stringify(s.trim())}`);
      if (/[0-9]/.test(numbers(s)) && NATIVE.test(s)) out.push(`mixed digits: ${where(e)}: ${JSON.stringify(s.trim())}`);
    }
    // The page never scrolls sideways (a wide register scrolls in its own box).
    if (document.scrollingElement.scrollWidth > window.innerWidth) out.push(`page wider than the window: ${document.scrollingElement.scrollWidth} > ${window.innerWidth}`);
    // A browser date box writes "mm/dd/yyyy" in Latin digits whatever the reader's language and
    // calendar; dates are typed as she writes them, like the meeting's.
    for (const e of document.querySelectorAll('input[type="date"]')) {
      if (visible(e)) out.push(`browser date box: ${where(e)}`);
    }
    // The meeting's shares and social fund totals always have a figure (nothing bought is 0.00).
    for (const e of document.querySelectorAll('#totals dd[data-total="shares"], #totals dd[data-total="social_fund"]')) {
      if (visible(e) && !e.textContent.trim()) out.push(`a total with no figure: ${e.dataset.total}`);
    }
    // A member's number ("6", "M12") is written in the reader's digits, as the registers print it.
    for (const e of document.querySelectorAll('.no')) {
      if (native && visible(e) && /[0-9]/.test(e.textContent)) out.push(`Latin digits in a member's number: ${where(e)}: ${JSON.stringify(e.textContent)}`);
    }
    for (const e of document.querySelectorAll('input:not([type]), input[type="text"], input[type="search"], textarea, select')) {
      if (!visible(e)) continue;
      const v = e.tagName === 'SELECT' ? (e.selectedOptions[0]?.textContent ?? '') : e.value;
      if (raw(v)) out.push(`raw text: ${where(e)}: ${JSON.stringify(v)}`);
      if (/[0-9]/.test(numbers(v)) && NATIVE.test(v)) out.push(`mixed digits: ${where(e)}: ${JSON.stringify(v)}`);
      else if (native && e.tagName !== 'SELECT' && /[0-9]/.test(numbers(v)) && !/[/\\]/.test(v)) out.push(`Latin digits in a box: ${where(e)}: ${JSON.stringify(v)}`);
    }
    // Text cut off: a box narrower or shorter than its own text, where the overflow is hidden;
    // a dropdown narrower than the choice it shows.
    const canvas = document.createElement('canvas').getContext('2d');
    for (const e of document.querySelectorAll('body *')) {
      if (!visible(e) || e.closest('script, style')) continue;
      const cs = getComputedStyle(e);
      if (cs.display === 'inline' || cs.display === 'contents') continue;
      if (e.tagName === 'SELECT') {
        const text = e.selectedOptions[0]?.textContent ?? '';
        canvas.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const room = e.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 16;
        if (canvas.measureText(text).width > room + 1) out.push(`dropdown cut: ${where(e)}: ${JSON.stringify(text)}`);
        continue;
      }
      if (e.tagName === 'INPUT' || e.tagName === 'TEXTAREA') continue;
      const own = [...e.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent.trim());
      if (!own) continue;
      const hidesX = ['hidden', 'clip'].includes(cs.overflowX) || cs.textOverflow === 'ellipsis';
      const hidesY = ['hidden', 'clip'].includes(cs.overflowY);
      if ((hidesX && e.scrollWidth > e.clientWidth + 1) || (hidesY && e.scrollHeight > e.clientHeight + 1)) {
        out.push(`text cut: ${where(e)}: ${JSON.stringify(e.textContent.trim().slice(0, 60))}`);
      }
    }
    // The finished look (issue 12): text a person reads at WCAG AA contrast against what is
    // behind it (4.5:1; 3:1 for large text, 24 px or 18.66 px bold), never smaller than 14 px, and
    // every control a finger or a mouse aims at at least 40 px high. A disabled control is
    // exempt from contrast (WCAG 1.4.3); a link-like button inside a sentence from the height.
    const rgba = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null; const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return [r, g, b, a]; };
    const over = (top, under) => top.slice(0, 3).map((v, k) => v * top[3] + under[k] * (1 - top[3]));
    const backdrop = (e) => {
      const layers = [];
      for (let x = e; x; x = x.parentElement) {
        const bg = rgba(getComputedStyle(x).backgroundColor);
        if (bg && bg[3] > 0) { layers.push(bg); if (bg[3] >= 1) break; }
      }
      return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255]);
    };
    const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const dim = (e) => { for (let x = e; x; x = x.parentElement) if (parseFloat(getComputedStyle(x).opacity) < 1) return true; return false; };
    const checked = new Set();
    const words = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = words.nextNode(); n; n = words.nextNode()) {
      const e = n.parentElement;
      if (!n.textContent.trim() || !e || checked.has(e) || !visible(e) || e.closest('script, style, svg, option')) continue;
      checked.add(e);
      const cs = getComputedStyle(e);
      const size = parseFloat(cs.fontSize);
      if (size < 14 - 0.01) out.push(`text smaller than 14 px (${size} px): ${where(e)}: ${JSON.stringify(n.textContent.trim().slice(0, 40))}`);
      if (e.closest(':disabled') || dim(e)) continue;
      const fg = rgba(cs.color);
      if (!fg) continue;
      const bg = backdrop(e);
      const r = ratio(over(fg, bg), bg);
      const large = size >= 24 || (size >= 18.66 && parseInt(cs.fontWeight, 10) >= 700);
      if (r < (large ? 3 : 4.5) - 0.005) out.push(`contrast ${r.toFixed(2)}:1 (${cs.color} on rgb(${bg.map(Math.round).join(', ')})): ${where(e)}: ${JSON.stringify(n.textContent.trim().slice(0, 40))}`);
    }
    for (const e of document.querySelectorAll('button, select, input:not([type]), input[type="text"], input[type="search"], input[type="password"], input[type="number"]')) {
      if (!visible(e) || e.matches('button.link')) continue;
      const h = e.getBoundingClientRect().height;
      if (h < 40 - 0.5) out.push(`control lower than 40 px (${h.toFixed(1)} px): ${where(e)}${e.id ? `#${e.id}` : ''}: ${JSON.stringify((e.textContent || e.value || '').trim().slice(0, 30))}`);
    }
    // Devanagari and Bengali digits are small at the text's size: their amounts are set at 20 px.
    if (big) {
      for (const e of document.querySelectorAll('input.amount, td.end')) {
        const size = parseFloat(getComputedStyle(e).fontSize);
        if (visible(e) && size < 20 - 0.01) out.push(`an amount smaller than 20 px (${size} px): ${where(e)}`);
      }
    }
    return out;
  }, { native, big });
}

for (const { lang, digits, books, scaled } of PASSES) {
  const room = scaled ? ' at 125 % scaling (1024×640)' : '';
  test(`every screen in ${lang} with ${digits} digits${room}: no raw text, no mixed digits, nothing cut off, AA contrast, 40 px controls`, async () => {
    await page.setViewportSize(scaled ? { width: 1024, height: 640 } : { width: 1280, height: 900 });
    await setLang(page, lang);
    await setDigits(digits);
    const found = [];
    let seen = 0;
    for (const [org, list] of books) {
      for (const screen of list) {
        if (!(await open(org, screen))) continue;
        seen += 1;
        await page.screenshot({ path: path.join(screens, `every-${scaled ? '125-' : ''}${lang}-${org}-${screen}.png`), fullPage: true });
        for (const p of await problems(digits === 'native', lang)) found.push(`${org} ${screen}: ${p}`);
      }
    }
    assert.ok(seen >= (scaled ? 6 : 10), `${lang}: ${seen} screens opened`);
    assert.deepEqual([...new Set(found)], [], `${lang}: what a reader must not see`);
  });
}
