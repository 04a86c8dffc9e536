// Loader self-check on the shared data: `npx tsx scripts/eval/check-data.ts`.
// Every brat span converted from code points must equal the text brat stored for it (spans that
// brat wrote over several lines are the only expected mismatches), and every timex must be
// non-empty with no surrounding space, and every dated corpus document must have a publication date.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { evalDir } from '../paths';
import { parseBrat } from './load-polnear';
import { loadTimeml } from './load-timeml';
import { loadMeantime } from './load-meantime';

const root = evalDir();
let spans = 0;
const bad: string[] = [];
for (const split of ['dev', 'train']) {
  const dir = path.join(root, 'polnear', split);
  for (const f of readdirSync(path.join(dir, 'attributions'))) {
    const text = readFileSync(path.join(dir, 'text', f.replace(/_[0-9a-f]{4}\.ann$/, '.txt')), 'utf8');
    const ann = readFileSync(path.join(dir, 'attributions', f), 'utf8');
    const parsed = parseBrat(ann, text).spans;
    for (const line of ann.split('\n')) {
      const m = /^(T\d+)\t\S+ [\d ;]+\t(.*)$/.exec(line);
      if (!m) continue;
      spans++;
      const got = parsed.get(m[1])!.text;
      if (got !== m[2] && !got.includes('\n')) bad.push(`${f} ${m[1]}: ${JSON.stringify(got.slice(0, 60))} vs ${JSON.stringify(m[2].slice(0, 60))}`);
    }
  }
}
console.log(`PolNeAR: ${spans} brat spans, ${bad.length} mismatched`, bad.slice(0, 5));
for (const [name, docs] of [
  ['TimeBank+AQUAINT', loadTimeml(root)],
  ['MEANTIME', loadMeantime(root)],
] as const) {
  const timexes = docs.flatMap((d) => d.timexes!);
  const odd = timexes.filter((t) => !t.text || /^\s|\s$/.test(t.text)).length;
  console.log(`${name}: ${timexes.length} timexes, ${odd} empty or space-edged, ${docs.filter((d) => !d.published).length} documents without a date`);
}
