// The quotes as the attribution stage returns them: each attributed quote gets its speaker (linked
// to an entity) and cue, and its final kind.
//   The board called the plan "reckless."            → nobody said it: a partial quote becomes scare
//   "It is a sham," Ruiz said, calling it "theft."   → a short term with a cue of its own becomes partial
//   CNN's "State of the Union" …                     → quoted titles stay scare
import type { Entity, Quote } from '../types';
import type { People, Result } from './context';
import { linkSpeaker } from './link-speaker';
import type { TokenView } from './tokens';

export interface Attributions {
  text: string;
  view: TokenView;
  people: People;
  entities: Entity[];
  quotes: Quote[];
  /** Per quote: its attribution, null when none; scare quotes left unattributed are cleared here. */
  results: Array<Result | null>;
  /** Per quote: the rule that found it. */
  methods: string[];
  /** Per quote: attributed by a cue in its own sentence (not carried over from another quote). */
  own: boolean[];
  /** Per quote: a partial quote about someone's words, though no speaker can be named. */
  unattributed: boolean[];
}

/** In document order, so continuations resolve pronouns through the results before them. */
export function withSpeakers(a: Attributions): Quote[] {
  const { text, view, people, entities, quotes, results, methods, own, unattributed } = a;
  const out: Quote[] = [];
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    const r = results[qi];
    if (!r || !r.range) {
      out.push({ ...q, kind: q.kind === 'partial' && !unattributed[qi] ? 'scare' : q.kind, speaker: null, cue: null });
      continue;
    }
    const speaker = linkSpeaker(text, view, people, entities, results, quotes, r, r.range, methods[qi]);
    let kind = q.kind;
    if (kind === 'scare') {
      if (!own[qi] || !r.cue) {
        out.push({ ...q, speaker: null, cue: null });
        results[qi] = null;
        continue;
      }
      kind = 'partial';
    }
    out.push({ ...q, kind, speaker, cue: r.cue });
  }
  return out;
}
