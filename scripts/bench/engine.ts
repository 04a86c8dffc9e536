// Engine speed and memory: analyse a 1,000-word and a 100,000-word article built from the
// invented samples, cold (empty block cache) and warm (cache filled, then a one-character edit,
// as in the editor), with a per-stage breakdown; then the `news-lens annotate` command on the
// 1,000-word article. Figures only, no thresholds.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { repoRoot } from '../paths';
import { analyze } from '../../server/src/engine/analyze';
import { readArticle, segment } from '../../server/src/engine/structure';
import { findPublished } from '../../server/src/engine/published';
import { findQuotes } from '../../server/src/engine/quotes';
import { findEntities } from '../../server/src/engine/entities/index';
import { attributeSpeakers } from '../../server/src/engine/speakers';
import { findDates } from '../../server/src/engine/dates/index';
import type { BlockCache } from '../../server/src/engine/types';

const SAMPLE_EXTENSIONS = ['.news', '.txt', '.article'];
const STAGES = ['parse', 'published', 'quotes', 'entities', 'speakers', 'dates'] as const;
type Stage = (typeof STAGES)[number];

let peakHeap = 0;
function sampleHeap(): void {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}

const newCache = (): BlockCache => new Map<string, unknown>();
const words = (text: string) => (text.match(/\S+/g) ?? []).length;
const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1)) + ' ms';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Headline + date line + sample paragraphs, cycled (numbers varied per cycle) up to `target` words. */
export function buildArticle(target: number): string {
  const dir = path.join(repoRoot, 'samples');
  const paragraphs: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!SAMPLE_EXTENSIONS.includes(path.extname(name))) continue;
    const text = readFileSync(path.join(dir, name), 'utf8');
    for (const b of segment(text, 'text').blocks) {
      if (b.kind === 'paragraph' || b.kind === 'heading') paragraphs.push(text.slice(b.start, b.end).replace(/\s*\n\s*/g, ' '));
    }
  }
  if (!paragraphs.length) throw new Error(`no sample articles in ${dir}`);
  const out = ['Port, council and health officials face a long week', 'Updated 9:14 AM ET, Tue March 4, 2025'];
  let count = words(out.join(' '));
  for (let cycle = 0; count < target; cycle++) {
    for (const p of paragraphs) {
      // Vary the numbers so that repeated paragraphs are new text for the block cache.
      const varied = cycle === 0 ? p : p.replace(/\d+/g, (n) => String(Number(n) + cycle));
      out.push(varied);
      count += words(varied);
      if (count >= target) break;
    }
  }
  return out.join('\n\n') + '\n';
}

/** A one-letter typo in the middle of the text (what a keystroke does in the editor). */
export function oneCharEdit(text: string): string {
  const mid = Math.floor(text.length / 2);
  const at = text.slice(mid).search(/[a-z]/) + mid;
  return text.slice(0, at) + (text[at] === 'e' ? 'a' : 'e') + text.slice(at + 1);
}

function stages(text: string, cache: BlockCache): Record<Stage, number> {
  const t: Partial<Record<Stage, number>> = {};
  let t0 = performance.now();
  const lap = (stage: Stage) => {
    const now = performance.now();
    t[stage] = now - t0;
    t0 = now;
    sampleHeap();
  };
  const article = readArticle(text, 'text', cache);
  lap('parse');
  const { published } = findPublished(article);
  lap('published');
  const { quotes } = findQuotes(article);
  lap('quotes');
  const entities = findEntities(article, cache);
  lap('entities');
  attributeSpeakers(article, quotes, entities);
  lap('speakers');
  findDates(article, published, cache);
  lap('dates');
  return t as Record<Stage, number>;
}

function timeAnalyze(text: string, cache: BlockCache): number {
  const t0 = performance.now();
  analyze(text, { fileName: 'bench.news', cache });
  const elapsed = performance.now() - t0;
  sampleHeap();
  return elapsed;
}

