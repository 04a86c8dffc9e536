// One hash of the engine's full output on every document we have, to prove a refactor changes nothing.
// Usage: npx tsx scripts/eval/hash-output.ts [--limit N] [--docs FILE]   (prints per-corpus hashes, the total and the time;
// --docs also writes one line per document, `id hash`, so two runs' files diff to the documents that changed)
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../server/src/engine/analyze';
import { articlesDir, evalDir } from '../paths';
import { loadConll } from './load-conll';
import { loadGum } from './load-gum';
import { loadMeantime } from './load-meantime';
import { loadPolnear } from './load-polnear';
import { loadTimeml } from './load-timeml';

interface Doc { id: string; text: string; published: string | null; fileName?: string }

function loadArticles(limit: number): Doc[] {
  const dir = articlesDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().slice(0, limit).map((n) => ({
    id: `articles/${n}`, text: readFileSync(path.join(dir, n), 'utf8'), published: null, fileName: n,
  }));
}

const i = process.argv.indexOf('--limit');
const limit = i > 0 ? Number(process.argv[i + 1]) : Infinity;
const docsAt = process.argv.indexOf('--docs');
const docsFile = docsAt > 0 ? process.argv[docsAt + 1] : null;
const perDoc: string[] = [];
const root = evalDir();
const corpora: [string, () => Doc[]][] = [
  ['polnear-train', () => loadPolnear(root, 'train', limit)],
  ['polnear-dev', () => loadPolnear(root, 'dev', limit)],
  ['conll-testa', () => loadConll(root, limit)],
  ['meantime', () => loadMeantime(root, limit)],
  ['timeml', () => loadTimeml(root, limit)],
  ['gum', () => loadGum(root, limit)],
  ['articles', () => loadArticles(limit)],
];
const total = createHash('sha256');
let engineMs = 0;
for (const [name, load] of corpora) {
  const docs = load();
  const h = createHash('sha256');
  const t0 = performance.now();
  for (const d of docs) {
    const out = JSON.stringify(analyze(d.text, { published: d.published ?? undefined, fileName: d.fileName }));
    h.update(`${d.id}\n${out}\n`);
    if (docsFile) perDoc.push(`${d.id} ${createHash('sha256').update(out).digest('hex').slice(0, 12)}`);
  }
  const ms = performance.now() - t0;
  engineMs += ms;
  const digest = h.digest('hex');
  total.update(`${name} ${digest}\n`);
  console.log(`${name.padEnd(14)} ${String(docs.length).padStart(4)} docs  ${digest.slice(0, 12)}  ${(ms / 1000).toFixed(1)} s`);
}
if (docsFile) writeFileSync(docsFile, perDoc.join('\n') + '\n');
console.log(`output hash ${total.digest('hex').slice(0, 12)}  (engine ${(engineMs / 1000).toFixed(1)} s)`);
