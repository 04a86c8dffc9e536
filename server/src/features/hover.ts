// Hover cards: who a name is (type, roles, aliases, mentions and quotes here and elsewhere, first quotes
// with links), who said a quote and how the speaker was found, and what a date resolves to.
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { CorrectionRef } from '../engine/corrections';
import type { DateMention, Entity, Quote } from '../engine/types';
import type { DocModel } from '../workspace/model';
import { quoteRange, shorten } from '../workspace/summary';
import { basename, entityStats, locationLink, type FeatureContext } from './context';
import { dateInWords, describeDate, escapeMarkdown as md, plural2 } from './format';

const TYPE_WORDS: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place', other: 'Name' };
const KIND_WORDS: Record<string, string> = { direct: 'direct quote', partial: 'partial quote', scare: 'scare quote (no speaker expected)' };
const MaxQuotesShown = 3;

export function hover(ctx: FeatureContext, model: DocModel, offset: number): Hover | null {
  const target = model.targetAt(offset);
  if (!target) return null;
  let value: string;
  let span: { start: number; end: number };
  switch (target.kind) {
    case 'mention':
      value = entityCard(ctx, model, target.entity);
      span = target.mention;
      break;
    case 'speaker':
      value = target.entity ? entityCard(ctx, model, target.entity) + '\n\n---\n\n' + quoteCard(model, target.quote) : quoteCard(model, target.quote);
      span = target.quote.speaker!;
      break;
    case 'quote':
      value = quoteCard(model, target.quote);
      span = target.quote;
      break;
    case 'date':
      value = dateCard(model, target.date);
      span = target.date;
      break;
  }
  const contents: MarkupContent = { kind: 'markdown', value };
  return { contents, range: model.range(span) };
}

export function entityCard(ctx: FeatureContext, model: DocModel, e: Entity): string {
  const lines: string[] = [];
  lines.push(`**${md(e.name)}** — ${TYPE_WORDS[e.type] ?? 'Name'}`);
  if (e.roles.length) lines.push(`Role: ${e.roles.map(md).join('; ')}`);
  if (e.aliases.length) lines.push(`Also: ${e.aliases.map(md).join(', ')}`);
  const corrected = correctionLine(e.correction);
  if (corrected) lines.push(corrected);
  const stats = entityStats(ctx, model, e);
  lines.push(`In this article: ${plural2(stats.here.mentions, 'mention')}, ${plural2(stats.here.quotes, 'quote')}`);
  if (stats.elsewhere.articles) {
    lines.push(
      `Elsewhere in the workspace: ${plural2(stats.elsewhere.mentions, 'mention')}, ${plural2(stats.elsewhere.quotes, 'quote')} in ${plural2(stats.elsewhere.articles, 'other article')}`,
    );
  } else {
    lines.push('Elsewhere in the workspace: not mentioned');
  }
  const variants = new Set(stats.hits.map((h) => h.entity.name).filter((n) => n !== e.name));
  if (variants.size) lines.push(`Spelled elsewhere: ${[...variants].map(md).join(', ')}`);
  const quotes: string[] = [];
  for (const q of model.quotesOf(e)) {
    if (quotes.length >= MaxQuotesShown) break;
    const r = model.range(q);
    quotes.push(`- [${md(shorten(q.text, 80))}](${locationLink(model.uri, r)}) — line ${r.start.line + 1}`);
  }
  for (const h of stats.hits) {
    if (quotes.length >= MaxQuotesShown) break;
    if (!h.entity.quoteCount) continue;
    for (const q of ctx.index.quotesOf(h)) {
      if (quotes.length >= MaxQuotesShown) break;
      const r = quoteRange(q);
      quotes.push(`- [${md(shorten(q.text, 80))}](${locationLink(h.uri, r)}) — ${md(basename(h.uri))}, line ${r.start.line + 1}`);
    }
  }
  // Two trailing spaces would be fragile; separate lines with blank lines instead.
  let out = lines.join('  \n');
  if (quotes.length) out += '\n\n' + (quotes.length < stats.here.quotes + stats.elsewhere.quotes ? 'First quotes:' : 'Quotes:') + '\n\n' + quotes.join('\n');
  return out;
}

export function quoteCard(model: DocModel, q: Quote): string {
  const lines: string[] = [];
  lines.push(`**Quote** — ${KIND_WORDS[q.kind]}`);
  if (q.speaker) {
    const entity = model.speakerEntity(q);
    const who = entity ? `**${md(entity.name)}**` : `**${md(q.speaker.text)}**`;
    const extra = [q.speaker.anonymous ? 'anonymous source' : null, entity && entity.name !== q.speaker.text ? `written “${md(q.speaker.text)}”` : null].filter(Boolean);
    lines.push(`Speaker: ${who}${extra.length ? ` (${extra.join('; ')})` : ''}`);
    if (entity?.roles.length) lines.push(`Role: ${entity.roles.map(md).join('; ')}`);
  } else {
    lines.push(q.kind === 'scare' ? 'Speaker: none (scare quote)' : 'Speaker: unattributed');
  }
  const corrected = correctionLine(q.speaker?.correction ?? q.correction);
  if (corrected) lines.push(corrected);
  if (q.cue) lines.push(`Cue verb: “${md(q.cue.text)}”`);
  if (q.speaker?.method) lines.push(`Found by: ${md(q.speaker.method)}`);
  const same = model.quotesBySameSpeaker(q);
  if (same.length > 1) lines.push(`Quote ${same.indexOf(q) + 1} of ${same.length} by this speaker in this article`);
  return lines.join('  \n');
}

export function dateCard(model: DocModel, d: DateMention): string {
  const lines: string[] = [];
  lines.push(`**${describeDate(d)}**: ${md(dateInWords(d.value))}`);
  if (d.value) lines.push(`Value: \`${d.value}\``);
  if (d.relative) {
    lines.push(`Relative: resolved against ${md(d.anchor ?? (model.analysis.published ? `the publication date ${model.analysis.published}` : 'an unknown reference date'))}`);
  } else if (d.anchor) {
    lines.push(`Resolved against: ${md(d.anchor)}`);
  }
  if (!d.value) lines.push(model.analysis.published ? 'Could not be resolved.' : 'Could not be resolved: no publication date found.');
  const corrected = correctionLine(d.correction);
  if (corrected) lines.push(corrected);
  return lines.join('  \n');
}

/** "Corrected by Ana Ruiz on 5 Dec 2026, 08:10 UTC (set speaker)": who decided and when (escaped: the file is data). */
export function correctionLine(c: CorrectionRef | undefined): string | null {
  if (!c) return null;
  const when = formatWhen(c.at);
  const what = c.action === 'confirm' ? 'Confirmed' : 'Corrected';
  return `*${what} by ${md(c.by)}${when ? ` on ${when}` : ''}${c.action === 'confirm' ? '' : ` (${md(c.action.replace(/-/g, ' '))})`}*`;
}

function formatWhen(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return md(iso);
  const d = new Date(t);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}
