// E2E runner for machines without a desktop VS Code (CI): the VS Code server from the npm package
// code-server (installed into .e2e-cache/), opened in Debian's Chromium through playwright-core.
// VS Code runs the suite in its own extension host (--enable-smoke-test-driver + payload URL);
// the suite writes its results to a file this runner waits for. Then a few checks drive the real UI.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildAll, log, printResults, readResults, resultsDir, resultsFile, screenshotsDir, tempDirs } from './common.mjs';
import { uiChecks } from './ui-checks.mjs';
import { ensureVSCodeServer, root, startVSCodeServer } from './vscode-server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SUITE_TIMEOUT_MS = Number(process.env.NEWS_LENS_E2E_TIMEOUT_MS ?? 10 * 60_000);
const WORKBENCH_TIMEOUT_MS = 90_000;
export const WORKSPACE_SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'window.autoDetectColorScheme': false,
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
};

export function canRunServer() {
  return process.platform === 'linux' && process.arch === 'x64' && existsSync(CHROMIUM);
}

export async function runServer() {
  const started = Date.now();
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const extensionTestsPath = await buildAll();
  const { vscodeVersion } = ensureVSCodeServer();
  mkdirSync(screenshotsDir, { recursive: true });
  let attempt = 0;
  for (;;) {
    attempt++;
    const outcome = await session(extensionTestsPath, vscodeVersion, started);
    // Retry once only when VS Code itself never got going (no results at all), never for test failures.
    if (outcome.infrastructure && attempt < 2) {
      log(`retrying: ${outcome.infrastructure}`);
      continue;
    }
    console.log(outcome.line);
    return outcome.code;
  }
}

async function session(extensionTestsPath, vscodeVersion, started) {
  const dirs = tempDirs();
  const file = resultsFile();
  // Keeps the extension host up after the suite until the UI checks are done (see test/e2e/suite/index.ts).
  const hold = `${file}.hold`;
  writeFileSync(hold, 'UI checks running\n');
  const consoleLog = [];
  // A quiet workbench in the dark default theme (the browser would otherwise pick by its colour scheme).
  mkdirSync(path.join(dirs.workspace, '.vscode'));
  // Application-scoped settings (workspace trust) live in the user settings of the server's data folder.
  mkdirSync(path.join(dirs.data, 'User'), { recursive: true });
  writeFileSync(path.join(dirs.data, 'User', 'settings.json'), JSON.stringify({ 'security.workspace.trust.enabled': false }, null, 2));
  writeFileSync(path.join(dirs.workspace, '.vscode', 'settings.json'), JSON.stringify(WORKSPACE_SETTINGS, null, 2));
  let server;
  let browser;
  try {
    server = await startVSCodeServer({
      dataDir: dirs.data,
      extensionsDir: dirs.extensions,
      env: { NEWS_LENS_E2E_RESULTS: file },
      logFile: path.join(resultsDir, 'vscode-server.log'),
    });
    log(`VS Code ${vscodeVersion} server on ${server.url}`);
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = JSON.stringify([['extensionDevelopmentPath', remote(root)], ['extensionTestsPath', remote(extensionTestsPath)]]);
    const url = `${server.url}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(payload)}`;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLog.push(`[pageerror] ${e.message}`));
    await page.goto(url, { timeout: WORKBENCH_TIMEOUT_MS });
    await page.waitForSelector('.monaco-workbench', { timeout: WORKBENCH_TIMEOUT_MS });
    log('workbench loaded; the suite runs in the extension host');

    const results = await waitForResults(file, server, browser);
    if (!results) {
      return { code: 1, infrastructure: `no results within ${SUITE_TIMEOUT_MS / 1000} s`, ...report(null, [], vscodeVersion, started) };
    }
    let failed = printResults(results);

    const ui = await uiChecks(page, { workspace: dirs.workspace, screenshotsDir });
    for (const c of ui) console.log(`  ${c.ok ? '✔' : '✖'} UI: ${c.title}${c.ok ? '' : `\n      ${c.error}`}`);
    failed += ui.filter((c) => !c.ok).length;
    return { code: failed ? 1 : 0, ...report(results, ui, vscodeVersion, started) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    console.log(`[e2e] error: ${msg}`);
    const results = readResults(file);
    if (results) printResults(results);
    return { code: 1, infrastructure: results ? undefined : msg, ...report(results, [], vscodeVersion, started) };
  } finally {
    rmSync(hold, { force: true });
    writeFileSync(path.join(resultsDir, 'browser-console.log'), consoleLog.join('\n') + '\n');
    if (!readResults(file) || readResults(file).failed) printErrors(consoleLog);
    await browser?.close().catch(() => {});
    server?.stop();
    dirs.cleanup();
  }
}

/** Waits for the suite's results file; gives up on timeout or if the VS Code server dies. */
async function waitForResults(file, server, browser) {
  const deadline = Date.now() + SUITE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const r = readResults(file);
    if (r) return r;
    if (server.child.exitCode !== null) throw new Error(`the VS Code server exited (${server.child.exitCode}):\n${server.output().slice(-2000)}`);
    if (!browser.isConnected()) throw new Error('Chromium exited before the suite finished');
    await new Promise((res) => setTimeout(res, 250));
  }
  console.log(`[e2e] timed out; last VS Code server output:\n${server.output().slice(-3000)}`);
  return null;
}

/** The workbench's and extension host's errors (the extension host logs to the browser console), without known noise. */
function printErrors(lines) {
  const noise = /404|ServiceWorker|ENOTFOUND|ERR_NAME_NOT_RESOLVED|authentication provider|default agent|marketplace|open-vsx/i;
  const errors = lines.filter((l) => /^\[(error|pageerror)\]/.test(l) && !noise.test(l));
  if (!errors.length) return;
  console.log(`[e2e] last errors in the browser console (all of it: ${path.relative(root, resultsDir)}/browser-console.log):`);
  for (const l of errors.slice(-15)) console.log(`    ${l.slice(0, 400)}`);
}

function report(results, ui, vscodeVersion, started) {
  const passed = (results?.passed ?? 0) + ui.filter((c) => c.ok).length;
  const failed = (results ? results.failed : 1) + ui.filter((c) => !c.ok).length;
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`VS Code ${vscodeVersion} (server build from code-server, in Chromium); suite ${results?.total ?? 0} tests + ${ui.length} UI checks; ${seconds} s`);
  console.log(`logs: ${path.relative(root, resultsDir)}/  screenshots: ${path.relative(root, screenshotsDir)}/`);
  return { line: `e2e: ${passed} passed, ${failed} failed${results?.pending ? `, ${results.pending} skipped` : ''}` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outcome = await runServer().catch((e) => { console.log(`[e2e] ${e.stack ?? e}\ne2e: 0 passed, 1 failed`); return 1; });
  process.exitCode = outcome;
}
