// E2E runner for machines with a desktop VS Code: @vscode/test-electron starts VS Code
// (VSCODE_EXECUTABLE, or a VS Code it downloads into .vscode-test/) and runs the suite in its extension host.
import { runTests } from '@vscode/test-electron';
import { buildAll, log, printResults, readResults, resultsFile, tempDirs } from './common.mjs';
import { root } from './vscode-server.mjs';

export async function runElectron() {
  const started = Date.now();
  const extensionTestsPath = await buildAll();
  const dirs = tempDirs();
  const file = resultsFile();
  try {
    const executable = process.env.VSCODE_EXECUTABLE;
    log(executable ? `VS Code: ${executable}` : 'VS Code: downloading the stable build with @vscode/test-electron');
    let exitCode = 0;
    try {
      exitCode = await runTests({
        ...(executable ? { vscodeExecutablePath: executable } : {}),
        extensionDevelopmentPath: root,
        extensionTestsPath,
        extensionTestsEnv: { NEWS_LENS_E2E_RESULTS: file },
        launchArgs: [dirs.workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
          `--user-data-dir=${dirs.data}`, `--extensions-dir=${dirs.extensions}`],
      });
    } catch (e) {
      log(`VS Code reported: ${e instanceof Error ? e.message : e}`);
      exitCode = 1;
    }
    const results = readResults(file);
    if (!results) {
      console.log(`e2e: 0 passed, 1 failed (no results file ${file}; VS Code exit code ${exitCode})`);
      return 1;
    }
    const failed = printResults(results);
    console.log(`VS Code ${results.vscodeVersion} (desktop, @vscode/test-electron); ${Math.round((Date.now() - started) / 1000)} s`);
    console.log(`e2e: ${results.passed} passed, ${failed} failed${results.pending ? `, ${results.pending} skipped` : ''}`);
    return failed || exitCode ? 1 : 0;
  } finally {
    dirs.cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await runElectron();
