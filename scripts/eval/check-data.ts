import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { evalDir } from '../paths';
import { parseBrat } from './load-polnear';
import { loadTimeml } from './load-timeml';
import { loadMeantime } from './load-meantime';
const root = evalDir();
let n = 0, bad = 0; const ex: string[] = [];
for (const split of ['dev', 'train']) {
  const dir = path.join(root, 'polnear', split);
  for (const f of readdirSync(path.join(dir, 'attributions'))) {
    const text = readFileSync(path.join(dir, 'text', f.replace(/_[0-9a-f]{4}\.ann$/, '.txt')), 'utf8');
    const ann = readFileSync(path.join(dir, 'attributions', f), 'utf8');
    const { spans } = parseBrat(ann, text);
    for (const line of ann.split('\n')) {
      const m = /^(T\d+)\t\S+ [\d ;]+\t(.*)$/.exec(line);
      if (!m) continue;
      n++;
      const s = spans.get(m[1])!;
      if (s.text !== m[2]) { bad++; if (ex.length < 5) ex.push(`${f} ${m[1]} ${JSON.stringify(s.text.slice(0, 60))} vs ${JSON.stringify(m[2].slice(0, 60))}`); }
    }
  }
}
console.log('brat spans', n, 'mismatched', bad, ex);
for (const docs of [loadTimeml(root), loadMeantime(root)]) {
  let ws = 0, empty = 0, t = 0;
  for (const d of docs) for (const x of d.timexes!) { t++; if (/^\s|\s$/.test(x.text)) ws++; if (!x.text) empty++; }
  console.log('timexes', t, 'ws-edged', ws, 'empty', empty, 'no published', docs.filter((d) => !d.published).length);
}
for (const d of loadMeantime(root).filter((d) => !d.published)) console.log(d.id, d.text.slice(0, 150).replace(/\n/g, ' | '));
