// `npm start`: builds, then opens the extension on the sample articles (samples/) in a real VS Code.
//  - a desktop `code` on PATH → code --extensionDevelopmentPath=<repo> samples
//  - otherwise → the local VS Code server (the e2e runner's install in .e2e-cache/) with the extension
//    loaded; prints the URL to open in a browser. Ctrl+C stops it.
// Options: --port N (server mode, default 3210 or the next free one), --server (force server mode).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, root, startVSCodeServer, stopProcess } from './e2e/vscode-server.mjs';

const args = process.argv.slice(2);
const samples = path.join(root, 'samples');

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const hasCode = !args.includes('--server') && spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  console.log('Opening samples/ in VS Code with News Lens loaded from this folder (Extension Development Host).');
  const r = spawnSync('code', [`--extensionDevelopmentPath=${root}`, samples], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status ?? 0);
}

const portArg = args.indexOf('--port');
const wanted = portArg >= 0 ? Number(args[portArg + 1]) : 3210;
const data = path.join(root, '.e2e-cache', 'start');
const userSettings = path.join(data, 'data', 'User', 'settings.json');
if (!existsSync(userSettings)) {
  // First run: trust the samples folder and keep the window uncluttered (edit freely afterwards).
  mkdirSync(path.dirname(userSettings), { recursive: true });
  writeFileSync(userSettings, JSON.stringify({
    'security.workspace.trust.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
  }, null, 2));
}
console.log('No desktop `code` on PATH: starting the VS Code server (first run installs it into .e2e-cache/, about two minutes).');
const server = await startVSCodeServer({
  dataDir: path.join(data, 'data'),
  extensionsDir: path.join(data, 'extensions'),
  // The switch under which the web workbench honours the payload's extensionDevelopmentPath.
  smokeTest: true,
  port: (await isFree(wanted)) ? wanted : await freePort(),
});
const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${root}`]]);
const url = `${server.url}/?folder=${encodeURIComponent(samples)}&payload=${encodeURIComponent(payload)}`;
console.log(`\nVS Code ${server.vscodeVersion} with News Lens is running. Open this URL in a browser on this machine:\n\n  ${url}\n`);
console.log('(From another machine, forward the port first: ssh -L ' + `${server.port}:127.0.0.1:${server.port} <host>.) Ctrl+C stops the server.`);

const stop = () => { stopProcess(server.child); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.child.on('exit', (code) => { console.log(`VS Code server exited (${code})`); process.exit(code ?? 1); });

async function isFree(port) {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}
