// The News Lens system as seen by the scorers: analyze() output reduced to spans.
import { analyze } from '../../server/src/engine/analyze';
import type { Analysis } from '../../server/src/engine/types';
import type { GoldDoc, PredEntity, Predictions, System, Task } from './types';

const NER: Record<string, PredEntity['type']> = { person: 'PER', organization: 'ORG', place: 'LOC' };

export function toPredictions(a: Analysis): Required<Predictions> {
  return {
    quotes: a.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      kind: q.kind,
      speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end, text: q.speaker.text } : null,
    })),
    entities: a.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: NER[e.type] ?? 'OTHER' }))),
    dates: a.dates.map((d) => ({ start: d.start, end: d.end, value: typeof d.value === 'string' ? d.value : null })),
  };
}

export const newsLens: System = (doc: GoldDoc, _task: Task) => toPredictions(analyze(doc.text, { published: doc.published }));
