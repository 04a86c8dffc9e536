// Corrections as code actions (issue 9): on a quote, set its speaker (the article's people and organizations,
// nearest mention before the quote first), unattributed, not a quote, its kind; on a name, its type (this
// mention / this article / all articles), not a name, same as / not the same as, its role; on a date, its value
// or not a date; on any selection, mark it as a quote, name or date; on a correction that could not be placed,
// attach it to the selection or delete it. Each action runs the server command newsLens.correct; actions that
// need typing run a client command (only when the client has them).
import { CodeActionKind, type CodeAction, type Command, type Diagnostic } from 'vscode-languageserver';
import type { Entity, Quote } from '../engine/types';
import {
  CorrectCommand,
  SetDateValueInputCommand,
  SetRoleInputCommand,
  SetSpeakerInputCommand,
  type CorrectArguments,
  type CorrectionDecisionRequest,
  type InputCommandArguments,
} from '../protocol';
import type { DocModel } from '../workspace/model';
import { describeRecord, UnplacedCode } from './correctionDiagnostics';

/** Set speaker: at most this many candidates in the menu (Set speaker… lists them all). */
export const MaxSpeakerCandidates = 8;
const MaxSameAs = 8;
export const CorrectionKind = `${CodeActionKind.QuickFix}.newsLens`;

export interface CodeActionOptions {
  /** The client has the input commands (quick pick of speakers, role and date value boxes). */
  inputCommands: boolean;
}

const TYPES = ['person', 'organization', 'place'] as const;
const TYPE_WORDS: Record<string, string> = { person: 'person', organization: 'organization', place: 'place', other: 'name' };

export function codeActions(model: DocModel, start: number, end: number, diagnostics: Diagnostic[], opts: CodeActionOptions): CodeAction[] {
  const out: CodeAction[] = [];
  const base = { uri: model.uri, version: model.version };
  const action = (title: string, args: Omit<CorrectArguments, 'uri' | 'version' | 'label'>, preferred = false): CodeAction => ({
    title,
    kind: CorrectionKind,
    isPreferred: preferred || undefined,
    command: { title, command: CorrectCommand, arguments: [{ ...base, label: title, ...args } satisfies CorrectArguments] },
  });
  const decide = (title: string, d: CorrectionDecisionRequest, preferred = false) => action(title, { decisions: [d] }, preferred);
  const input = (title: string, command: string, args: Omit<InputCommandArguments, 'uri' | 'version'>): CodeAction => ({
    title,
    kind: CorrectionKind,
    command: { title, command, arguments: [{ ...base, ...args } satisfies InputCommandArguments] } as Command,
  });

  out.push(...unplacedActions(model, start, end, diagnostics, action));

  const selection = end > start;
  const quote = quoteAt(model, start, end);
  const mention = model.mentions.find((m) => m.start <= start && end <= m.end) ?? null;
  const date = model.dates.find((d) => d.start <= start && end <= d.end) ?? null;

  if (mention) {
    const e = mention.entity;
    const span = { kind: 'mention' as const, start: mention.start, end: mention.end };
    const text = model.text.slice(mention.start, mention.end);
    for (const t of TYPES) {
      if (t === e.type) continue;
      out.push(decide(`Type: ${t}`, { ...span, decision: { action: 'set-type', type: t, scope: 'article' } }));
      out.push(decide(`Type: ${t} (this mention only)`, { ...span, decision: { action: 'set-type', type: t, scope: 'mention' } }));
      out.push(action(`Type: ${t} (in all articles: “${text}”)`, { names: [{ name: text, type: t }] }));
    }
    out.push(decide('Not a name', { ...span, decision: { action: 'not-a-name', scope: 'article' } }));
    out.push(decide('Not a name (this mention only)', { ...span, decision: { action: 'not-a-name', scope: 'mention' } }));
    out.push(action(`Not a name (in all articles: “${text}”)`, { names: [{ name: text, type: null }] }));
    for (const other of nearestEntities(model, mention.start, (x) => x !== e && x.type === e.type).slice(0, MaxSameAs)) {
      out.push(decide(`Same as: ${other.name}`, { ...span, decision: { action: 'same-as', name: other.name, scope: 'article' } }));
    }
    if (e.mentions.length > 1) out.push(decide(`Not the same as ${e.name}`, { ...span, decision: { action: 'not-same-as' } }));
    if (opts.inputCommands) out.push(input('Set role…', SetRoleInputCommand, { ...span, current: e.roles.join('; ') }));
  }

  if (date && !mention) {
    const span = { kind: 'date' as const, start: date.start, end: date.end };
    if (opts.inputCommands) out.push(input('Set value…', SetDateValueInputCommand, { ...span, current: date.value ?? '' }));
    out.push(decide('Not a date', { ...span, decision: { action: 'not-a-date' } }));
  }

  if (quote && !mention) {
    const span = { kind: 'quote' as const, start: quote.start, end: quote.end };
    const current = model.speakerEntity(quote);
    const candidates = speakerCandidates(model, quote);
    candidates
      .filter((c) => c !== current)
      .slice(0, MaxSpeakerCandidates)
      .forEach((c, i) => out.push(decide(`Set speaker: ${c.name}`, { ...span, decision: { action: 'set-speaker', speaker: { name: c.name } } }, i === 0 && !quote.speaker)));
    if (opts.inputCommands) {
      const everyone = [...candidates, ...model.analysis.entities.filter((x) => !candidates.includes(x))].map((x) => x.name);
      out.push(input('Set speaker…', SetSpeakerInputCommand, { ...span, choices: everyone }));
    }
    if (quote.speaker) out.push(decide('Unattributed', { ...span, decision: { action: 'unattributed' } }));
    out.push(decide('Not a quote', { ...span, decision: { action: 'not-a-quote' } }));
    for (const k of ['direct', 'partial', 'scare'] as const) {
      if (k !== quote.kind) out.push(decide(`Kind: ${k}`, { ...span, decision: { action: 'set-kind', kind: k } }));
    }
  }

  if (selection) {
    const text = model.text.slice(start, end);
    if (text.trim()) {
      const isQuote = model.quotes.some((q) => q.start === start && q.end === end);
      if (!isQuote && !quote) out.push(decide('Mark as quote', { kind: 'quote', start, end, decision: { action: 'mark-quote' } }));
      for (const t of TYPES) {
        if (model.mentions.some((m) => m.start === start && m.end === end && m.entity.type === t)) continue;
        out.push(decide(`Mark as ${TYPE_WORDS[t]}`, { kind: 'mention', start, end, decision: { action: 'mark-entity', type: t } }));
      }
      if (!model.dates.some((d) => d.start === start && d.end === end)) {
        out.push(decide('Mark as date', { kind: 'date', start, end, decision: { action: 'mark-date', value: null } }));
      }
    }
  }

  out.push(...restoreActions(model, start, end, action));
  return out;
}

