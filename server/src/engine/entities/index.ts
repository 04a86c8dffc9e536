// Named entities: candidate mentions, typing, clustering into entities with aliases and roles.
// Per-block candidate finding is memoised in the cache by block text; the document-level steps
// (confirming doubtful names, one type per name, headline lookups, clustering) are linear and cheap.
import type { Article, BlockCache, Entity } from '../types';
import { blockCandidates, type BlockEntities, type WeakSentence } from './candidates';
import type { Tok } from './tokens';
import { clusterMentions, mention, typeMentions, weakMentions, type Mention } from './cluster';
import { isStoryText } from '../parse';
import { applyCategories } from './categories';
import { dropTerms } from './acronym-terms';
import { camelCaseNotPeople } from './camel-case';
import { isSportsReport } from './sports-context';
import { dropCommonPhrases } from './common-phrases';
import { peopleAdjectives } from './people-adjectives';
import { islandPlurals } from './island-plurals';
import { dropScholarlyAcronyms } from './scholarly-acronyms';
import { hasReferences } from './references';
import { numberedWords } from './numbered-words';
import { slogans } from './slogans';
import { formsOfAddress } from './forms-of-address';
import { epithets } from './epithets';
import { commonSpeciesNames, speciesNames } from './species-names';
import { mapPacked } from '../packed';
import { citedAuthors } from './cited-authors';
import { dropGenericBodies } from './generic-bodies';
import { placeLists } from './place-lists';
import { articleNouns } from './article-nouns';
import { definiteNames } from './definite-names';
import { mediaNames } from './media-names';

export function findEntities(article: Article, cache?: BlockCache): Entity[] {
  const perBlock = new Map<number, Tok[][]>();
  for (const s of article.sentences) {
    const list = perBlock.get(s.block) ?? [];
    list.push(s.tokens);
    perBlock.set(s.block, list);
  }
  const cands: Mention[] = [];
  const weak: WeakSentence[] = [];
  for (const [index, sentences] of perBlock) {
    const block = article.blocks[index];
    if (!block || !isStoryText(block.kind)) continue;
    const base = block.start;
    const key = 'ent\u0000' + block.kind + '\u0000' + article.text.slice(block.start, block.end);
    let local = cache?.get(key) as BlockEntities | undefined;
    if (!local) {
      local = blockCandidates(
        mapPacked(sentences, (toks) => mapPacked(toks, (t) => ({ start: t.start - base, end: t.end - base, text: t.text, kind: t.kind }))),
        block.kind,
      );
      cache?.set(key, local);
    }
    for (const c of local.candidates) cands.push(mention(c, base));
    for (const w of local.weak)
      weak.push({ caps: w.caps, tokens: mapPacked(w.tokens, (t) => ({ ...t, start: t.start + base, end: t.end + base })) });
  }
  const sports = isSportsReport(article.text);
  const references = hasReferences(article.text);
  // False alarms and re-typing, in this order: one rule family per file, one line each.
  let typed = typeMentions(cands, sports);
  typed = dropTerms(typed, article.text);
  typed = applyCategories(typed, article.text);
  typed = camelCaseNotPeople(typed);
  typed = mediaNames(typed);
  typed = dropCommonPhrases(typed, article.text);
  typed = peopleAdjectives(typed, article.text);
  typed = dropScholarlyAcronyms(typed, article.text, references);
  typed = numberedWords(typed, sports);
  typed = islandPlurals(typed);
  typed = formsOfAddress(typed, article.text);
  typed = epithets(typed, article.text);
  typed = speciesNames(typed, article.text);
  typed = commonSpeciesNames(typed, sports);
  typed = slogans(typed, article.text);
  typed = citedAuthors(typed, article.text, references);
  typed = dropGenericBodies(typed);
  typed = placeLists(typed, article.text);
  typed = articleNouns(typed, article.text);
  typed = definiteNames(typed, article.text);
  const fromWeak = weakMentions(weak, typed, sports);
  return clusterMentions([...typed, ...fromWeak], article.text);
}
