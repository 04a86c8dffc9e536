// Checks that drive VS Code's real UI in the browser (after the extension-host suite has run in the same
// window): hover card text, F12 from a quote to its speaker, and token colours in the dark and light themes.
// Screenshots go to test-results/screenshots/.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILE = 'harbor-vote.news';

export async function uiChecks(page, { workspace, screenshotsDir }) {
  const checks = [];
  const check = async (title, fn) => {
    try {
      await fn();
      checks.push({ title, ok: true });
    } catch (e) {
      checks.push({ title, ok: false, error: (e instanceof Error ? e.message : String(e)).split('\n')[0] });
      await page.screenshot({ path: path.join(screenshotsDir, `failed-${checks.length}.png`) }).catch(() => {});
    }
  };
  // The suite copies the fixture; a filtered run (NEWS_LENS_E2E_GREP) may not have.
  if (!existsSync(path.join(workspace, FILE))) copyFileSync(path.join(import.meta.dirname, '..', '..', 'test', 'e2e', 'fixtures', FILE), path.join(workspace, FILE));
  const text = readFileSync(path.join(workspace, FILE), 'utf8');
  const lines = text.split('\n');

  await check(`opens ${FILE} with News Lens highlighting`, async () => {
    // Start from a fresh editor: close what the suite left open, then open the article from the Explorer.
    await runCommand(page, 'View: Close All Editors');
    // A panel the suite left open (output, problems) would hide the lines the checks look at.
    const panel = page.locator('.monaco-workbench .part.panel').first();
    if (await panel.isVisible().catch(() => false)) {
      await page.keyboard.press('Control+J'); // View: Toggle Panel
      await panel.waitFor({ state: 'hidden', timeout: 10_000 });
    }
    await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: FILE }).first().click();
    await page.locator('.tabs-container .tab.active').filter({ hasText: FILE }).waitFor({ timeout: 15_000 });
    // The editor may come back scrolled where the suite left it: go to the top.
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await page.locator('.monaco-editor .view-line').filter({ hasText: /City\sCouncil\sDelays/ }).first().waitFor({ timeout: 15_000 });
    // Semantic colouring arrives after the server answers: wait until Okafor is coloured unlike plain text.
    await waitUntil('a person coloured unlike plain text', async () => {
      const c = await colours(page);
      return c.person && c.plain && c.person !== c.plain;
    });
    await page.mouse.move(5, 5);
    await page.screenshot({ path: path.join(screenshotsDir, 'article-dark.png') });
  });

  await check('a person is coloured unlike plain text in the default dark theme', async () => {
    await page.waitForSelector('.monaco-workbench.vs-dark', { timeout: 10_000 });
    const c = await colours(page);
    assertTrue(c.person && c.plain && c.person !== c.plain, `person ${c.person} vs plain ${c.plain}`);
    assertTrue(c.quote && c.quote !== c.plain, `quote ${c.quote} vs plain ${c.plain}`);
  });

  await check('hovering a person shows a card naming them', async () => {
    // Code lenses and inlay hints arrive after the colours and move the text: hover only on a settled layout,
    // and hover again (at the re-measured place) if the card does not name the person.
    await waitForDecorations(page);
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'David Okafor' }).first();
    let box;
    for (let attempt = 1; ; attempt++) {
      box = await settledBox(personSpan(page), 'the person "David Okafor"');
      await page.mouse.move(5, 5);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      const shown = await hover.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
      if (shown) break;
      if (attempt === 4) {
        const seen = await page.locator('.monaco-hover:not(.hidden)').allInnerTexts().catch(() => []);
        throw new Error(`no hover card naming David Okafor after ${attempt} settled hovers; hovers seen: ${JSON.stringify(seen)}`);
      }
      await page.keyboard.press('Escape');
    }
    const hoverText = await hover.innerText();
    assertTrue(/David Okafor/.test(hoverText), `hover text: ${hoverText}`);
    await page.screenshot({ path: path.join(screenshotsDir, 'hover-card.png') });
    const hb = await hover.boundingBox();
    // A crop of the hover card with the line it describes, for the README.
    const ed = await page.locator('.monaco-editor .view-lines').first().boundingBox();
    const top = Math.max(0, hb.y - 8);
    const clip = {
      x: Math.max(0, ed.x - 8),
      y: top,
      width: Math.min(1280, Math.max(hb.x + hb.width, ed.x + ed.width) + 8) - Math.max(0, ed.x - 8),
      height: Math.max(hb.y + hb.height, box.y + box.height) + 48 - top,
    };
    await page.screenshot({ path: path.join(screenshotsDir, 'hover-card-crop.png'), clip });
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  await check('F12 in a quote moves the cursor to its speaker', async () => {
    const quoteLine = lines.findIndex((l) => l.includes('“We are not going'));
    await waitForDecorations(page);
    const span = page.locator('.monaco-editor .view-line span span').filter({ hasText: /rush\sa\sdecision/ }).first();
    const box = await settledBox(span, 'the quote "rush a decision"');
    await page.mouse.click(box.x + 4, box.y + box.height / 2);
    const before = await waitUntil(`the cursor on the quote's line ${quoteLine + 1}`, async () => {
      const c = await cursor(page);
      return c.line === quoteLine + 1 ? c : null;
    }, 5_000).catch(async () => { throw new Error(`cursor ${JSON.stringify(await cursor(page))} after clicking in the quote on line ${quoteLine + 1}`); });
    await page.keyboard.press('F12');
    const speakerCols = ['Mayor Elena Marsh', 'Elena Marsh', 'Marsh'].map((s) => lines[quoteLine].indexOf(s) + 1).filter((c) => c > 0);
    const after = await waitUntil('the cursor to move to the speaker', async () => {
      const c = await cursor(page);
      return c.line === quoteLine + 1 && speakerCols.includes(c.col) ? c : null;
    }, 10_000).catch(async () => { throw new Error(`cursor ${JSON.stringify(await cursor(page))}, speaker columns ${speakerCols} on line ${quoteLine + 1}`); });
    assertTrue(after.col !== before.col, 'the cursor moved');
  });

  await check('the light bulb on a quote offers corrections (Set speaker, Unattributed, Not a quote)', async () => {
    await waitForDecorations(page);
    // One rendered line of the quote (the editor wraps it after "never").
    const span = page.locator('.monaco-editor .view-line span span').filter({ hasText: /The\snumbers\shave/ }).first();
    const box = await settledBox(span, 'the quote "The numbers have never added up"');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    // The light bulb appears once the server has answered the code action request for the cursor.
    await page.locator('.monaco-editor .lightBulbWidget, .monaco-editor .codicon-light-bulb').first().waitFor({ state: 'visible', timeout: 20_000 });
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget').first();
    await menu.waitFor({ state: 'visible', timeout: 15_000 });
    await waitUntil('the corrections in the menu', async () => /Set speaker: Elena Marsh/.test(await menu.innerText()), 15_000);
    const text = await menu.innerText();
    for (const t of ['Set speaker: Elena Marsh', 'Unattributed', 'Not a quote']) assertTrue(text.includes(t), `menu: ${text}`);
    const mb = await menu.boundingBox();
    const ed = await page.locator('.monaco-editor .view-lines').first().boundingBox();
    const top = Math.max(0, Math.min(mb.y, box.y) - 76); // the light bulb sits above the code lens
    const left = Math.max(0, ed.x - 40);
    await page.screenshot({
      path: path.join(screenshotsDir, 'code-actions-crop.png'),
      clip: { x: left, y: top, width: Math.min(1280 - left, Math.max(mb.x + mb.width, ed.x + ed.width) + 8 - left), height: Math.min(800 - top, Math.max(mb.y + mb.height, box.y + box.height) + 16 - top) },
    });
    await page.keyboard.press('Escape');
  });

  await check('the status bar shows the workspace index (N articles · M speakers) and Rebuild Index runs', async () => {
    const bar = page.locator('.statusbar-item').filter({ hasText: /\d[\d,]* articles? · \d[\d,]* speakers?/ }).first();
    await bar.waitFor({ state: 'visible', timeout: 30_000 });
    await runCommand(page, 'News Lens: Rebuild Index');
    // The rebuild shows progress, then the counts again (the extension-host suite checks the counts themselves).
    await waitUntil('the counts after the rebuild', async () => /\d[\d,]* articles? · \d[\d,]* speakers?/.test(await bar.innerText().catch(() => '')), 30_000);
  });

  await check('a person is coloured unlike plain text in the default light theme', async () => {
    setWorkspaceSetting(workspace, 'workbench.colorTheme', 'Default Light Modern');
    await page.waitForSelector('.monaco-workbench.vs:not(.vs-dark)', { timeout: 20_000 });
    const c = await waitUntil('light colours', async () => {
      const x = await colours(page);
      return x.person && x.plain && x.person !== x.plain ? x : null;
    }, 10_000).catch(async () => { throw new Error(`colours ${JSON.stringify(await colours(page))}`); });
    assertTrue(c.quote !== c.plain, `quote ${c.quote} vs plain ${c.plain}`);
    await page.mouse.move(5, 5);
    await page.screenshot({ path: path.join(screenshotsDir, 'article-light.png') });
  });

  return checks;
}

