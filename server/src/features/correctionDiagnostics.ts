// Diagnostics about corrections: a correction that could not be placed in the current text (a warning with
// quick fixes to attach it to the selection or delete it; never dropped silently), and a corrections or names
// file that could not be read (the article then shows the machine's output; the file is never overwritten).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { DocModel } from '../workspace/model';

export const UnplacedCode = 'correction-unplaced';
export const FileErrorCode = 'corrections-file';
const Source = 'News Lens';

export interface CorrectionsFileError {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export function correctionDiagnostics(model: DocModel, fileErrors: CorrectionsFileError[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const u of model.analysis.corrections?.unplaced ?? []) {
    const r = u.record;
    // Where it was, as far as the text still goes (a 1-character range so editors show it).
    const at = Math.min(Math.max(0, r.target.start), model.text.length);
    const end = Math.min(model.text.length, Math.max(at + 1, Math.min(r.target.end, model.text.length)));
    out.push({
      range: model.range({ start: Math.min(at, end), end }),
      severity: DiagnosticSeverity.Warning,
      code: UnplacedCode,
      source: Source,
      message: `${/^correction could not be placed/.test(u.reason) ? u.reason : `correction could not be placed: ${u.reason}`} (${describeRecord(r)}). Select the text it belongs to and attach it, or delete it.`,
      data: { id: r.id },
    });
  }
  for (const f of fileErrors) {
    out.push({
      range: model.range({ start: 0, end: Math.min(model.text.length, Math.max(1, model.text.indexOf('\n') < 0 ? model.text.length : model.text.indexOf('\n'))) }),
      severity: DiagnosticSeverity.Error,
      code: FileErrorCode,
      source: Source,
      message: `${fileLabel(f)}: ${f.message}. This article shows the machine's annotations; the file is not overwritten until it is fixed.`,
    });
  }
  return out;
}

/** Diagnostics for the corrections file itself, at the line the error names. */
export function fileDiagnostics(f: CorrectionsFileError): Diagnostic[] {
  const line = Math.max(0, (f.line ?? 1) - 1);
  const character = Math.max(0, (f.column ?? 1) - 1);
  return [{
    range: { start: { line, character }, end: { line, character: character + 1 } },
    severity: DiagnosticSeverity.Error,
    code: FileErrorCode,
    source: Source,
    message: `News Lens cannot read these corrections: ${f.message}. The article shows the machine's annotations until this is fixed.`,
  }];
}

export function fileLabel(f: CorrectionsFileError): string {
  const name = f.path.slice(f.path.lastIndexOf('/') + 1);
  return `${name}${f.line ? ` line ${f.line}${f.column ? `, column ${f.column}` : ''}` : ''}`;
}

/** A record in a few words, for menus and warnings: "Set speaker: Elena Marsh on “We are not…”". */
export function describeRecord(r: { target: { kind: string; selector: { exact: string } }; decision: { action: string; [k: string]: unknown } }): string {
  const d = r.decision as Record<string, unknown>;
  const exact = r.target.selector.exact;
  const on = `on “${exact.length > 40 ? `${exact.slice(0, 39)}…` : exact}”`;
  switch (r.decision.action) {
    case 'set-speaker':
      return `Set speaker: ${(d.speaker as { name?: string } | undefined)?.name ?? '?'} ${on}`;
    case 'set-type':
    case 'mark-entity':
      return `${r.decision.action === 'set-type' ? 'Type' : 'Mark as'}: ${String(d.type)} ${on}`;
    case 'set-kind':
      return `Kind: ${String(d.kind)} ${on}`;
    case 'set-value':
      return `Value: ${String(d.value)} ${on}`;
    case 'same-as':
      return `Same as: ${String(d.name)} ${on}`;
    default:
      return `${r.decision.action.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())} ${on}`;
  }
}
