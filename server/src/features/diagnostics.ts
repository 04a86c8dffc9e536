// Diagnostics pushed after each analysis: quotation marks never closed (or never opened), quotes without a
// speaker (not scare quotes), and people spelled two ways across the workspace. Each kind has a setting.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { DocModel } from '../workspace/model';
import { shorten } from '../workspace/summary';
import { basename, type FeatureContext } from './context';

export const Source = 'News Lens';

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

export function diagnostics(ctx: FeatureContext, model: DocModel): Diagnostic[] {
  const s = ctx.settings().diagnostics;
  const out: Diagnostic[] = [];
  for (const p of model.analysis.problems) {
    const isQuote = p.code === 'unclosed-quote' || p.code === 'unopened-quote';
    if (isQuote && !s.unclosedQuote) continue;
    out.push({ range: model.range(p), severity: SEVERITY[p.severity] ?? DiagnosticSeverity.Warning, code: p.code, source: Source, message: p.message });
  }
  if (s.unattributedQuote) {
    for (const q of model.quotes) {
      if (q.speaker || q.kind === 'scare') continue;
      out.push({
        range: model.range(q),
        severity: DiagnosticSeverity.Information,
        code: 'unattributed-quote',
        source: Source,
        message: `No speaker found for this ${q.kind} quote: ${shorten(q.text, 60)}`,
      });
    }
  }
  if (s.spellingVariants) {
    for (const e of model.analysis.entities) {
      if (e.type !== 'person') continue;
      const variants = ctx.index.variants(e);
      const others = variants.filter((v) => v.uri !== model.uri || v.entity.name !== e.name);
      if (!others.length) continue;
      const first = others[0];
      const names = [...new Set(others.map((v) => v.entity.name))];
      const where = first.uri === model.uri ? 'this article' : basename(first.uri);
      out.push({
        range: model.range(e.mentions[0]),
        severity: DiagnosticSeverity.Hint,
        code: 'spelling-variant',
        source: Source,
        message: `“${e.name}” is also spelled ${names.map((n) => `“${n}”`).join(', ')} (${where}${others.length > 1 ? ` and ${others.length - 1} more` : ''}).`,
        relatedInformation: others.slice(0, 10).map((v) => ({
          location: { uri: v.uri, range: v.entity.first },
          message: `${v.entity.name} in ${basename(v.uri)}`,
        })),
        tags: [] as DiagnosticTag[],
      });
    }
  }
  return out;
}