/** Runs a command from the command palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

function assertTrue(cond, message) {
  if (!cond) throw new Error(message);
}

async function waitUntil(what, probe, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => null);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Waits until the server's late decorations are on screen: at least one code lens (the fixture's quoted
 * people get one) and the inlay hint ": Elena Marsh" after "she" in "she said".
 */
async function waitForDecorations(page) {
  await waitUntil('code lenses and inlay hints to render', () => page.evaluate(() => {
    const lenses = document.querySelectorAll('.monaco-editor .codelens-decoration a, .monaco-editor .codelens-decoration span').length;
    const rendered = [...document.querySelectorAll('.monaco-editor .view-line')].map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' '));
    return lenses > 0 && rendered.some((t) => /\bshe\s*:\s*Elena\s+Marsh/.test(t));
  }), 30_000);
}

/** The element's bounding box once it has kept the same place and size over 10 consecutive animation frames. */
async function settledBox(locator, what) {
  await locator.waitFor({ timeout: 10_000 });
  const deadline = Date.now() + 20_000;
  let last = null;
  let same = 0;
  for (;;) {
    await locator.page().evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const b = await locator.boundingBox().catch(() => null);
    const key = b && `${Math.round(b.x)},${Math.round(b.y)},${Math.round(b.width)},${Math.round(b.height)}`;
    same = b && key === last ? same + 1 : 0;
    last = key;
    if (same >= 10) return b;
    if (Date.now() > deadline) throw new Error(`${what} never kept still (last box ${key})`);
  }
}