/** The quote the selection is in (a selection inside the quote, or exactly the quote). */
function quoteAt(model: DocModel, start: number, end: number): Quote | null {
  let best: Quote | null = null;
  for (const q of model.quotes) {
    if (q.start > start) break;
    if (start <= q.end && end <= q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  if (best) return best;
  // The cursor on the speaker's words counts as the quote too ("…,” said Okafor).
  return model.quotes.find((q) => q.speaker && q.speaker.start <= start && end <= q.speaker.end) ?? null;
}

/** People and organizations, by distance from the quote: the nearest mention before it first, then after it. */
export function speakerCandidates(model: DocModel, q: Quote): Entity[] {
  const scored = model.analysis.entities
    .filter((e) => e.type === 'person' || e.type === 'organization')
    .map((e) => {
      const before = e.mentions.filter((m) => m.end <= q.start).at(-1);
      const after = e.mentions.find((m) => m.start >= q.end);
      const inside = e.mentions.find((m) => m.start >= q.start && m.end <= q.end);
      // Before the quote: by distance; after it: after every "before" candidate; named only inside it: last.
      const score = before ? q.start - before.end : after ? 1e9 + (after.start - q.end) : inside ? 2e9 : 3e9;
      return { e, score };
    });
  return scored.sort((a, b) => a.score - b.score).map((x) => x.e);
}

function nearestEntities(model: DocModel, offset: number, keep: (e: Entity) => boolean): Entity[] {
  const dist = (e: Entity) => Math.min(...e.mentions.map((m) => Math.abs(m.start - offset)));
  return model.analysis.entities.filter(keep).sort((a, b) => dist(a) - dist(b));
}

type ActionMaker = (title: string, args: Omit<CorrectArguments, 'uri' | 'version' | 'label'>, preferred?: boolean) => CodeAction;

/** Quick fixes for corrections that could not be placed: attach to the selection, or delete. */
function unplacedActions(model: DocModel, start: number, end: number, diagnostics: Diagnostic[], action: ActionMaker): CodeAction[] {
  const unplaced = model.analysis.corrections?.unplaced ?? [];
  if (!unplaced.length) return [];
  const out: CodeAction[] = [];
  const onDiagnostic = new Set(diagnostics.filter((d) => d.code === UnplacedCode).map((d) => (d.data as { id?: string } | undefined)?.id));
  for (const u of unplaced) {
    const r = u.record;
    const what = describeRecord(r);
    const diag = diagnostics.filter((d) => d.code === UnplacedCode && (d.data as { id?: string } | undefined)?.id === r.id);
    // Offered with its warning, or anywhere there is a selection to attach to.
    if (!onDiagnostic.has(r.id) && end <= start) continue;
    if (end > start) {
      const a = action(`Attach correction “${what}” to the selection`, { attach: { id: r.id, start, end } });
      a.kind = CodeActionKind.QuickFix;
      a.diagnostics = diag;
      out.push(a);
    }
    const d = action(`Delete correction “${what}”`, { remove: [r.id] });
    d.kind = CodeActionKind.QuickFix;
    d.diagnostics = diag;
    out.push(d);
  }
  return out;
}

/** "Restore machine answer": remove the corrections on this very item. */
function restoreActions(model: DocModel, start: number, end: number, action: ActionMaker): CodeAction[] {
  const placed = model.analysis.corrections?.placed ?? [];
  const here = placed.filter((r) => r.target.start <= start && end <= r.target.end && r.decision.action !== 'confirm');
  if (!here.length) return [];
  return [action(here.length === 1 ? `Remove correction “${describeRecord(here[0])}”` : `Remove ${here.length} corrections here`, { remove: here.map((r) => r.id) })];
}
