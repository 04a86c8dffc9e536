// Bundles the extension client, the language server and the command line with esbuild.
// Everything (including ESM-only unified/retext) is bundled into CommonJS files in dist/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild turns /\p{Lu}/u literals into `new RegExp(...)` calls (Unicode versions differ between targets): a
  // constructor call per evaluation, and V8 deoptimised hot engine functions hundreds of times on them. Node 20 has them all.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // Analysis runs in worker threads so the server keeps answering while a long article is analysed.
  build({ ...common, entryPoints: ['server/src/workspace/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' }),
  build({ ...common, entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/cli.js' }),
  // `news-lens queue` only: kept out of the extension's package (dist/queue/ is not matched by .vscodeignore's
  // dist/*.js). bullmq and ioredis stay external: they are found in node_modules beside the installed CLI.
  build({
    ...common,
    entryPoints: { queue: 'server/src/cli/queue/run.ts', processor: 'server/src/cli/queue/processor.ts' },
    outdir: 'dist/queue',
    external: ['bullmq', 'ioredis', 'cli-progress'],
  }),
]);
// The command line's V8 code cache (bin/code-cache.js): the built CLI annotates the samples once and saves its
// compiled code. Without it the CLI still runs, compiling the bundle each time.
rmSync(path.join(root, 'dist', 'cli.js.cache'), { force: true });
const cache = spawnSync(process.execPath, ['bin/news-lens.js', 'annotate', '--jobs', '1', '--format', 'jsonl', 'samples'], {
  cwd: root,
  env: { ...process.env, NEWS_LENS_CODE_CACHE: 'write' },
  stdio: ['ignore', 'ignore', 'pipe'],
});
if (cache.status !== 0) console.warn(`no code cache for the command line: ${cache.error ?? cache.stderr}`);
console.log(`built dist/ (${production ? 'production' : 'development'})`);
