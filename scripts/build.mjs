// Bundles the extension client, the language server and the command line with esbuild.
// Everything (including ESM-only unified/retext) is bundled into CommonJS files in dist/.
import { build } from 'esbuild';
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
console.log(`built dist/ (${production ? 'production' : 'development'})`);
