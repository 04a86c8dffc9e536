// `news-lens agreement`: how far the machine agrees with a person's final annotations (the article with its
// corrections applied), for the articles that have corrections: precision, recall and F1 per kind,
// speaker accuracy and date value accuracy, per article and overall (summed counts, micro-averaged).
import { analyze } from '../engine/analyze';
import type { Analysis, Entity, Quote } from '../engine/types';
import type { Command } from './command';
import { loadCorrections } from './corrections';
import { analysisName } from './export';
import { expandPaths, loadArticle } from './files';
import { parseOptions, publishedOption, UsageError, type CliIO } from './io';

const USAGE = `Usage: news-lens agreement [--format text|json] [--published YYYY-MM-DD] PATH...

Compare the machine's annotations with a person's final ones (machine output with the corrections
file applied) for every article under PATH that has a corrections file:
  quotes, people, organizations, places, dates: precision, recall, F1 (exact spans; names also by type)
  speakers: share of quotes found by both whose speaker is the same person or words
  date values: share of dates found by both with the same value
Per article and overall (counts summed over articles).

Exit status: 0 figures printed, 1 no article with corrections or some file could not be read, 2 usage error.
`;

export const KINDS = ['quotes', 'people', 'organizations', 'places', 'dates'] as const;
export type Kind = (typeof KINDS)[number];

export interface Counts {
  /** Found by both. */
  both: number;
  /** Found by the machine. */
  machine: number;
  /** In the person's annotations. */
  human: number;
}

export interface Agreement {
  kinds: Record<Kind, Counts>;
  speakers: { same: number; of: number };
  dateValues: { same: number; of: number };
}

export interface Scored {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function score(c: Counts): Scored {
  const precision = c.machine ? c.both / c.machine : null;
  const recall = c.human ? c.both / c.human : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : precision === null && recall === null ? null : 0;
  return { precision, recall, f1 };
}

const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
const TYPE_OF: Record<Exclude<Kind, 'quotes' | 'dates'>, Entity['type']> = { people: 'person', organizations: 'organization', places: 'place' };

function counts(m: Set<string>, h: Set<string>): Counts {
  let both = 0;
  for (const k of m) if (h.has(k)) both++;
  return { both, machine: m.size, human: h.size };
}

/** Mention spans of the entity a speaker is linked to (empty when unlinked). */
function speakerMentions(q: Quote, a: Analysis): Set<string> {
  const e = q.speaker?.entity ? a.entities.find((x) => x.id === q.speaker!.entity) : undefined;
  return new Set(e?.mentions.map(key) ?? []);
}

/** Same speaker: both none, the same words, or words linked to entities sharing a mention. */
function sameSpeaker(mq: Quote, m: Analysis, hq: Quote, h: Analysis): boolean {
  if (!mq.speaker || !hq.speaker) return !mq.speaker && !hq.speaker;
  const mm = speakerMentions(mq, m);
  const hm = speakerMentions(hq, h);
  if (mm.size && hm.size) return [...mm].some((k) => hm.has(k));
  if (mm.size || hm.size) return false;
  return key(mq.speaker) === key(hq.speaker) && mq.speaker.text === hq.speaker.text;
}

export function agreementOf(machine: Analysis, human: Analysis): Agreement {
  const kinds = {} as Record<Kind, Counts>;
  kinds.quotes = counts(new Set(machine.quotes.map(key)), new Set(human.quotes.map(key)));
  for (const k of ['people', 'organizations', 'places'] as const) {
    const spans = (a: Analysis) => new Set(a.entities.filter((e) => e.type === TYPE_OF[k]).flatMap((e) => e.mentions.map(key)));
    kinds[k] = counts(spans(machine), spans(human));
  }
  kinds.dates = counts(new Set(machine.dates.map(key)), new Set(human.dates.map(key)));
  const hq = new Map(human.quotes.map((q) => [key(q), q]));
  const speakers = { same: 0, of: 0 };
  for (const q of machine.quotes) {
    const other = hq.get(key(q));
    if (!other) continue;
    speakers.of++;
    if (sameSpeaker(q, machine, other, human)) speakers.same++;
  }
  const hd = new Map(human.dates.map((d) => [key(d), d]));
  const dateValues = { same: 0, of: 0 };
  for (const d of machine.dates) {
    const other = hd.get(key(d));
    if (!other) continue;
    dateValues.of++;
    if (other.value === d.value) dateValues.same++;
  }
  return { kinds, speakers, dateValues };
}

export function addAgreement(a: Agreement, b: Agreement): Agreement {
  const kinds = {} as Record<Kind, Counts>;
  for (const k of KINDS) kinds[k] = { both: a.kinds[k].both + b.kinds[k].both, machine: a.kinds[k].machine + b.kinds[k].machine, human: a.kinds[k].human + b.kinds[k].human };
  return {
    kinds,
    speakers: { same: a.speakers.same + b.speakers.same, of: a.speakers.of + b.speakers.of },
    dateValues: { same: a.dateValues.same + b.dateValues.same, of: a.dateValues.of + b.dateValues.of },
  };
}

const EMPTY: Agreement = {
  kinds: Object.fromEntries(KINDS.map((k) => [k, { both: 0, machine: 0, human: 0 }])) as Record<Kind, Counts>,
  speakers: { same: 0, of: 0 },
  dateValues: { same: 0, of: 0 },
};

const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

export function agreementJson(a: Agreement) {
  const ratio = (r: { same: number; of: number }) => ({ ...r, accuracy: r.of ? round(r.same / r.of) : null });
  return {
    kinds: Object.fromEntries(
      KINDS.map((k) => {
        const s = score(a.kinds[k]);
        return [k, { ...a.kinds[k], precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) }];
      }),
    ),
    speakers: ratio(a.speakers),
    dateValues: ratio(a.dateValues),
  };
}

