// First analysis in a fresh process, stage by stage: what V8 pays for compiling regular expressions
// and code on first use. Bundles this file's stage runner with esbuild (as the CLI is bundled), then
// runs it in fresh `node` processes and prints the median first-call and second-call time per stage.
// Usage: npx tsx scripts/bench/first-call.ts [article] [runs] [node flags…]
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { repoRoot } from '../paths';

const STAGES = ['read', 'published', 'quotes', 'entities', 'speakers', 'dates'];

const RUNNER = `
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readArticle } from ${JSON.stringify(path.join(repoRoot, 'server/src/engine/structure'))};
import { findPublished } from ${JSON.stringify(path.join(repoRoot, 'server/src/engine/published'))};
import { findQuotes } from ${JSON.stringify(path.join(repoRoot, 'server/src/engine/quotes'))};
import { findEntities } from ${JSON.stringify(path.join(repoRoot, 'server/src/engine/entities/index'))};
import { attributeSpeakers } from ${JSON.stringify(path.join(repoRoot, 'server/src/engine/speakers'))};
import { findDates } from ${JSON.stringify(path.join(repoRoot, 'server/src/engine/dates/index'))};
const text = readFileSync(process.argv[2], 'utf8');
const out = [];
for (let round = 0; round < 2; round++) {
  const t = [];
  let t0 = performance.now();
  const lap = () => { const now = performance.now(); t.push(now - t0); t0 = now; };
  const article = readArticle(text, 'text'); lap();
  const { published } = findPublished(article, undefined, process.argv[2]); lap();
  const { quotes } = findQuotes(article); lap();
  const entities = findEntities(article); lap();
  attributeSpeakers(article, quotes, entities); lap();
  findDates(article, published); lap();
  out.push(t);
}
console.log(JSON.stringify(out));
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const article = path.resolve(process.argv[2] ?? path.join(repoRoot, 'samples/harbor-strike.news'));
  const runs = Number(process.argv[3] ?? 9);
  const flags = process.argv.slice(4);
  const dir = mkdtempSync(path.join(tmpdir(), 'news-lens-first-'));
  try {
    const entry = path.join(dir, 'runner.ts');
    writeFileSync(entry, RUNNER);
    const out = path.join(dir, 'runner.js');
    await build({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
    const first: number[][] = STAGES.map(() => []);
    const second: number[][] = STAGES.map(() => []);
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, [...flags, out, article], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      const [a, b] = JSON.parse(r.stdout) as number[][];
      a.forEach((x, k) => first[k].push(x));
      b.forEach((x, k) => second[k].push(x));
    }
    console.log(`${path.basename(article)}${flags.length ? ' ' + flags.join(' ') : ''}: ${runs} fresh processes, median ms (first call / second call)`);
    STAGES.forEach((s, k) => console.log(`  ${s.padEnd(10)} ${median(first[k]).toFixed(1).padStart(6)}  ${median(second[k]).toFixed(1).padStart(6)}`));
    const sum = (xs: number[][]) => xs.reduce((acc, x) => acc + median(x), 0);
    console.log(`  ${'total'.padEnd(10)} ${sum(first).toFixed(1).padStart(6)}  ${sum(second).toFixed(1).padStart(6)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