function benchSize(label: string, text: string, runs: number): void {
  const n = words(text);
  const edited = oneCharEdit(text);
  const cold: number[] = [];
  const warm: number[] = [];
  const coldStages: Array<Record<Stage, number>> = [];
  const warmStages: Array<Record<Stage, number>> = [];
  for (let i = 0; i < runs; i++) {
    // Whole analyze(): cold with an empty cache, then the edited text against the filled cache.
    const cache = newCache();
    cold.push(timeAnalyze(text, cache));
    warm.push(timeAnalyze(edited, cache));
    // The same work stage by stage, timed from here (analyze.ts is not instrumented).
    const stageCache = newCache();
    coldStages.push(stages(text, stageCache));
    warmStages.push(stages(edited, stageCache));
  }
  const stageMedian = (xs: Array<Record<Stage, number>>, s: Stage) => median(xs.map((x) => x[s]));
  console.log(`\n${label}: ${n.toLocaleString('en-US')} words, ${(text.length / 1024).toFixed(0)} KB, ${runs} runs (median)`);
  console.log(`  analyse, cold (empty block cache)         ${ms(median(cold))}`);
  console.log(`  analyse, warm after a one-character edit  ${ms(median(warm))}`);
  console.log(`  words per second, cold                    ${Math.round(n / (median(cold) / 1000)).toLocaleString('en-US')}`);
  console.log('  per stage            cold        warm (after edit)');
  for (const s of STAGES) console.log(`    ${s.padEnd(18)} ${ms(stageMedian(coldStages, s)).padStart(10)}  ${ms(stageMedian(warmStages, s)).padStart(10)}`);
}

async function benchCli(text: string): Promise<void> {
  // Bundle the CLI fresh (same esbuild settings as scripts/build.mjs) so a stale dist/ is not measured.
  const dir = mkdtempSync(path.join(tmpdir(), 'news-lens-bench-'));
  try {
    const cli = path.join(dir, 'cli.js');
    await build({ entryPoints: [path.join(repoRoot, 'server/src/cli/index.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
    const shim = path.join(dir, 'news-lens.js');
    writeFileSync(shim, "require('./cli.js').run();\n");
    const article = path.join(dir, 'article-1000.news');
    writeFileSync(article, text);
    const runs = 7;
    const time = (args: string[]) => {
      const xs: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const r = spawnSync(process.execPath, [shim, ...args], { encoding: 'utf8' });
        xs.push(performance.now() - t0);
        if (r.status !== 0) throw new Error(`news-lens ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      }
      return median(xs);
    };
    const startup = time(['--version']);
    const annotate = time(['annotate', article]);
    console.log(`\nnews-lens annotate on the 1,000-word article (${runs} runs, median, fresh node process each)`);
    console.log(`  news-lens --version (start-up only)       ${ms(startup)}`);
    console.log(`  news-lens annotate article-1000.news      ${ms(annotate)}`);
    console.log(`  analysis after start-up (difference)      ${ms(annotate - startup)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runEngineBench(): Promise<void> {
  console.log('engine bench (figures only)');
  const small = buildArticle(1_000);
  const large = buildArticle(100_000);
  const t0 = performance.now();
  analyze(small, { fileName: 'bench.news' });
  console.log(`  first analysis in this process (1,000 words, includes JIT warm-up): ${ms(performance.now() - t0)}`);
  benchSize('1,000-word article', small, 15);
  benchSize('100,000-word article', large, 3);
  await benchCli(small);
  const usage = process.memoryUsage();
  console.log('\nmemory');
  console.log(`  peak RSS (whole bench process)            ${mb(process.resourceUsage().maxRSS * 1024)}`);
  console.log(`  peak heap used (sampled after each run)   ${mb(peakHeap)}`);
  console.log(`  now: RSS ${mb(usage.rss)}, heap used ${mb(usage.heapUsed)}`);
}