const pct = (x: number | null) => (x === null ? '    –' : `${(x * 100).toFixed(1).padStart(5)}`);

export function agreementText(title: string, a: Agreement, records?: number): string {
  const lines = [`${title}${records !== undefined ? ` (${records} correction${records === 1 ? '' : 's'})` : ''}`, '  kind            P      R     F1   both machine person'];
  for (const k of KINDS) {
    const s = score(a.kinds[k]);
    const c = a.kinds[k];
    lines.push(`  ${k.padEnd(13)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(c.both).padStart(5)} ${String(c.machine).padStart(7)} ${String(c.human).padStart(6)}`);
  }
  const ratio = (r: { same: number; of: number }) => `${pct(r.of ? r.same / r.of : null).trim()}% (${r.same} of ${r.of})`;
  lines.push(`  speaker accuracy     ${ratio(a.speakers)}`, `  date value accuracy  ${ratio(a.dateValues)}`);
  return lines.join('\n') + '\n';
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(argv, {
    format: { type: 'string', short: 'f' },
    published: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got "${format}")`);
  const published = publishedOption(values.published);
  if (positionals.length === 0) throw new UsageError('agreement needs at least one file or folder');
  let failed = false;
  const report = (p: string, reason: string) => {
    io.stderr.write(`news-lens: ${p}: ${reason}\n`);
    failed = true;
  };
  const { files } = await expandPaths(positionals, report);
  const articles: Array<{ file: string; records: number; agreement: Agreement }> = [];
  for (const file of files) {
    const corr = await loadCorrections(file);
    for (const e of corr.errors) report(file, e);
    if (!corr.input?.records.length) continue;
    const loaded = await loadArticle(file);
    if ('error' in loaded) {
      report(file, loaded.error);
      continue;
    }
    const opts = { fileName: analysisName(file), published };
    const machine = analyze(loaded.text, opts);
    const human = analyze(loaded.text, { ...opts, corrections: corr.input });
    for (const u of human.corrections?.unplaced ?? []) io.stderr.write(`news-lens: ${file}: ${u.reason}\n`);
    articles.push({ file, records: corr.input.records.length, agreement: agreementOf(machine, human) });
  }
  if (articles.length === 0) {
    io.stderr.write('news-lens: no article with a corrections file (ARTICLE.lens.json) among these paths\n');
    return 1;
  }
  const overall = articles.reduce((acc, a) => addAgreement(acc, a.agreement), EMPTY);
  if (format === 'json') {
    io.stdout.write(
      JSON.stringify(
        { articles: articles.map((a) => ({ file: a.file, records: a.records, ...agreementJson(a.agreement) })), overall: { articles: articles.length, ...agreementJson(overall) } },
        null,
        2,
      ) + '\n',
    );
  } else {
    for (const a of articles) io.stdout.write(agreementText(a.file, a.agreement, a.records) + '\n');
    io.stdout.write(agreementText(`Overall, ${articles.length} article${articles.length === 1 ? '' : 's'}`, overall));
  }
  return failed ? 1 : 0;
}

export const agreement: Command = {
  name: 'agreement',
  synopsis: 'agreement [--format text|json] PATH...',
  summary: 'precision, recall and F1 of the machine against the corrected annotations',
  usage: USAGE,
  run,
};
