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
//  6. headline convention `Sanders: "…"`
// Pronoun speakers keep the pronoun as their span and are resolved to an antecedent (the subject
// of the sentence or the previous one, preferring people) only to find the entity; "the senator"
// finds the person titled so earlier, "the newspaper" / "the company" the fitting organization. A partial
// quote that nobody said becomes a scare quote; a short scare term inside reported speech with
// its own cue becomes partial (quoted titles and nicknames stay scare).
import type { Article, Entity, Quote, Speaker } from './types';
import { isTitleLike } from './quotes';
import { tokenView } from './attribution/tokens';
import { organizationFor } from './attribution/nominalLink';
import { collectLeft, speakerRange } from './attribution/phrases';
import { CUE_FORMS, LEADING_FUNCTION, PERSON_NOUNS, SOURCE_NOUNS, STRONG_CUES } from './attribution/lexicon';
import { hasWords, span, type Found, type Result } from './attribution/context';
import { NP_PREPS, passiveBefore } from './attribution/rule-kit';
import { NAMES_IN_TEXT, commonWordsOpening, midSentenceCapitals, subjectNP } from './attribution/subjects';
import { linkEntity, personNames, resolveTitle } from './attribution/people';
import { appositiveName, resolvePronoun } from './attribution/pronoun-antecedents';
import { fixedScare, isNickname } from './attribution/scare-terms';
import { afterQuote } from './attribution/cue-after-quote';
import { closingAttribution } from './attribution/closing-attribution';
import { beforeQuote, relativeClauseSubject } from './attribution/cue-before-quote';
import { possessiveSpeech } from './attribution/possessive-speech';
import { transcriptLabel } from './attribution/transcript-label';
import { lastSentenceColon } from './attribution/colon-introduction';
import { accordingInSentence } from './attribution/according-to';
import { continuationSource, continuesAcross, renamed } from './attribution/continuation';
import { previousReport, previousSubject } from './attribution/previous-sentence';
import { headlineSpeaker } from './attribution/headline-label';

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
    if (!found && !beforeEmpty && toks[qt.first - 1]?.text === ':') {
      // `Respondents are obliged to disclose: "…"` — the subject introduces the quotation.
      const subj = subjectNP(toks, lo, qt.first - 2);
      let near = collectLeft(toks, qt.first - 2, lo, s.first);
      // "More from Blumenthal and Cohen:": two coordinated names label it together
      let pair = false;
      if (near?.kind === 'name' && toks[near.first - 1]?.lower === 'and') {
        const other = collectLeft(toks, near.first - 2, lo, s.first);
        if (other?.kind === 'name') {
          near = { ...near, first: other.first };
          pair = true;
        }
      }
      // "Turnout rose in Iowa - Carl Bialik: …", "More from Jones: …": a name set off by a dash or
      // after "from" labels the quotation, whatever the sentence before it is about.
      const label = !!near && (near.kind === 'name' || near.kind === 'nominal') && /^(-|—|–|from)$/.test(toks[near.first - 1]?.lower ?? '');
      // "The timing doesn't surprise pollster Daron Shaw: …": a thing as subject, a person named last
      const thing = !!subj && subj.kind === 'nominal' && !SOURCE_NOUNS.has(toks[subj.head].lower) && !PERSON_NOUNS.has(toks[subj.head].lower);
      const afterPrep = !!near && NP_PREPS.has(toks[near.first - 1]?.lower ?? ''); // "celebrated … on Twitter:"
      if (near && near.kind === 'name' && thing && !afterPrep && near.first > (subj?.last ?? 0)) {
        found = { np: near, range: speakerRange(toks, near), cue: null, method: 'named just before the colon introducing the quotation' };
      } else if (label && near) {
        const range = pair ? { first: near.first, last: near.last } : speakerRange(toks, near);
        found = { np: near, range, cue: null, method: 'named just before the colon introducing the quotation' };
      } else if (subj && subj.kind !== 'relative') {
        found = { np: subj, range: speakerRange(toks, subj), cue: null, method: 'subject of the sentence introducing the quotation' };
      } else if (near && (near.kind === 'name' || near.kind === 'nominal')) {
        // "From the report: …"
        found = { np: near, range: speakerRange(toks, near), cue: null, method: 'named just before the colon introducing the quotation' };
      }
    }
    if (!found && (q.kind === 'partial' || (q.kind === 'direct' && !beforeEmpty && /^[,:]$/.test(toks[qt.first - 1]?.text ?? '') && !passiveBefore(toks, s.first, qt.first - 1)))) {
      // `He commanded the party to "do the right thing"`: no reporting verb, but the sentence is
      // about its subject's words.
      const subj = subjectNP(toks, s.first, qt.first - 1);
      const h = subj ? toks[subj.head] : null;
      const ok =
        !!subj &&
        !!h &&
        (subj.kind === 'pronoun'
          ? /^(he|she|they|we|i)$/.test(h.lower)
          : subj.kind === 'name'
            ? !/['’]s?$/.test(h.text) && h.text !== h.text.toUpperCase() && toks[subj.last + 1]?.text !== ','
            : subj.kind === 'nominal' && SOURCE_NOUNS.has(h.lower));
      // "Tunnels are so numerous …", a title-case headline: the subject is no one, but the
      // sentence still reports words: keep the quote, with no speaker rather than a wrong one.
      const nobody = subj?.kind === 'name' && commonWordsOpening(toks, subj, people);
      if (subj && ok && nobody) unattributed[qi] = true;
      else if (subj && ok)
        found = { np: subj, range: speakerRange(toks, subj), cue: null, method: 'subject of the sentence (no reporting verb)' };
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
    const sp = span(text, toks, r.range);
    if (r.kind === 'name' && /['’]s$/.test(sp.text)) {
      // "Trump’s claim": the name without the possessive ending
      sp.end -= 2;
      sp.text = sp.text.slice(0, -2);
    }
    // "name before the cue verb" reads wrong for "a senior official"
    const word = r.kind === 'pronoun' || r.kind === 'relative' ? 'pronoun' : 'source';
    let method = r.kind === 'name' ? methods[qi] : methods[qi].replace(/\bname (before|after) the/, `${word} $1 the`);
    let entity: string | null = null;
    let anonymous = false;
    if (r.kind === 'pronoun' || r.kind === 'relative') {
      let ante = r.antecedent ?? resolvePronoun(view, r.range.first, people, results, quotes);
      // "A spokeswoman for ECT, Marieke de Vries, said … she said": the name in apposition
      const named = ante ? appositiveName(toks, ante.range) : null;
      if (ante && named) ante = { ...ante, range: named };
      r.antecedent = ante;
      if (ante) {
        const a = span(text, toks, ante.range);
        entity = linkEntity(entities, a);
        // "she" is a person: not the company inside "a spokeswoman for ECT"
        if (entity && /^(he|she|him|her|his)$/.test(toks[r.range.first].lower) && entities.find((e) => e.id === entity)?.type !== 'person') entity = null;
        const name = entity ? entities.find((e) => e.id === entity)!.name : a.text;
        if (!method.startsWith('continues') && !method.startsWith('same')) method = `${sp.text} → ${name}, ${ante.how}`;
        else method = `${method} (${sp.text} → ${name})`;
      }
    } else if (r.kind === 'nominal') {
      const def = /^(the|this|that)\b/i.test(sp.text);
      anonymous = !def || PERSON_NOUNS.has(toks[r.range.last].lower);
      entity = linkEntity(entities, sp, true);
      const titled = def && !entity ? resolveTitle(view, people, r.range) : null;
      if (titled) {
        const a = span(text, toks, titled);
        entity = linkEntity(entities, a);
        const name = entity ? entities.find((e) => e.id === entity)!.name : a.text;
        method = `${sp.text} → ${name}, titled so earlier (${method})`;
      } else if (def && !entity && r.range.last === r.range.first + 1) {
        // "the newspaper", "the company", "the ministry": the organization named earlier. ("The
        // campaign" is not its candidate: a journalist needs to know which of the two spoke.)
        entity = organizationFor(entities, toks[r.range.last].lower, sp.start);
        if (entity) method = `${sp.text} → ${entities.find((e) => e.id === entity)!.name}, named earlier (${method})`;
      }
      if (entity) anonymous = false;
    } else {
      entity = linkEntity(entities, sp);
    }
    const speaker: Speaker = { ...sp, entity, anonymous, method };
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
