// Attributes each direct and partial quote to a speaker and a cue verb.
//
// Rules, tried in order for each quote. Each family lives in its own file under attribution/
// (cue-after-quote, cue-before-quote, according-to, continuation …); this file only orders them:
//  1. after the quote: `"…," X said` / `"…," said X` / `"…," X, a long appositive, told CNN`,
//     `"…," the nominee riffed` (any past-tense verb right after a comma-ended quote), and a name
//     signing it after a dash (`"…" ― Jane Doe`)
//  2. before the quote in its sentence: `X said: "…"`, `according to X, "…"`, `X was quoted as
//     saying "…"`, participles (`X added, saying "…"`), coordinated verbs, `as X put it`;
//     passive cues (`X was asked`) are skipped; an outer named clause wins over an inner pronoun
//  3. `"…" would be a disaster, X said.` (the attribution closes the sentence), a colon
//     introduction (`X goes on: "…"`), a transcript label (`"PENCE: …`), a paragraph ending
//     `X said:` before the quote paragraph, the owner of reported words (`Ruiz’s claim that "…"`),
//     and for a partial quote with no reporting verb at all, a person-like sentence subject
//  4. later quotes of the same sentence lend their attribution to earlier ones
//  5. continuation: the previous quote in the paragraph, reported speech in the sentence before,
//     the same multi-paragraph quote, or the previous paragraph's quote when this paragraph opens
//     with a quote and has no cue of its own; a quote later in a paragraph after a sentence about
//     a named person is theirs
//  6. headline conventions `Sanders: "…"` and `… ‘…,’ Lindsey Graham Says.` (the latter tried in 3)
// Last, link-speaker turns each attribution into a speaker linked to an entity.
// Pronoun speakers keep the pronoun as their span and are resolved to an antecedent (the subject
// of the sentence or the previous one, preferring people) only to find the entity; "the senator"
// finds the person titled so earlier, "the newspaper" / "the company" the fitting organization. A partial
// quote that nobody said becomes a scare quote; a short scare term inside reported speech with
// its own cue becomes partial (quoted titles and nicknames stay scare).
import type { Article, Entity, Quote } from './types';
import { tokenView } from './attribution/tokens';
import { CUE_FORMS, STRONG_CUES } from './attribution/lexicon';
import { hasWords, span, type Found, type Result } from './attribution/context';
import { personNames } from './attribution/people';
import { fixedScare, inProse, nicknameInName } from './attribution/scare-terms';
import { afterQuote } from './attribution/cue-after-quote';
import { closingAttribution } from './attribution/closing-attribution';
import { beforeQuote, relativeClauseSubject } from './attribution/cue-before-quote';
import { possessiveSpeech } from './attribution/possessive-speech';
import { transcriptLabel } from './attribution/transcript-label';
import { colonIntroduction, lastSentenceColon } from './attribution/colon-introduction';
import { accordingInSentence } from './attribution/according-to';
import { carryBackAcross, continuationSource, renamed } from './attribution/continuation';
import { shareWithNextQuote } from './attribution/same-sentence';
import { withSpeakers } from './attribution/speaker-output';
import { previousReport, previousSubject } from './attribution/previous-sentence';
import { headlineClosing, headlineSpeaker } from './attribution/headline-label';
import { subjectWithoutCue } from './attribution/subject-without-cue';
import { quoteWindow } from './attribution/quote-window';

