// newsLens/quotesBySpeaker: every quote by the speaker of the quote or name under the cursor, in this
// article and in other open or indexed articles.
import type { QuotesBySpeakerResult } from '../protocol';
import type { DocModel } from '../workspace/model';
import { quoteRange, shorten } from '../workspace/summary';
import type { FeatureContext } from './context';

export function quotesBySpeaker(ctx: FeatureContext, model: DocModel, offset: number): QuotesBySpeakerResult {
  const t = model.targetAt(offset);
  if (!t || t.kind === 'date') return { speaker: null, quotes: [] };
  // Inside a quote, the speaker is the quote's speaker, even on a name quoted within it.
  const inQuote = t.quote;
  const entity = t.kind === 'mention' && !inQuote ? t.entity : inQuote ? model.speakerEntity(inQuote) : null;
  if (entity) {
    const quotes: QuotesBySpeakerResult['quotes'] = model.quotesOf(entity).map((q) => ({ uri: model.uri, range: model.range(q), text: shorten(q.text, 200) }));
    for (const h of ctx.index.findWithVariants(entity)) {
      if (h.uri === model.uri || !h.entity.quoteCount) continue;
      for (const q of ctx.index.quotesOf(h)) quotes.push({ uri: h.uri, range: quoteRange(q), text: q.text });
    }
    return { speaker: entity.name, quotes };
  }
  const q = inQuote!;
  if (!q.speaker) return { speaker: null, quotes: [{ uri: model.uri, range: model.range(q), text: shorten(q.text, 200) }] };
  return {
    speaker: q.speaker.text,
    quotes: model.quotesBySameSpeaker(q).map((x) => ({ uri: model.uri, range: model.range(x), text: shorten(x.text, 200) })),
  };
}
