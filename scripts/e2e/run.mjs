// `npm run test:e2e`: runs the end-to-end suite in a real VS Code with whichever runner works here.
//  - VSCODE_EXECUTABLE set (a desktop VS Code)       → @vscode/test-electron with that VS Code
//  - Linux x64 with Chromium (/usr/bin/chromium)      → VS Code server (npm code-server) in Chromium
//  - otherwise                                        → @vscode/test-electron downloading VS Code
// NEWS_LENS_E2E_RUNNER=electron|server forces one. The last line is "e2e: N passed, M failed".
import { canRunServer } from './run-server.mjs';

const forced = process.env.NEWS_LENS_E2E_RUNNER;
const runner = forced ?? (process.env.VSCODE_EXECUTABLE ? 'electron' : canRunServer() ? 'server' : 'electron');
console.log(`[e2e] runner: ${runner === 'server'
  ? 'VS Code server (code-server package) in Chromium via playwright-core'
  : `@vscode/test-electron (${process.env.VSCODE_EXECUTABLE ?? 'downloaded VS Code'})`}${forced ? ' (NEWS_LENS_E2E_RUNNER)' : ''}`);
try {
  const code = runner === 'server'
    ? await (await import('./run-server.mjs')).runServer()
    : await (await import('./run-electron.mjs')).runElectron();
  process.exitCode = code;
} catch (e) {
  console.log(`[e2e] ${e instanceof Error ? e.stack : e}`);
  console.log('e2e: 0 passed, 1 failed');
  process.exitCode = 1;
}
