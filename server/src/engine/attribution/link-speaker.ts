// The speaker words of an attributed quote, linked to the entity they name:
//   "It is done," Marieke de Vries said.                      → Marieke de Vries (an entity mention overlaps)
//   A spokeswoman for Acme, Marieke de Vries, said … "…," she said.  → she → Marieke de Vries (the name in apposition)
//   Sen. Lindsey Graham spoke. … "We are ready," the senator said.    → the senator → Lindsey Graham (titled so earlier)
//   The Harbor Times reported the deal. "It is done," the newspaper said.  → the newspaper → Harbor Times (named earlier)
//   "It is done," a senior official said.                     → no entity, anonymous
//   The board rejected Ruiz’s claim that "the port is safe."  → Ruiz (without the possessive ending)
// Pronouns keep their own words as the speaker span; the antecedent only finds the entity.
import type { Entity, Quote, Speaker } from '../types';
import { span, type People, type Result } from './context';
import { PERSON_NOUNS } from './lexicon';
import { organizationFor } from './nominalLink';
import { linkEntity, resolveTitle } from './people';
import { appositiveName, resolvePronoun } from './pronoun-antecedents';
import type { TokenView } from './tokens';
import { namedSubject } from './named-subject';

/**
 * The speaker of result r, whose words are the token range `range` (found by the rule described by method0). Resolving a pronoun stores the
 * antecedent on r, so the quotes that continue this one resolve to the same person.
 */
export function linkSpeaker(
  text: string,
  view: TokenView,
  people: People,
  entities: Entity[],
  results: Array<Result | null>,
  quotes: Quote[],
  r: Result,
  range: { first: number; last: number },
  method0: string,
): Speaker {
  const { toks } = view;
  const sp = span(text, toks, range);
  if (r.kind === 'name' && /['’]s$/.test(sp.text)) {
    // "Trump’s claim": the name without the possessive ending
    sp.end -= 2;
    sp.text = sp.text.slice(0, -2);
  }
  // "name before the cue verb" reads wrong for "a senior official"
  const word = r.kind === 'pronoun' || r.kind === 'relative' ? 'pronoun' : 'source';
  // (most methods do not say "name": skip the pattern and the replacement text for them)
  let method = r.kind === 'name' || !method0.includes('name ') ? method0 : method0.replace(/\bname (before|after) the/, `${word} $1 the`);
  let entity: string | null = null;
  let anonymous = false;
  let subjectName: { first: number; last: number } | null = null;
  if (r.kind === 'pronoun' || r.kind === 'relative') {
    let ante = r.antecedent ?? resolvePronoun(view, range.first, people, results, quotes);
    // "A spokeswoman for ECT, Marieke de Vries, said … she said": the name in apposition
    const named = ante ? appositiveName(toks, ante.range) : null;
    if (ante && named) ante = { ...ante, range: named };
    r.antecedent = ante;
    // "Ruiz repeated her claim that …", "Berg said he …": the name itself, not the pronoun
    subjectName = ante ? namedSubject(view, range.first, ante, method0, entities, text) : null;
    if (ante) {
      const a = span(text, toks, ante.range);
      entity = linkEntity(entities, a);
      // "she" is a person: not the company inside "a spokeswoman for ECT"
      if (entity && /^(he|she|him|her|his)$/.test(toks[range.first].lower) && entities.find((e) => e.id === entity)?.type !== 'person') entity = null;
      const name = entity ? entities.find((e) => e.id === entity)!.name : a.text;
      if (!method.startsWith('continues') && !method.startsWith('same')) method = `${sp.text} → ${name}, ${ante.how}`;
      else method = `${method} (${sp.text} → ${name})`;
    }
  } else if (r.kind === 'nominal') {
    const def = /^(the|this|that)\b/i.test(sp.text);
    anonymous = !def || PERSON_NOUNS.has(toks[range.last].lower);
    entity = linkEntity(entities, sp, true);
    const titled = def && !entity ? resolveTitle(view, people, range) : null;
    if (titled) {
      const a = span(text, toks, titled);
      entity = linkEntity(entities, a);
      const name = entity ? entities.find((e) => e.id === entity)!.name : a.text;
      method = `${sp.text} → ${name}, titled so earlier (${method})`;
    } else if (def && !entity && range.last === range.first + 1) {
      // "the newspaper", "the company", "the ministry": the organization named earlier. ("The
      // campaign" is not its candidate: a journalist needs to know which of the two spoke.)
      entity = organizationFor(entities, toks[range.last].lower, sp.start);
      if (entity) method = `${sp.text} → ${entities.find((e) => e.id === entity)!.name}, named earlier (${method})`;
    }
    if (entity) anonymous = false;
  } else {
    entity = linkEntity(entities, sp);
  }
  const words = subjectName ? span(text, toks, subjectName) : sp;
  // Field by field, in the order of the JSON output: a spread of the span here was a generic (slow) object copy.
  return { start: words.start, end: words.end, text: words.text, entity, anonymous, method };
}
