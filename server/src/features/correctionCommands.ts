// The commands behind the correction code actions and the palette: apply decisions (newsLens.correct),
// Confirm Article, Undo Last Correction. Each builds records with the engine (target + text-quote selector,
// the machine answer it replaces, who and when) and writes them through the tracker (the store: lock, re-read,
// merge, atomic rename). A write that fails says why; nothing is changed then.
import {
  confirmRecords,
  findRecord,
  machineAnswer,
  newRecord,
  replacedBy,
  targetAt,
  timemlValueError,
  type Action,
  type CorrectionRecord,
  type Decision,
} from '../engine/corrections';
import type { CorrectArguments, CorrectionDecisionRequest, CorrectResult } from '../protocol';
import { CorrectionError, type CorrectionsTracker } from '../workspace/corrections';
import type { DocModel } from '../workspace/model';

export interface CommandHost {
  tracker: CorrectionsTracker;
  /** The analysis of the document's current version. */
  model(uri: string): Promise<DocModel | null>;
  filePath(uri: string): string | null;
  /** Who decides (git user.name, else the OS user); see docs/lsp.md on untrusted workspaces. */
  author(articlePath: string): Promise<string>;
}

/** Checks a decision before anything is written; returns what is wrong, for the user. */
export function checkDecision(d: CorrectionDecisionRequest, text: string): string | null {
  if (!Number.isInteger(d.start) || !Number.isInteger(d.end) || d.start < 0 || d.end > text.length || d.start > d.end) {
    return `the span ${d.start}–${d.end} is outside the text (${text.length} characters)`;
  }
  if (d.end === d.start) return 'select the text first';
  const dec = d.decision;
  if ((dec.action === 'set-value' || dec.action === 'mark-date') && dec.value !== null && dec.value !== undefined) {
    const err = timemlValueError(String(dec.value));
    if (err) return `“${String(dec.value)}” is not a TimeML value: ${err}`;
  }
  if (dec.action === 'set-speaker') {
    const name = (dec.speaker as { name?: unknown } | undefined)?.name;
    if (typeof name !== 'string' || !name.trim()) return 'the speaker needs a name';
  }
  return null;
}

export async function runCorrect(host: CommandHost, args: CorrectArguments): Promise<CorrectResult> {
  const path = host.filePath(args.uri);
  if (!path) return { ok: false, message: 'News Lens keeps corrections beside saved files only: save the article first.' };
  const model = await host.model(args.uri);
  if (!model) return { ok: false, message: 'News Lens does not annotate this document.' };
  // Offsets were computed on `args.version`; the text may have moved since (typing while the menu was open).
  if (model.version !== args.version) return { ok: false, message: 'The article changed since the menu opened: try again.' };
  const by = await host.author(path);
  const at = new Date().toISOString();
  const existing = host.tracker.records(args.uri);
  const upsert: CorrectionRecord[] = [];
  for (const d of args.decisions ?? []) {
    const problem = checkDecision(d, model.text);
    if (problem) return { ok: false, message: `News Lens cannot apply “${args.label}”: ${problem}.` };
    const same = findRecord(existing, d.kind, d.start, d.end, replacedBy(d.decision.action as Action));
    // The analysis shows corrected answers: an item another record already touched keeps that record's machine answer.
    const touched = same ?? findRecord(existing, d.kind, d.start, d.end);
    upsert.push(
      newRecord({
        text: model.text,
        kind: d.kind,
        start: d.start,
        end: d.end,
        decision: d.decision as unknown as Decision,
        machine: touched ? touched.machine : machineAnswer(model.analysis, d.kind, d.start, d.end),
        by,
        at,
        id: same?.id,
      }),
    );
  }
  const remove = [...(args.remove ?? [])];
  if (args.attach) {
    const r = existing.find((x) => x.id === args.attach!.id) ?? model.analysis.corrections?.unplaced.find((u) => u.record.id === args.attach!.id)?.record;
    if (!r) return { ok: false, message: 'That correction is no longer in the file.' };
    if (args.attach.end <= args.attach.start) return { ok: false, message: 'Select the text the correction belongs to first.' };
    upsert.push({ ...r, target: targetAt(model.text, r.target.kind, args.attach.start, args.attach.end), by, at });
  }
  try {
    if (upsert.length || remove.length) await host.tracker.write(args.uri, path, args.label, { upsert, remove });
    if (args.names?.length) await host.tracker.writeNames(args.uri, path, args.label, args.names);
  } catch (err) {
    if (err instanceof CorrectionError) return { ok: false, message: err.message };
    throw err;
  }
  return { ok: true, message: `News Lens: ${args.label}` };
}

/** Every machine annotation not corrected is stored as confirmed, so a later engine keeps it. */
export async function runConfirmArticle(host: CommandHost, uri: string): Promise<CorrectResult> {
  const path = host.filePath(uri);
  if (!path) return { ok: false, message: 'News Lens keeps corrections beside saved files only: save the article first.' };
  const model = await host.model(uri);
  if (!model) return { ok: false, message: 'News Lens does not annotate this document.' };
  const records = confirmRecords(model.analysis, model.text, await host.author(path), new Date().toISOString());
  if (!records.length) return { ok: true, message: 'News Lens: every annotation of this article is already confirmed or corrected.' };
  try {
    await host.tracker.write(uri, path, `Confirm Article (${records.length} annotations)`, { upsert: records });
  } catch (err) {
    if (err instanceof CorrectionError) return { ok: false, message: err.message };
    throw err;
  }
  return { ok: true, message: `News Lens: confirmed ${records.length} annotation${records.length === 1 ? '' : 's'}.` };
}

export async function runUndo(host: CommandHost): Promise<CorrectResult> {
  try {
    const step = await host.tracker.undo();
    if (!step) return { ok: false, message: 'News Lens: no correction to undo.' };
    return { ok: true, message: `News Lens: undid ${step.label}` };
  } catch (err) {
    if (err instanceof CorrectionError) return { ok: false, message: err.message };
    throw err;
  }
}