/** The rendered span of the person "David Okafor" (a span whose whole text is the name). */
function personSpan(page) {
  return page.locator('.monaco-editor .view-line span span').filter({ hasText: /^David\sOkafor$/ }).first();
}

/** Computed colours of a person's name, a quote, and plain narration in the visible editor. */
function colours(page) {
  return page.evaluate(() => {
    const spans = [...document.querySelectorAll('.monaco-editor .view-line span span')];
    // Monaco renders spaces as no-break spaces.
    const colourOf = (pred) => {
      const s = spans.find((x) => pred((x.textContent ?? '').replace(/\u00a0/g, ' ')));
      return s ? getComputedStyle(s).color : null;
    };
    return {
      // "David Okafor" is a person token; "Okafor said" is a speaker token, coloured differently.
      person: colourOf((t) => t === 'David Okafor'),
      quote: colourOf((t) => t.includes('rush a decision')),
      plain: colourOf((t) => t.includes('postponed a vote')),
    };
  });
}

/** Cursor line and column (1-based) from the status bar's "Ln 7, Col 12". */
async function cursor(page) {
  const t = await page.locator('#status\\.editor\\.selection').innerText({ timeout: 5_000 });
  const m = /Ln (\d+), Col (\d+)/.exec(t);
  if (!m) throw new Error(`status bar says "${t}"`);
  return { line: Number(m[1]), col: Number(m[2]) };
}

function setWorkspaceSetting(workspace, key, value) {
  const file = path.join(workspace, '.vscode', 'settings.json');
  mkdirSync(path.dirname(file), { recursive: true });
  let settings = {};
  if (existsSync(file)) {
    try { settings = JSON.parse(readFileSync(file, 'utf8')); } catch { settings = {}; }
  }
  settings[key] = value;
  writeFileSync(file, JSON.stringify(settings, null, 2));
}
