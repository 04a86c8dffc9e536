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
import { isTitleLike } from './quotes';
import { tokenView } from './attribution/tokens';
import { CUE_FORMS, LEADING_FUNCTION, STRONG_CUES } from './attribution/lexicon';
import { hasWords, span, type Found, type Result } from './attribution/context';
import { NAMES_IN_TEXT, midSentenceCapitals } from './attribution/subjects';
import { personNames } from './attribution/people';
import { fixedScare, isNickname } from './attribution/scare-terms';
import { afterQuote } from './attribution/cue-after-quote';
import { closingAttribution } from './attribution/closing-attribution';
import { beforeQuote, relativeClauseSubject } from './attribution/cue-before-quote';
import { possessiveSpeech } from './attribution/possessive-speech';
import { transcriptLabel } from './attribution/transcript-label';
import { colonIntroduction, lastSentenceColon } from './attribution/colon-introduction';
import { accordingInSentence } from './attribution/according-to';
import { continuationSource, continuesAcross, renamed } from './attribution/continuation';
import { previousReport, previousSubject } from './attribution/previous-sentence';
import { headlineClosing, headlineSpeaker } from './attribution/headline-label';
import { subjectWithoutCue } from './attribution/subject-without-cue';
import { linkSpeaker } from './attribution/link-speaker';

/** How far (in tokens) either side of a quote its sentence context reaches. */
const CONTEXT_TOKENS = 300;

export function attributeSpeakers(article: Article, quotes: Quote[], entities: Entity[]): Quote[] {
  if (quotes.length === 0) return quotes;
  const text = article.text;
  // A nickname between parts of a name (`Marcia "Cia" Price`) is read as part of the name.
  const prose = (q: Quote) => !article.blocks.some((b) => (b.kind === 'headline' || b.kind === 'heading') && b.start <= q.start && q.end <= b.end);
  const nickname = (q: Quote) => {
    const before = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(text.slice(Math.max(0, q.start - 20), q.start))?.[1] ?? '';
    return /^["“'‘][\p{L}\p{N} .'’-]+["”'’]$/u.test(q.text) && q.text.split(/\s+/).length <= 2 && !LEADING_FUNCTION.has(before) && isNickname(text, q);
  };
  const view = tokenView(article, quotes, (q) => q.kind === 'scare' && nickname(q) && prose(q));
  NAMES_IN_TEXT.set(view.toks, midSentenceCapitals(view));
  const { toks, sents, quoteToks } = view;
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
    const s = sents[toks[qt.first].sent];
    // Context outside quotes in the quote's sentence.
    // Context starts after the previous real quote of the sentence (titles and scare terms are
    // part of the writer's words: `As X, author of "Title," put it, "…"`).
    // Windows are capped at CONTEXT_TOKENS so that a "sentence" of thousands of quotes (a
    // pasted list, a file of quotation marks) stays linear; real attributions sit far closer.
    let lo = Math.max(s.first, qt.first - CONTEXT_TOKENS);
    for (let k = qt.first - 1; k >= lo; k--)
      if (toks[k].quote >= 0 && quotes[toks[k].quote].kind !== 'scare') {
        lo = k + 1;
        break;
      }
    let sLast = sents[toks[qt.last].sent].last;
    // `"Really?" Bush said.` — retext ends the sentence at ?" ; the attribution follows.
    const nextSent = sents[toks[qt.last].sent + 1];
    if (sLast === qt.last && nextSent && nextSent.block === s.block && toks[nextSent.first].quote < 0) {
      const endsOpen =
        /[?!,—–…-]\W*$/.test(q.text) || /^\p{Ll}/u.test(toks[nextSent.first].text) || nextSent.last - nextSent.first <= 8 || /^[―—–-]$/.test(toks[nextSent.first].text);
      if (endsOpen) sLast = nextSent.last;
    }
    // …and ends at the next real quote (`"…," X, wearing "Ted Cruz" pins, said` reads on).
    let hi = Math.min(sLast, qt.last + CONTEXT_TOKENS);
    for (let k = qt.last + 1; k <= hi; k++)
      if (toks[k].quote >= 0 && quotes[toks[k].quote].kind !== 'scare') {
        hi = k - 1;
        break;
      }
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

  // `"They are painful" but necessary "for the long term," he said.` — earlier quotes of a
  // sentence share the attribution that follows its last quote.
  for (let qi = quotes.length - 2; qi >= 0; qi--) {
    if (results[qi] || !results[qi + 1] || quoteToks[qi].first < 0 || quoteToks[qi + 1].first < 0) continue;
    if (toks[quoteToks[qi].first].sent !== toks[quoteToks[qi + 1].first].sent) continue;
    if (quotes[qi].kind === 'scare' && isTitleLike(quotes[qi].text)) continue;
    if (quotes[qi].kind === 'scare') continue; // a quoted term before a quotation is not said by its speaker
    results[qi] = results[qi + 1];
    methods[qi] = `${methods[qi + 1]} (same sentence as the next quote)`;
    own[qi] = true;
  }

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
  // A multi-paragraph quote attributed only in a later piece: carry the speaker back.
  for (let qi = quotes.length - 2; qi >= 0; qi--) {
    if (!results[qi] && results[qi + 1] && continuesAcross(text, quotes[qi], quotes[qi + 1])) {
      results[qi] = { ...results[qi + 1]!, speaker: null };
      methods[qi] = 'same quotation as the next paragraph';
    }
  }

  // Speakers: spans, pronoun antecedents, entities.
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
    // A short quoted term inside reported speech is a partial quote; quoted titles stay scare.
    if (kind === 'scare') {
      if (!own[qi] || !r.cue) {
        out.push({ ...q, speaker: null, cue: null });
        results[qi] = null;
        continue;
      }
      kind = 'partial';
    }
    out.push({ ...q, kind, speaker, cue: r.cue });
    // Later continuations copy this result; keep the resolved antecedent for them.
    results[qi] = r;
  }
  return out;
}
