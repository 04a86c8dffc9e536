// Runs analyze() on the shared articles and prints every miss against their gold.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sharedArticles } from '../paths';
import { analyze } from '../../server/src/engine/analyze';
import { type ArticleGold, checkArticle } from './articles';

export function runArticles(): { misses: number | null } {
  const found = sharedArticles();
  if ('missing' in found) {
    console.log(`Shared articles: ${found.missing}`);
    return { misses: null };
  }
  let total = 0;
  for (const base of found.files) {
    const text = readFileSync(`${base}.txt`, 'utf8');
    const gold = JSON.parse(readFileSync(`${base}.gold.json`, 'utf8')) as ArticleGold;
    const t0 = performance.now();
    let misses: string[];
    try {
      misses = checkArticle(analyze(text, { published: gold.published, fileName: `${base}.txt` }), gold, text);
    } catch (e) {
      misses = [`analyze threw: ${(e as Error).message}`];
    }
    const ms = performance.now() - t0;
    const items =
      gold.quotes.length + Object.keys(gold.people).length + Object.keys(gold.roles).length + gold.organizations.length + gold.places.length + gold.dates.length;
    const name = base.split('/').pop();
    console.log(`Article ${name}: ${misses.length} misses (gold items: ${items}; ${ms.toFixed(0)} ms)`);
    for (const m of misses) console.log(`  - ${m}`);
    total += misses.length;
  }
  return { misses: total };
}
