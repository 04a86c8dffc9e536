// Bundles the end-to-end suite (test/e2e/suite/*.ts) for VS Code's extension host: out/e2e/suite/*.js.
// `vscode` is provided by the host and mocha is loaded from node_modules at run time.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root } from './vscode-server.mjs';

export async function buildE2E() {
  const dir = path.join(root, 'test', 'e2e', 'suite');
  const entryPoints = readdirSync(dir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => path.join(dir, f));
  rmSync(path.join(root, 'out', 'e2e'), { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: path.join(root, 'out', 'e2e', 'suite'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
    absWorkingDir: root,
  });
  return path.join(root, 'out', 'e2e', 'suite', 'index.js');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`built ${path.relative(root, await buildE2E())}`);
}
