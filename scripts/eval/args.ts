// Command-line options of `npm run eval`.
export const USAGE =
  'npm run eval -- [--task quotes|ner|dates|articles|all] [--split dev|train] [--errors] [--baseline-errors] [--limit N] [--corpus polnear,conll,timeml,meantime,gum] [--no-baseline] [--json FILE]';

export interface Options {
  task: 'quotes' | 'ner' | 'dates' | 'articles' | 'all';
  split: 'dev' | 'train';
  errors: boolean;
  /** Also list the baseline's errors (to compare causes). */
  baselineErrors: boolean;
  limit: number;
  baseline: boolean;
  /** Write the table (and data counts) as JSON to this file too. */
  json: string | null;
  help: boolean;
  /** Only these corpora (all when empty): quick runs while working on one. */
  corpora: string[];
}

export const CORPORA = ['polnear', 'conll', 'timeml', 'meantime', 'gum'];

export function parseArgs(argv: string[]): Options {
  const o: Options = { task: 'all', split: 'dev', errors: false, baselineErrors: false, limit: Infinity, baseline: true, json: null, help: false, corpora: [] };
  const is = (a: string, name: string) => a === name || a.startsWith(`${name}=`);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (is(a, '--task')) {
      const v = val();
      if (!['quotes', 'ner', 'dates', 'articles', 'all'].includes(v)) throw new Error(`unknown task ${v}`);
      o.task = v as Options['task'];
    } else if (is(a, '--split')) {
      const v = val();
      if (v !== 'dev' && v !== 'train') throw new Error(`unknown split ${v} (dev or train)`);
      o.split = v;
    } else if (a === '--errors') o.errors = true;
    else if (a === '--baseline-errors') o.baselineErrors = true;
    else if (a === '--no-baseline') o.baseline = false;
    else if (is(a, '--limit')) {
      const n = Number(val());
      if (!Number.isInteger(n) || n < 1) throw new Error('--limit needs a positive integer');
      o.limit = n;
    } else if (is(a, '--corpus')) {
      o.corpora = val().split(',');
      const bad = o.corpora.find((c) => !CORPORA.includes(c));
      if (bad) throw new Error(`unknown corpus ${bad} (${CORPORA.join(', ')})`);
    } else if (is(a, '--json')) o.json = val();
    else if (a === '--help' || a === '-h') o.help = true;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}
