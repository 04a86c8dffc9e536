// `npm run eval -- [--task quotes|ner|dates|articles|all] [--split dev|train] [--errors] [--baseline-errors] [--limit N] [--no-baseline] [--json FILE]`
// Measures News Lens against the shared evaluation data and an off-the-shelf baseline.
import { performance } from 'node:perf_hooks';
import { writeFileSync } from 'node:fs';
import { evalDir } from '../paths';
import { loadPolnear } from './load-polnear';
import { loadConll } from './load-conll';
import { loadTimeml } from './load-timeml';
import { loadMeantime } from './load-meantime';
import { loadGum } from './load-gum';
import { newsLens } from './ours';
import { baseline } from './baseline';
import { runArticles } from './run-articles';
import { formatErrors, groupErrors } from './report';
import {
  type EvalError,
  dateMetrics,
  nerPrf,
  namePrf,
  NAME_TYPES,
  newNameCounts,
  scoreNames,
  newDateCounts,
  newNerCounts,
  newQuoteCounts,
  prf,
  scoreDates,
  scoreNer,
  scoreQuotes,
} from './score';
import type { GoldDoc, Predictions, System, Task } from './types';
import { type Options, parseArgs, USAGE } from './args';

/** Drops false alarms where the gold is not exhaustive. */
const recallOnly = (errors: EvalError[]) => errors.filter((e) => e.gold !== null);

type Row = [string, ...string[]];
const pct = (x: number) => (100 * x).toFixed(1);

/** Runs one system over documents for a task; returns predictions, time and crashes. */
function run(system: System, docs: GoldDoc[], task: Task) {
  const preds: Predictions[] = [];
  const crashes: string[] = [];
  const t0 = performance.now();
  for (const d of docs) {
    try {
      preds.push(system(d, task));
    } catch (e) {
      crashes.push(`${d.id}: ${(e as Error).message}`);
      preds.push({});
    }
  }
  return { preds, ms: performance.now() - t0, crashes };
}

interface SystemResult {
  name: string;
  rows: Map<string, string>;
  errors: Map<string, EvalError[]>;
  docsByTask: Map<string, GoldDoc[]>;
}

