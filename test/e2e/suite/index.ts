// Entry point VS Code calls in its extension host (`extensionTestsPath`): runs the mocha suite and
// writes a results file, because the runner cannot see the extension host's output (see scripts/e2e/).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

export interface E2EResults {
  passed: number;
  failed: number;
  pending: number;
  total: number;
  durationMs: number;
  vscodeVersion: string;
  tests: { title: string; state: 'passed' | 'failed' | 'pending'; durationMs?: number }[];
  failures: { title: string; error: string }[];
}

export function resultsPath(): string {
  return process.env.NEWS_LENS_E2E_RESULTS ?? path.join(repoRoot, 'test-results', 'e2e', 'results.json');
}

/**
 * VS Code shuts the extension host down once run() settles. A runner that drives the UI afterwards
 * (scripts/e2e/run-server.mjs) creates `<results>.hold` first and deletes it when done, so the
 * extension stays up meanwhile (at most 10 minutes).
 */
async function holdWhileUiChecksRun(): Promise<void> {
  const hold = `${resultsPath()}.hold`;
  const deadline = Date.now() + 10 * 60_000;
  while (fs.existsSync(hold) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
}

export function run(): Promise<void> {
  const started = Date.now();
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90_000, reporter: 'spec' });
  const grep = process.env.NEWS_LENS_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  const results: E2EResults = { passed: 0, failed: 0, pending: 0, total: 0, durationMs: 0, vscodeVersion: vscode.version, tests: [], failures: [] };
  const write = () => {
    results.durationMs = Date.now() - started;
    results.total = results.passed + results.failed + results.pending;
    fs.mkdirSync(path.dirname(resultsPath()), { recursive: true });
    // Write then rename, so the runner never reads half a file.
    fs.writeFileSync(`${resultsPath()}.tmp`, JSON.stringify(results, null, 2));
    fs.renameSync(`${resultsPath()}.tmp`, resultsPath());
  };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(async (failures) => {
        write();
        await holdWhileUiChecksRun();
        if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
        else resolve();
      });
      runner.on('pass', (t) => { results.passed++; results.tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }); });
      runner.on('pending', (t) => { results.pending++; results.tests.push({ title: t.fullTitle(), state: 'pending' }); });
      runner.on('fail', (t, err) => {
        results.failed++;
        results.tests.push({ title: t.fullTitle(), state: 'failed' });
        results.failures.push({ title: t.fullTitle(), error: String(err?.stack ?? err) });
      });
    } catch (e) {
      results.failed++;
      results.failures.push({ title: 'loading the e2e suite', error: String((e as Error)?.stack ?? e) });
      write();
      reject(e);
    }
  });
}