export function attributeSpeakers(article: Article, quotes: Quote[], entities: Entity[]): Quote[] {
  if (quotes.length === 0) return quotes;
  const text = article.text;
  const prose = (q: Quote) => inProse(article, q);
  // A nickname between parts of a name (`Marcia "Cia" Price`) is read as part of the name.
  const view = tokenView(article, quotes, (q) => nicknameInName(article, q));
  const { toks, quoteToks } = view;
  const people = personNames(view, entities);
  article.blocks.forEach((b, i) => {
    if (b.kind === 'headline' || b.kind === 'heading' || b.kind === 'caption') people.notProse.add(i);
  });
  const results: Array<Result | null> = quotes.map(() => null);
  const methods: string[] = quotes.map(() => '');
  /** Attributed by a cue in its own sentence (not carried over from another quote). */
  const own: boolean[] = quotes.map(() => false);
  /** Partial quotes whose sentence is about someone's words, though no speaker can be named. */
  const unattributed: boolean[] = quotes.map(() => false);

  const mk = (f: Found): Result => ({
    speaker: null,
    cue: f.cue ? span(text, toks, f.cue) : null,
    range: f.range,
    kind: f.np.kind,
    antecedent: null,
  });
  /** Quote qi attributed by a rule of its own. */
  const take = (qi: number, f: Found) => {
    results[qi] = mk(f);
    methods[qi] = f.method;
  };
  /** Quote qi carries over the attribution of quote c.from (with a nearer mention when there is one). */
  const carry = (qi: number, c: { from: number; method: string }) => {
    results[qi] = renamed(view, results[c.from]!, qi) ?? { ...results[c.from]!, speaker: null };
    methods[qi] = c.method;
  };

  for (let qi = 0; qi < quotes.length; qi++) {
    const qt = quoteToks[qi];
    if (qt.first < 0) continue;
    const q = quotes[qi];
    const { sent: s, lo, hi, sLast } = quoteWindow(view, quotes, qi);
    const beforeEmpty = !hasWords(toks, lo, qt.first - 1);
    if (q.kind === 'scare' && fixedScare(article, view, q, qi)) continue; // titles, nicknames, subheadings
    let found: Found | null = null;
    const openEnd = /[,?!]\W*$/.test(q.text);
    if (q.kind === 'direct' || beforeEmpty || openEnd) found = afterQuote(toks, qt.last + 1, hi, s.first, openEnd, openEnd && beforeEmpty);
    if (!found && beforeEmpty) found = closingAttribution(toks, qt.last + 1, hi, s.first);
    if (!found) {
      found = beforeQuote(toks, lo, qt.first - 1, s.first);
      if (found) found = relativeClauseSubject(toks, lo, qt.first - 1, found, s.first);
      // "The board rejected Ruiz’s claim that “…”": the owner of the words beats a stance verb,
      // but not a reporting verb ("Lee said Ruiz’s claim was “…”" is Lee's quote).
      const weak = !found || !found.cue || !STRONG_CUES.has(CUE_FORMS.get(toks[found.cue.first].lower) ?? '');
      const poss = !beforeEmpty && weak ? possessiveSpeech(toks, lo, qt.first - 1, s.first, !!found) : null;
      if (poss) found = poss;
    }
    if (!found && !beforeEmpty) found = closingAttribution(toks, qt.last + 1, hi, s.first);
    if (!found && q.kind === 'direct') found = transcriptLabel(toks, qt.first, qt.last);
    if (!found && q.kind === 'direct' && beforeEmpty) found = lastSentenceColon(view, qi);
    if (!found && !beforeEmpty) found = colonIntroduction(toks, lo, qt.first, s.first);
    if (!found && !prose(q)) found = headlineClosing(toks, qt.last + 1, hi);
    if (!found) {
      const subject = subjectWithoutCue(toks, q.kind, s.first, qt.first, beforeEmpty, people);
      if (subject === 'nobody') unattributed[qi] = true;
      else found = subject;
    }
    if (found && found.method !== 'source after “according to”') {
      // `"…," Hewitt said, according to a transcript of the show.`: the document reporting the
      // words is the source.
      const acc = accordingInSentence(toks, s.first, sLast, s.first);
      if (acc) found = acc;
    }
    if (found && q.kind === 'scare' && !found.cue) found = null; // a quoted term needs its own reporting word
    if (found) {
      take(qi, found);
      own[qi] = true;
    }
  }

  shareWithNextQuote(view, quotes, results, methods, own);

  // Continuations, in document order so chains carry forward.
  for (let qi = 0; qi < quotes.length; qi++) {
    if (results[qi] || quoteToks[qi].first < 0) continue;
    const prev = continuationSource(view, quotes, results, qi, text, true);
    if (prev) {
      carry(qi, prev);
      continue;
    }
    const reported = previousReport(view, quotes, qi);
    if (reported) {
      take(qi, reported);
      continue;
    }
    const across = continuationSource(view, quotes, results, qi, text, false);
    if (across) {
      carry(qi, across);
      continue;
    }
    const subject = previousSubject(view, quotes, qi);
    if (subject) {
      take(qi, subject);
      continue;
    }
    const head = headlineSpeaker(view, qi);
    if (head) {
      take(qi, head);
      own[qi] = true;
    }
  }
  carryBackAcross(text, quotes, results, methods);

  return withSpeakers({ text, view, people, entities, quotes, results, methods, own, unattributed });
}