function main() {
  const t0 = performance.now();
  let opts: Options;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  const root = evalDir();
  const want = (t: string) => opts.task === 'all' || opts.task === t;
  const from = (c: string) => !opts.corpora.length || opts.corpora.includes(c);
  const systems: [string, System][] = [['News Lens', newsLens]];
  if (opts.baseline) systems.push(['baseline', baseline]);

  // Load.
  const tl = performance.now();
  // A missing corpus is reported and its rows skipped, not fatal.
  const missing: string[] = [];
  const load = (name: string, wanted: boolean, f: () => GoldDoc[]): GoldDoc[] => {
    if (!wanted) return [];
    try {
      const docs = f();
      if (!docs.length) missing.push(`${name}: no documents found`);
      return docs;
    } catch (e) {
      missing.push(`${name}: ${(e as Error).message}`);
      return [];
    }
  };
  const polnear = load(`PolNeAR ${opts.split}`, want('quotes') && from('polnear'), () => loadPolnear(root, opts.split, opts.limit));
  const conll = load('CoNLL-2003 testa', want('ner') && from('conll'), () => loadConll(root, opts.limit));
  const timeml = load('TimeBank+AQUAINT', want('dates') && from('timeml'), () => loadTimeml(root, opts.limit));
  const meantime = load('MEANTIME', (want('ner') || want('dates')) && from('meantime'), () => loadMeantime(root, opts.limit));
  const gum = load('GUM', (want('ner') || want('dates') || want('quotes')) && from('gum'), () => loadGum(root, opts.limit));
  // Only the Wikinews interviews mark their quotations (<q>) throughout.
  const gumInterviews = gum.filter((d) => d.id.startsWith('gum/GUM_interview_'));
  const loadMs = performance.now() - tl;

  const count = (docs: GoldDoc[], f: (d: GoldDoc) => number) => docs.reduce((n, d) => n + f(d), 0);
  const dataLines: string[] = [];
  if (polnear.length)
    dataLines.push(`PolNeAR ${opts.split}: ${polnear.length} documents, ${count(polnear, (d) => d.quotes!.length)} gold quotes (${count(polnear, (d) => d.quotes!.filter((q) => q.source).length)} with a source)`);
  if (conll.length) {
    const byType = (t: string) => count(conll, (d) => d.entities!.filter((e) => e.type === t).length);
    dataLines.push(`CoNLL-2003 testa: ${conll.length} documents, entity mentions PER ${byType('PER')}, ORG ${byType('ORG')}, LOC ${byType('LOC')} (MISC ${byType('MISC')} not scored)`);
  }
  if (timeml.length) dataLines.push(`TimeBank+AQUAINT: ${timeml.length} documents, ${count(timeml, (d) => d.timexes!.length)} timexes (creation times excluded)`);
  if (meantime.length)
    dataLines.push(`MEANTIME: ${meantime.length} documents, ${count(meantime, (d) => d.entities!.length)} named PER/ORG/LOC mentions, ${count(meantime, (d) => d.timexes!.length)} timexes (not exhaustive: recall only)`);

  if (gum.length) {
    const byType = (t: string) => count(gum, (d) => d.names!.filter((e) => e.type === t).length);
    dataLines.push(
      `GUM: ${gum.length} documents, named mentions PER ${byType('PER')}, ORG ${byType('ORG')}, LOC ${byType('LOC')}, OTHER ${byType('OTHER')}; ${count(gum, (d) => d.timexes!.length)} dates (recall only); ${count(gumInterviews, (d) => d.quotes!.length)} <q> quotations in ${gumInterviews.length} interviews`,
    );
  }

  const order: string[] = [];
  const results: SystemResult[] = systems.map(([name]) => ({ name, rows: new Map(), errors: new Map(), docsByTask: new Map() }));
  const put = (r: SystemResult, key: string, value: string) => {
    if (!order.includes(key)) order.push(key);
    r.rows.set(key, value);
  };
  const crashLines: string[] = [];
  let articleMisses: number | null = null;

  systems.forEach(([name, system], si) => {
    const res = results[si];
    const addErrors = (task: string, errs: EvalError[]) => {
      const list = res.errors.get(task) ?? [];
      for (const e of errs) list.push(e);
      res.errors.set(task, list);
    };
    const runTask = (docs: GoldDoc[], task: Task, label: string) => {
      const r = run(system, docs, task);
      put(res, `time ${label} (s)`, (r.ms / 1000).toFixed(1));
      if (r.crashes.length) crashLines.push(`${name} ${label}: ${r.crashes.length} documents threw, e.g. ${r.crashes[0]}`);
      return r.preds;
    };
    // Quote detection on one corpus: the counts, and P/R/F1 rows named with `suffix`.
    const quoteRows = (docs: GoldDoc[], key: string, label: string, suffix: string) => {
      const preds = runTask(docs, 'quotes', label);
      const c = newQuoteCounts();
      docs.forEach((d, i) => addErrors(key, scoreQuotes(d, preds[i].quotes ?? [], c)));
      const m = prf(c.correctPred, c.pred, c.foundGold, c.gold);
      put(res, `quotes P${suffix}`, pct(m.p));
      put(res, `quotes R${suffix}`, pct(m.r));
      put(res, `quotes F1${suffix}`, pct(m.f));
      res.docsByTask.set(key, docs);
      return c;
    };
    if (polnear.length) {
      const c = quoteRows(polnear, 'quotes', 'quotes PolNeAR', '');
      put(res, 'speaker accuracy', pct(c.withSource ? c.rightSpeaker / c.withSource : 0));
      put(res, 'quotes end-to-end (R × speaker)', pct(c.gold ? c.rightSpeaker / c.gold : 0));
    }
    if (want('quotes') && gumInterviews.length) quoteRows(gumInterviews, 'quotes-gum', 'quotes GUM', ' (GUM interviews)');
    if (conll.length) {
      const preds = runTask(conll, 'ner', 'NER CoNLL');
      const c = newNerCounts();
      conll.forEach((d, i) => addErrors('ner', scoreNer(d, preds[i].entities ?? [], c)));
      for (const t of ['PER', 'ORG', 'LOC'] as const) put(res, `NER ${t} F1 (CoNLL)`, pct(nerPrf(c, t).f));
      const all = nerPrf(c);
      put(res, 'NER P (CoNLL)', pct(all.p));
      put(res, 'NER R (CoNLL)', pct(all.r));
      put(res, 'NER F1 (CoNLL)', pct(all.f));
      res.docsByTask.set('ner', conll);
    }
    if (want('ner') && meantime.length) {
      const mp = runTask(meantime, 'ner', 'NER MEANTIME');
      const exact = newNerCounts();
      const relaxed = newNerCounts();
      // MEANTIME marks only the entities taking part in its annotated events: recall only.
      meantime.forEach((d, i) => {
        addErrors('ner-meantime', recallOnly(scoreNer(d, mp[i].entities ?? [], exact)));
        scoreNer(d, mp[i].entities ?? [], relaxed, true);
      });
      put(res, 'NER R exact (MEANTIME)', pct(nerPrf(exact).r));
      put(res, 'NER R overlap (MEANTIME)', pct(nerPrf(relaxed).r));
      res.docsByTask.set('ner-meantime', meantime);
    }
    if (want('ner') && gum.length) {
      const preds = runTask(gum, 'ner', 'NER GUM');
      const c = newNameCounts();
      gum.forEach((d, i) => addErrors('names-gum', scoreNames(d, preds[i].entities ?? [], c)));
      for (const t of NAME_TYPES) put(res, `names ${t} F1 (GUM)`, pct(namePrf(c, [t]).f));
      const all = namePrf(c);
      put(res, 'names P (GUM)', pct(all.p));
      put(res, 'names R (GUM)', pct(all.r));
      put(res, 'names F1 (GUM)', pct(all.f));
      res.docsByTask.set('names-gum', gum);
    }
    if (want('dates')) {
      for (const [label, docs, key] of [
        ['TimeBank+AQUAINT', timeml, 'dates'],
        ['MEANTIME', meantime, 'dates-meantime'],
        ['GUM', gum, 'dates-gum'],
      ] as const) {
        if (!docs.length) continue;
        const preds = runTask(docs, 'dates', `dates ${label}`);
        const c = newDateCounts();
        // MEANTIME's timexes are not exhaustive either ("last month", "now" are often unmarked): recall only.
        // Nor are GUM's dates (durations, times of day and many relative dates are not marked).
        const partial = label !== 'TimeBank+AQUAINT';
        docs.forEach((d, i) => {
          const errs = scoreDates(d, preds[i].dates ?? [], c);
          addErrors(key, partial ? recallOnly(errs) : errs);
        });
        const m = dateMetrics(c);
        if (partial) {
          put(res, `dates relaxed R (${label})`, pct(m.relaxed.r));
          put(res, `dates strict R (${label})`, pct(m.strict.r));
          put(res, `dates value accuracy (${label})`, pct(m.valueAcc));
        } else {
          put(res, 'dates relaxed P', pct(m.relaxed.p));
          put(res, 'dates relaxed R', pct(m.relaxed.r));
          put(res, 'dates relaxed F1', pct(m.relaxed.f));
          put(res, 'dates strict F1', pct(m.strict.f));
          put(res, 'dates value accuracy', pct(m.valueAcc));
          put(res, 'dates value F1', pct(m.valueF1));
        }
        res.docsByTask.set(key, docs);
      }
    }
  });

  // Print.
  console.log(`News Lens accuracy — data from ${root}`);
  for (const l of dataLines) console.log(`  ${l}`);
  for (const l of missing) console.log(`  ! ${l}`);
  console.log(`  (loaded in ${(loadMs / 1000).toFixed(1)} s)`);
  if (order.length) {
    const header: Row = ['metric (%)', ...results.map((r) => r.name)];
    // Accuracy rows first, then the timings (seconds), each in the order the tasks ran.
    const keys = [...order.filter((k) => !k.startsWith('time ')), ...order.filter((k) => k.startsWith('time '))];
    const rows: Row[] = [header, ...keys.map((k): Row => [k, ...results.map((r) => r.rows.get(k) ?? '')])];
    const w = header.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    const line = (r: Row) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
    console.log('');
    console.log(line(header));
    console.log(w.map((n) => '-'.repeat(n)).join('  '));
    for (const r of rows.slice(1)) console.log(line(r));
  }
  for (const l of crashLines) console.log(`! ${l}`);
  // The largest error groups of News Lens, so engine work knows where to start (details: --errors).
  if (results[0].errors.size) {
    console.log(`\nLargest error groups, ${results[0].name} (details with --errors):`);
    for (const [task, errs] of results[0].errors)
      console.log(`  ${task}: ${groupErrors(errs).slice(0, 5).map(([c, l]) => `${c} ${l.length}`).join(', ') || 'none'}`);
  }

  if (want('articles')) {
    console.log('');
    articleMisses = runArticles().misses;
  }

  const listErrors = (r: SystemResult) => {
    for (const [task, errs] of r.errors) console.log(formatErrors(`${r.name} — ${task}`, errs, r.docsByTask.get(task) ?? []));
  };
  if (opts.errors) listErrors(results[0]);
  if (opts.baselineErrors && results[1]) listErrors(results[1]);
  const totalS = (performance.now() - t0) / 1000;
  console.log(`\nTotal time ${totalS.toFixed(1)} s`);
  if (opts.json) {
    const table = Object.fromEntries(results.map((r) => [r.name, Object.fromEntries([...r.rows].map(([k, v]) => [k, Number(v)]))]));
    writeFileSync(opts.json, `${JSON.stringify({ options: { ...opts, limit: Number.isFinite(opts.limit) ? opts.limit : null }, data: dataLines, table, articleMisses, totalSeconds: totalS }, null, 2)}\n`);
    console.log(`Wrote ${opts.json}`);
  }
}

main();
