// End-to-end test of the VS Code extension in real VS Code (code-server),
// driven through Chromium as a person would use it: open the draft, see the
// squiggles, hover a citation, apply a quick fix, run a command.
// Started by run.sh, which installs the .vsix and starts code-server.
//
// Environment: CS_URL (code-server), WS (workspace folder), SELFTEST_OUT
// (the JSON the extension's self-test writes; optional), SCREENSHOT (png),
// ARTIFACTS (folder for failure screenshots).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const url = process.env.CS_URL ?? 'http://127.0.0.1:18080';
const ws = process.env.WS;
const selftestOut = process.env.SELFTEST_OUT;
const screenshot = process.env.SCREENSHOT;
const artifacts = process.env.ARTIFACTS ?? '/tmp';
const TITLE_WTDC_23 = '为发展中国家提供的互联网接入和可用性及国际互联网连接收费原则';
const EDITOR = '.editor-group-container.active .monaco-editor';
const draft = fs.readFileSync(path.join(ws, 'seed-000.res'), 'utf8').split(/\r?\n/);
/** 1-based number of the first line of the draft that matches. */
const lineOf = (re) => {
  const i = draft.findIndex((l) => re.test(l));
  if (i < 0) throw new Error(`the draft has no line matching ${re}`);
  return i + 1;
};

let passed = 0;
let failed = 0;
const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1).padStart(5);
function ok(name, detail = '') {
  passed++;
  console.log(`ok   ${secs()}s ${name}${detail ? ` — ${detail}` : ''}`);
}
function fail(name, detail = '') {
  failed++;
  console.log(`FAIL ${secs()}s ${name}${detail ? ` — ${detail}` : ''}`);
}

/** Runs one UI step; a failure is recorded with a screenshot and the run goes on. */
async function step(page, name, body) {
  try {
    const detail = await body();
    ok(name, detail ?? '');
    return true;
  } catch (e) {
    const file = path.join(artifacts, `fail-${passed + failed + 1}.png`);
    await page.screenshot({ path: file }).catch(() => {});
    fail(name, `${e.message.split('\n')[0]} (screenshot ${file})`);
    return false;
  }
}

async function waitFor(what, probe, ms = 20000, every = 100) {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out after ${ms / 1000} s: ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/**
 * The screen box of one character of the first visible editor line that
 * contains `needle` (lines are rendered as spans; tabs and spaces as U+00A0).
 */
function charBox(page, needle, offset = 0, lineStart = false) {
  return page.evaluate(({ sel, needle, offset, lineStart }) => {
    for (const line of document.querySelectorAll(`${sel} .view-lines .view-line`)) {
      const text = line.textContent.replace(/\u00a0/g, ' ');
      const at = lineStart ? (text.startsWith(needle) ? 0 : -1) : text.indexOf(needle);
      if (at < 0) continue;
      let target = at + offset;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (target < n.length) {
          const r = document.createRange();
          r.setStart(n, target);
          r.setEnd(n, target + 1);
          const b = r.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2, left: b.left, right: b.right, top: b.top, bottom: b.bottom };
        }
        target -= n.length;
      }
    }
    return null;
  }, { sel: EDITOR, needle, offset, lineStart });
}

/** The first characters of a draft line's text after its label. */
const contentAfterLabel = (re) => draft[lineOf(re) - 1].replace(/^\S+\)\s*/, '').slice(0, 8);

/** The label now shown on the screen in front of a clause's text, or undefined. */
async function labelOnScreen(page, snippet) {
  const line = (await visibleLines(page)).find((l) => l.includes(snippet));
  return line ? line.trim().split(/\s+/)[0] : undefined;
}

/** The text of the visible editor lines (U+00A0 turned back into spaces). */
function visibleLines(page) {
  return page.$$eval(`${EDITOR} .view-lines .view-line`, (els) =>
    els
      .map((e) => ({ top: parseFloat(e.style.top) || 0, text: e.textContent.replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text));
}

/** The squiggles under a box: class names of the decorations that overlap it. */
function squigglesUnder(page, box) {
  return page.evaluate(({ sel, box }) => {
    const out = [];
    for (const el of document.querySelectorAll(`${sel} .squiggly-warning, ${sel} .squiggly-error, ${sel} .squiggly-info`)) {
      const r = el.getBoundingClientRect();
      const overlaps = r.left < box.right && r.right > box.left && r.top < box.bottom + 4 && r.bottom > box.top - 4;
      if (overlaps) out.push(el.className);
    }
    return out;
  }, { sel: EDITOR, box });
}

async function problems(page) {
  const label = (await page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? '';
  const n = (kind) => Number((label.match(new RegExp(`${kind}: (\\d+)`)) ?? [])[1] ?? 0);
  return { errors: n('Errors'), warnings: n('Warnings'), infos: n('Infos'), label };
}

async function goToLine(page, line) {
  await page.locator(EDITOR).first().click({ position: { x: 200, y: 10 } }).catch(() => {});
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 5000 });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

async function hoverText(page, box, wanted, ms = 10000) {
  // A small move first: the editor reacts to mouse movement, not to a position.
  await page.mouse.move(box.x - 3, box.y);
  await page.mouse.move(box.x, box.y, { steps: 3 });
  const hover = page.locator('.monaco-hover').filter({ hasText: wanted }).first();
  await hover.waitFor({ state: 'visible', timeout: ms });
  return hover.innerText();
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 5000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 5000 });
  await page.keyboard.press('Enter');
}

