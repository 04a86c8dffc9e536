// Machine against person: how far the machine's annotations agree with a person's final ones (the same
// article analysed with its corrections). Pure; `news-lens agreement` and the editor's command print it.
import type { Analysis, Entity, Quote } from '../types';

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

export const EMPTY_AGREEMENT: Agreement = {
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
