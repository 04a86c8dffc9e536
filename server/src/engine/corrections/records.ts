// Building records: a new decision on a span, the machine answer it replaces, finding the record a new
// decision should replace, Confirm Article, and checking a TimeML value a person typed.
import { randomBytes } from 'node:crypto';
import type { Analysis, Entity } from '../types';
import { targetAt } from './selector';
import type { Action, CorrectionRecord, Decision, MachineAnswer, SpeakerRef, TargetKind } from './types';

export function newRecordId(): string {
  return 'c-' + randomBytes(6).toString('hex');
}

export function newRecord(args: {
  text: string;
  kind: TargetKind;
  start: number;
  end: number;
  decision: Decision;
  machine: MachineAnswer;
  by: string;
  at?: string;
  id?: string;
}): CorrectionRecord {
  return {
    id: args.id ?? newRecordId(),
    target: targetAt(args.text, args.kind, args.start, args.end),
    decision: args.decision,
    machine: args.machine,
    by: args.by,
    at: args.at ?? new Date().toISOString(),
  };
}

/** Decisions that overwrite each other on one target (a second "Set speaker" replaces the first). */
const FAMILIES: Action[][] = [
  ['set-speaker', 'unattributed'],
  ['set-kind'],
  ['not-a-quote', 'mark-quote'],
  ['set-type', 'not-a-name', 'mark-entity'],
  ['same-as', 'not-same-as'],
  ['set-roles'],
  ['set-value'],
  ['not-a-date', 'mark-date'],
  ['confirm'],
];

/** Actions a new decision of `action` replaces on the same target. */
export function replacedBy(action: Action): Action[] {
  return FAMILIES.find((f) => f.includes(action)) ?? [action];
}

/** The last record on exactly this span and kind whose action is one of `actions` (all when omitted). */
export function findRecord(records: CorrectionRecord[], kind: TargetKind, start: number, end: number, actions?: Action[]): CorrectionRecord | undefined {
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i];
    if (r.target.kind === kind && r.target.start === start && r.target.end === end && (!actions || actions.includes(r.decision.action))) return r;
  }
  return undefined;
}

export function entityOfMention(entities: Entity[], start: number, end: number): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => m.start === start && m.end === end));
}

/** What the (corrected or machine) analysis says at a span, to keep beside a decision. */
export function machineAnswer(analysis: Analysis, kind: TargetKind, start: number, end: number): MachineAnswer {
  if (kind === 'quote') {
    const q = analysis.quotes.find((x) => x.start === start && x.end === end);
    if (!q) return null;
    const e = q.speaker?.entity ? analysis.entities.find((x) => x.id === q.speaker!.entity) : undefined;
    return { kind: q.kind, speaker: q.speaker ? (e?.name ?? q.speaker.text) : null };
  }
  if (kind === 'mention') {
    const e = entityOfMention(analysis.entities, start, end);
    return e ? { type: e.type, name: e.name, roles: [...e.roles] } : null;
  }
  const d = analysis.dates.find((x) => x.start === start && x.end === end);
  return d ? { type: d.type, value: d.value } : null;
}

/**
 * Confirm Article: one `confirm` record for every quote, name and date the article shows that no record
 * touches yet, holding it as it is now.
 */
export function confirmRecords(analysis: Analysis, text: string, by: string, at = new Date().toISOString()): CorrectionRecord[] {
  const out: CorrectionRecord[] = [];
  const add = (kind: TargetKind, start: number, end: number, decision: Decision) => {
    if (end <= start || end > text.length) return;
    out.push(newRecord({ text, kind, start, end, decision, machine: machineAnswer(analysis, kind, start, end), by, at }));
  };
  for (const q of analysis.quotes) {
    if (q.origin === 'human') continue;
    const e = q.speaker?.entity ? analysis.entities.find((x) => x.id === q.speaker!.entity) : undefined;
    let speaker: SpeakerRef | null = null;
    if (q.speaker) {
      speaker = { name: e?.name ?? q.speaker.text };
      if (q.speaker.end > q.speaker.start) speaker.words = { start: q.speaker.start, end: q.speaker.end, exact: q.speaker.text };
    }
    add('quote', q.start, q.end, { action: 'confirm', kind: q.kind, speaker });
  }
  for (const e of analysis.entities) {
    if (e.origin === 'human') continue;
    for (const m of e.mentions) add('mention', m.start, m.end, { action: 'confirm', type: e.type, name: e.name });
  }
  for (const d of analysis.dates) {
    if (d.origin === 'human') continue;
    add('date', d.start, d.end, { action: 'confirm', type: d.type, value: d.value });
  }
  return out;
}

const DATE = String.raw`(?:\d{4}|\d{3}X|\d{2}XX|XXXX)(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?|-W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|WE))?|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?`;
const TIME = String.raw`T(?:(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)?|MO|AF|EV|NI|DT)(?:Z|[+-]\d{2}(?::?\d{2})?)?`;
const DURATION = String.raw`P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|H|DE|CE|ML|L|C|E))+(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+`;
const TIMEML = new RegExp(`^(?:PRESENT_REF|PAST_REF|FUTURE_REF|${DATE}(?:${TIME})?|${TIME}|${DURATION})$`);

/** Null when `value` is a TimeML value (2013-09-12, 2013-W38, 2013-Q3, 2013-09-12T14:00, P3D, PT2H, PRESENT_REF …), else why not. */
export function timemlValueError(value: string): string | null {
  if (TIMEML.test(value)) return null;
  return `"${value}" is not a TimeML value (examples: 2013-09-12, 2013-09, 2013-W38, 2013-Q3, 2013-09-12T14:00, T09:30, P3D, PT2H, PRESENT_REF)`;
}
