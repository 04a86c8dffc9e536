// Shared by both e2e runners: build, temporary workspace, reading and printing the suite's results.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildE2E } from './build.mjs';
import { root } from './vscode-server.mjs';

export const resultsDir = path.join(root, 'test-results', 'e2e');
export const screenshotsDir = path.join(root, 'test-results', 'screenshots');

export function log(msg) { console.log(`[e2e] ${msg}`); }

/** Builds the extension (dist/) and the suite (out/e2e/); returns the suite's entry file. */
export async function buildAll() {
  if (!process.env.NEWS_LENS_E2E_NO_BUILD) {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm run build failed');
  }
  for (const f of ['dist/client.js', 'dist/server.js']) {
    if (!existsSync(path.join(root, f))) throw new Error(`${f} is missing: the build did not produce it`);
  }
  return buildE2E();
}

/** An empty temporary folder the suite fills with articles (removed by cleanup()). */
export function tempDirs() {
  const base = mkdtempSync(path.join(os.tmpdir(), 'news-lens-e2e-'));
  const dirs = { base, workspace: path.join(base, 'workspace'), data: path.join(base, 'data'), extensions: path.join(base, 'extensions') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  return { ...dirs, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

export function resultsFile() {
  mkdirSync(resultsDir, { recursive: true });
  const f = path.join(resultsDir, 'results.json');
  rmSync(f, { force: true });
  rmSync(`${f}.hold`, { force: true });
  return f;
}

export function readResults(file) {
  try { return JSON.parse(readFileSync(file, 'utf8')); } catch { return null; }
}

/** Prints each test and the failures; returns the number of failures. */
export function printResults(results) {
  for (const t of results.tests) console.log(`  ${t.state === 'passed' ? '✔' : t.state === 'failed' ? '✖' : '-'} ${t.title}${t.durationMs ? ` (${t.durationMs} ms)` : ''}`);
  for (const f of results.failures) console.log(`\n✖ ${f.title}\n${f.error.split('\n').slice(0, 12).map((l) => `    ${l}`).join('\n')}`);
  return results.failed;
}