let browser;
let page;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=en-US'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  await step(page, 'VS Code (code-server) opens the workspace', async () => {
    await page.goto(`${url}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    return `${url}`;
  });

  // 1. The extension's self-test (VS Code API: diagnostics, hover, code actions, commands, settings).
  if (selftestOut) {
    try {
      await waitFor('the self-test report', () => fs.existsSync(selftestOut), 120000, 250);
      const report = JSON.parse(fs.readFileSync(selftestOut, 'utf8'));
      for (const r of report.results) {
        (r.pass ? ok : fail)(`[self-test] ${r.name}`, `${r.detail} (${r.ms} ms)`);
      }
      console.log(`     VS Code ${report.vscodeVersion}, server ${report.server}`);
    } catch (e) {
      fail('[self-test] report written by the extension', e.message);
    }
  }

  // 2. The same features through the UI.
  const opened = await step(page, 'Quick Open seed-000.res: the editor shows it as ITU Resolution', async () => {
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill('seed-000.res');
    await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'seed-000.res' }).first()
      .waitFor({ state: 'visible', timeout: 10000 });
    await page.keyboard.press('Enter');
    await page.locator('.tab.active').filter({ hasText: 'seed-000.res' }).waitFor({ timeout: 10000 });
    await page.locator(`${EDITOR} .view-line`).filter({ hasText: '忆及' }).first().waitFor({ timeout: 10000 });
    const mode = await page.locator('[id="status.editor.mode"]').innerText();
    if (!mode.includes('ITU Resolution')) throw new Error(`language mode in the status bar: ${mode}`);
    return `language mode “${mode.trim()}”`;
  });
  if (!opened) throw new Error('the draft did not open; the UI checks cannot go on');

  await step(page, 'status bar: the resolution-ls item says the server runs', async () => {
    const item = page.locator('.statusbar-item').filter({ hasText: 'resolution-ls' }).first();
    await item.waitFor({ timeout: 20000 });
    const label = await waitFor('the running state', async () => {
      const l = (await item.getAttribute('aria-label')) ?? '';
      return l.includes('is checking') ? l : undefined;
    }, 30000);
    return label.split('\n')[0];
  });

  let before;
  await step(page, 'squiggles appear and the Problems count is shown', async () => {
    await page.locator(`${EDITOR} .squiggly-warning`).first().waitFor({ timeout: 30000 });
    await page.locator(`${EDITOR} .squiggly-error`).first().waitFor({ timeout: 10000 });
    before = await waitFor('problems in the status bar', async () => {
      const p = await problems(page);
      return p.warnings > 0 ? p : undefined;
    });
    const w = await page.locator(`${EDITOR} .squiggly-warning`).count();
    const e = await page.locator(`${EDITOR} .squiggly-error`).count();
    return `${w} warning and ${e} error squiggles on screen; status bar “${before.label}”`;
  });

  await step(page, 'the fused labels lk) ml) nm) carry a warning squiggle; hovering lk) explains it (RLS0105)', async () => {
    await goToLine(page, lineOf(/^lk\)/));
    const found = [];
    for (const label of ['lk)', 'ml)', 'nm)']) {
      const box = await waitFor(`${label} on screen`, () => charBox(page, label, 0, true));
      const under = await waitFor(`a squiggle under ${label}`, async () => {
        const s = await squigglesUnder(page, box);
        return s.length ? s : undefined;
      }, 10000);
      if (!under.some((c) => c.includes('squiggly-warning'))) throw new Error(`${label}: ${under.join(', ')}`);
      found.push(label);
    }
    const box = await charBox(page, 'lk)', 0, true);
    const text = await hoverText(page, box, 'RLS0105');
    if (!/连在一起/.test(text)) throw new Error(`hover: ${text}`);
    await page.keyboard.press('Escape');
    return `${found.join(' ')} underlined; hover: “${text.split('\n').find((l) => l.includes('连在一起'))}”`;
  });

  await step(page, 'hovering WTDC第23号决议（…） shows the resolution’s title in the hover widget', async () => {
    await page.mouse.move(5, 500);
    await goToLine(page, lineOf(/WTDC第23号决议/));
    const box = await waitFor('WTDC第23号决议 on screen', () => charBox(page, 'WTDC第23号决议', 6));
    const text = await hoverText(page, box, TITLE_WTDC_23);
    if (screenshot) {
      await page.waitForTimeout(400);
      await page.screenshot({ path: screenshot });
    }
    return `“${text.split('\n').find((l) => l.includes(TITLE_WTDC_23)).trim()}”${screenshot ? `; screenshot ${screenshot}` : ''}`;
  });

  await step(page, 'quick fix (Ctrl+.) “Reletter 忆及” at lk) changes the labels in the editor', async () => {
    await page.mouse.move(5, 500);
    await page.keyboard.press('Escape');
    await goToLine(page, lineOf(/^lk\)/));
    const box = await waitFor('lk) on screen', () => charBox(page, 'lk)', 1, true));
    await page.mouse.click(box.x, box.y);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.waitFor({ state: 'visible', timeout: 10000 });
    const row = menu.locator('.monaco-list-row').filter({ hasText: '重新编号“忆及”' }).first();
    await row.waitFor({ state: 'visible', timeout: 10000 });
    const offered = (await menu.innerText()).split('\n').filter((l) => l.trim()).length;
    // As with the keyboard: move down the menu to the fix, then Enter.
    await waitFor('“Reletter 忆及” focused in the menu', async () => {
      const focused = await menu.locator('.monaco-list-row.focused').first().innerText().catch(() => '');
      if (focused.includes('重新编号“忆及”')) return true;
      await page.keyboard.press('ArrowDown');
      return undefined;
    }, 5000, 150);
    await page.keyboard.press('Enter');
    const expected = { '^lk\\)': 'l)', '^ml\\)': 'm)', '^nm\\)': 'n)' };
    const snippets = Object.fromEntries(Object.keys(expected).map((re) => [re, contentAfterLabel(new RegExp(re))]));
    const now = await waitFor('l) m) n) in place of lk) ml) nm)', async () => {
      const got = {};
      for (const re of Object.keys(expected)) got[re] = await labelOnScreen(page, snippets[re]);
      return Object.keys(expected).every((re) => got[re] === expected[re]) ? got : undefined;
    }, 10000);
    const after = await waitFor('fewer warnings', async () => {
      const p = await problems(page);
      return p.warnings < before.warnings ? p : undefined;
    }, 15000);
    return `menu had ${offered} entries; lk) ml) nm) now ${Object.values(now).join(' ')}; warnings ${before.warnings} → ${after.warnings}`;
  });

  await step(page, 'command palette “ITU Resolution: Reletter Document” fixes bc) cd) de) in 考虑到', async () => {
    await goToLine(page, lineOf(/^bc\)/));
    await waitFor('bc) on screen', () => charBox(page, 'bc)', 0, true));
    const p0 = await problems(page);
    await runCommand(page, 'ITU Resolution: Reletter Document');
    const expected = { '^bc\\)': 'c)', '^cd\\)': 'd)', '^de\\)': 'e)' };
    const snippets = Object.fromEntries(Object.keys(expected).map((re) => [re, contentAfterLabel(new RegExp(re))]));
    const now = await waitFor('c) d) e) in place of bc) cd) de)', async () => {
      const got = {};
      for (const re of Object.keys(expected)) got[re] = await labelOnScreen(page, snippets[re]);
      return Object.keys(expected).every((re) => got[re] === expected[re]) ? got : undefined;
    }, 10000);
    const p1 = await waitFor('fewer warnings', async () => {
      const p = await problems(page);
      return p.warnings < p0.warnings ? p : undefined;
    }, 15000);
    return `bc) cd) de) now ${Object.values(now).join(' ')}; warnings ${p0.warnings} → ${p1.warnings}`;
  });

  await step(page, 'the status bar item offers the extension’s actions', async () => {
    await page.locator('.statusbar-item').filter({ hasText: 'resolution-ls' }).first().click();
    const row = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'Restart Server' }).first();
    await row.waitFor({ state: 'visible', timeout: 5000 });
    const n = await page.locator('.quick-input-widget .monaco-list-row').count();
    await page.keyboard.press('Escape');
    return `${n} actions, incl. Restart Server`;
  });
} catch (e) {
  fail('the run', e.message.split('\n')[0]);
} finally {
  await browser?.close().catch(() => {});
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
