// Attributes each direct and partial quote to a speaker and a cue verb.
//
// Rules, tried in order for each quote (see attribution/ for the pieces):
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
import type { Article, Entity, Quote, Span, Speaker } from './types';
import { isTitleLike, namesWork } from './quotes';
import firstNameData from '../data/first-names.json';
import commonWords from '../data/common-words.json';
import { tokenView, type Tok, type TokenView } from './attribution/tokens';
import { organizationFor } from './attribution/nominalLink';
import { collectLeft, leftNP, rightNP, speakerRange, type NP } from './attribution/phrases';
import { AUX, CUE_FORMS, LEADING_FUNCTION, PERSONAL_PRONOUNS, ORG_WORDS, PERSON_NOUNS, SOURCE_NOUNS, STRONG_CUES, TITLES, isCapitalized } from './attribution/lexicon';

interface Found {
  np: NP;
  range: { first: number; last: number };
  cue: { first: number; last: number } | null;
  method: string;
}

interface Result {
  speaker: Speaker | null;
  cue: Span | null;
  /** Token range of the speaker words (for continuation and pronoun chains). */
  range: { first: number; last: number } | null;
  kind: NP['kind'] | null;
  /** For pronouns: the antecedent's token range and how it was chosen. */
  antecedent: Antecedent | null;
}

const FIRST_NAMES = new Set<string>(firstNameData.names);

const SUBORDINATE_START = new Set(
  `in on at after before during while when as although though if because since despite with without by for from
  under over amid following echoing asked speaking according earlier later last this once unlike like given
  upon addressing responding writing talking appearing referring`
    .split(/\s+/)
    .filter(Boolean),
);
const ADVERB_START = new Set('but and or so yet still also however meanwhile then now instead indeed further furthermore moreover nevertheless nonetheless separately similarly likewise thus hence besides finally'.split(' '));

function span(text: string, toks: Tok[], r: { first: number; last: number }): Span {
  const start = toks[r.first].start;
  const end = toks[r.last].end;
  return { start, end, text: text.slice(start, end) };
}

/** A cue verb at token i (lowercase form in the lexicon, not a noun after a determiner). */
function isCue(toks: Tok[], i: number, sentFirst: number): boolean {
  const t = toks[i];
  if (!t || t.kind !== 'word' || t.quote >= 0) return false;
  const lemma = CUE_FORMS.get(t.lower);
  if (!lemma) return false;
  const next = toks[i + 1]?.lower;
  if (lemma === 'put' && next !== 'it') return false; // "as X put it"
  if ((lemma === 'shoot back' || lemma === 'fire back') && next !== 'back') return false;
  if (lemma === 'point out' && next !== 'out') return false;
  if (lemma === 'refer' && next !== 'to') return false; // "referred to Rubio as “…”", not "referred the case"

  // `"…," he went on.` — but not "went on Fox News" or "went on to say" (the later verb reports)
  if (lemma === 'go on' && (next !== 'on' || toks[i + 2]?.kind === 'word')) return false;
  if (lemma === 'ask' && toks[i - 1]?.lower === 'when') return false;
  // "state", "states" are mostly nouns ("GOP state leaders"): only before what they report
  if ((t.lower === 'state' || t.lower === 'states') && !(next === 'that' || next === ':' || next === ',' || toks[i + 1]?.quote >= 0 || next === undefined || next === '.')) return false;
  // "… in a heavily Democratic state.": at a sentence end, after a capitalised word or an article, a noun
  if ((t.lower === 'state' || t.lower === 'states') && (next === undefined || next === '.') && (isCapitalized(toks[i - 1]?.text ?? '') || /^(a|an|the|this|that|every|each|any|one|home|red|blue|swing)$/.test(toks[i - 1]?.lower ?? '') || /^(a|an|the)$/.test(toks[i - 2]?.lower ?? ''))) return false;
  if (t.text !== t.lower && i !== sentFirst && !CAPITALISED_CUES.has(t.text)) return false; // "United States", "Post"
  const p = toks[i - 1];
  // "a snappy retort", "the angry reply": a bare base form after "a/the + modifier" is a noun (a
  // singular subject would need "retorts"/"retorted"); "read" and "put" are their own past.
  const p2 = toks[i - 2];
  if (t.lower === lemma && !/^(read|put|broadcast|forecast)$/.test(lemma) && p?.kind === 'word' && !/s$/.test(p.lower) && /^(a|an|the)$/.test(p2?.lower ?? '')) return false;
  // "32% of Republican claims": after "of" and a modifier, a plural form is a noun.
  if (/s$/.test(t.lower) && t.lower !== 'says' && p?.kind === 'word' && p2?.lower === 'of') return false;
  // A noun, not a verb: "his remarks", "Clinton’s emails", "22 tweets"
  // ("that said" is a relative clause, "that remark" a noun; "He’s predicting" is not possessive)
  const verbal = /ed$/.test(t.lower) || /^(said|told|wrote|says|tells|writes|reads|states)$/.test(t.lower);
  if (p && p.kind === 'word' && (/^(the|a|an|his|her|their|its|our|my|your|this|these|those|whose)$/.test(p.lower) || (p.lower === 'that' && !verbal) || (/['’]s?$/.test(p.text) && !/^(he|she|it|that|there|who|what)['’]s$/.test(p.lower)) || /^\d/.test(p.text)))
    return false;
  return true;
}

/** Verbs of saying proper: the only cues an infinitive ("went on to say") carries. */
const SAYING = new Set('say tell add write tweet explain ask reply respond note declare announce argue insist claim warn state post accuse call describe label brand dub denounce praise criticize blast slam mock dismiss portray characterize depict refer hail'.split(' '));

/** Cue verbs some writers capitalise after the name of the platform ("Murphy Tweeted"). */
const CAPITALISED_CUES = new Set(['Tweeted', 'Tweets', 'Tweeting']);
/** How far (in tokens) either side of a quote its sentence context reaches. */
const CONTEXT_TOKENS = 300;

/** "was asked", "were told": a passive cue whose subject is the addressee, not the speaker. */
function isPassive(toks: Tok[], c: number): boolean {
  let k = c - 1;
  while (k >= 0 && /^(also|then|later|repeatedly|reportedly|once|not|never|just|previously|recently)$/.test(toks[k].lower)) k--;
  return /^(was|were|been|being|is|are|be|get|got)$/.test(toks[k]?.lower ?? '') && /(ed|told|asked)$/.test(toks[c].lower) && toks[c].lower !== 'quoted';
}

/** A passive cue ("was asked") between a and b: its subject is the addressee. */
function passiveBefore(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (toks[k].kind === 'word' && CUE_FORMS.has(toks[k].lower) && isPassive(toks, k)) return true;
  return false;
}

function isAccordingTo(toks: Tok[], i: number): boolean {
  return toks[i]?.lower === 'according' && toks[i + 1]?.lower === 'to';
}

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

/**
 * A common-noun phrase followed by a name set off by commas ("The trial's lead investigator,
 * Professor Samuel Kariuki, said"): the name's token range, else null.
 */
function appositiveName(toks: Tok[], r: { first: number; last: number }): { first: number; last: number } | null {
  if (isCapitalized(toks[r.first].text) && !/^(the|a|an|one|his|her|their|its|our)$/i.test(toks[r.first].text)) return null;
  // the phrase may run on a few lowercase words past what the reader took ("chief | engineer,")
  let c = r.last + 1;
  while (c < r.last + 4 && toks[c]?.kind === 'word' && /^\p{Ll}/u.test(toks[c].text)) c++;
  if (toks[c]?.text !== ',') return null;
  const np = rightNP(toks, c + 1, Math.min(toks.length - 1, c + 12), r.first);
  if (!np || np.kind !== 'name' || !/^[,)]$|^(said|says|told|added)$/.test(toks[np.last + 1]?.text ?? '')) return null;
  return speakerRange(toks, np);
}

/** `Jesús "Chuy" García`: a quoted nickname between parts of a name. */
function fixedScare(article: Article, view: TokenView, q: Quote, qi: number): boolean {
  const block = article.blocks[view.toks[view.quoteToks[qi].first].block];
  return isTitleLike(q.text) || namesWork(article.text, q.start, block?.start ?? 0) || isNickname(article.text, q) || block?.kind === 'heading';
}

function isNickname(text: string, q: Span): boolean {
  const before = /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, q.start - 20), q.start));
  const after = /^\s+\p{Lu}/u.test(text.slice(q.end, q.end + 3));
  return before && after;
}

function hasWords(toks: Tok[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (toks[i].kind === 'word') return true;
  return false;
}


/** Rule 1: `"…," X said`, `"…," said X`, `"…," X, appositive, told CNN`, `"…," according to X`. */
function afterQuote(toks: Tok[], i: number, hi: number, sentFirst: number, openEnd = false, longSubject = false): Found | null {
  const signed = dashSignature(toks, i, hi, sentFirst);
  if (signed) return signed;
  while (i <= hi && toks[i].kind !== 'word') {
    if (/^[.!?;:]$/.test(toks[i].text)) return null;
    i++;
  }
  if (i > hi) return null;
  // `"… a dead heat right now," as Cruz said on the radio`: "as" before the attribution
  if (toks[i].lower === 'as' && toks[i - 1]?.text !== 'as') {
    const f = afterQuote(toks, i + 1, hi, sentFirst);
    if (f && f.cue && STRONG_CUES.has(CUE_FORMS.get(toks[f.cue.first].lower) ?? '')) return { ...f, method: `${f.method} (“as … ${toks[f.cue.first].text}”)` };
  }
  if (isAccordingTo(toks, i)) {
    const np = rightNP(toks, i + 2, hi, sentFirst);
    if (np) return { np, range: speakerRange(toks, np), cue: { first: i, last: i + 1 }, method: 'source after “according to”' };
    return null;
  }
  if (isCue(toks, i, sentFirst)) {
    // `"…," saying the city …`: a participle is never inverted; its subject precedes the quote.
    if (/ing$/.test(toks[i].lower)) return null;
    // "said X" — inverted order
    const np = rightNP(toks, i + 1, hi, sentFirst);
    if (np) return { np, range: speakerRange(toks, np), cue: { first: i, last: i }, method: `name after the cue verb ‘${toks[i].text}’` };
    return null;
  }
  if (openEnd && /^[a-z]{3,}ed$/.test(toks[i].text)) {
    // `"This is fantastic!" beamed Donald Hartley`: any past-tense verb, inverted before a name
    const inv = rightNP(toks, i + 1, hi, sentFirst);
    if (inv && inv.kind === 'name' && (inv.last === hi || toks[inv.last + 1]?.kind === 'punct'))
      return { np: inv, range: speakerRange(toks, inv), cue: { first: i, last: i }, method: `name after the verb ‘${toks[i].text}’ after the quote` };
  }
  let np = rightNP(toks, i, hi, sentFirst);
  if (!np) return longSubject ? longSubjectAfter(toks, i, hi, sentFirst) : null;
  if (openEnd && np.last > np.first && /^[a-z]{3,}ed$/.test(toks[np.last].text)) {
    // "the harbour master riffed": the phrase reader took the verb as a noun
    const shorter = rightNP(toks, i, np.last - 1, sentFirst);
    if (shorter) np = shorter;
  }
  let j = np.last + 1;
  if (toks[j]?.text === '(') {
    while (j <= hi && toks[j].text !== ')') j++;
    j++;
  }
  // Appositive: `X, a former official now at Harvard, told`
  if (toks[j]?.text === ',' || toks[j]?.text === '—') {
    for (let k = j + 1; k <= hi && k < j + 40; k++) {
      if (/^[.!?;:]$/.test(toks[k].text)) return null;
      if (isCue(toks, k, sentFirst) || isAccordingTo(toks, k)) {
        if (!STRONG_CUES.has(CUE_FORMS.get(toks[k].lower) ?? '')) return null;
        return {
          np,
          range: speakerRange(toks, np),
          cue: { first: k, last: k },
          method: `name before the cue verb ‘${toks[k].text}’ (after an appositive)`,
        };
      }
    }
    return null;
  }
  // "a voice-over in the ad states", "a welcome message on the website reads"
  if (np.kind === 'nominal' && /^(in|on|at|from|of)$/.test(toks[j]?.lower ?? '')) {
    const pp = rightNP(toks, j + 1, hi, sentFirst);
    if (pp && pp.last < j + 7) j = pp.last + 1;
  }
  while (j <= hi && toks[j].kind === 'word' && (AUX.has(toks[j].lower) || /^[a-z]{3,}ly$/.test(toks[j].text))) j++;
  // `"…," the nominee riffed`: after a quote ending in a comma, ? or !, a past-tense verb right
  // after the name reports the quote even when it is not in the lexicon.
  if (openEnd && j <= hi && toks[j].kind === 'word' && /^[a-z]{3,}ed$/.test(toks[j].text) && !isCue(toks, j, sentFirst)) {
    const after = toks[j + 1];
    if (!after || after.kind === 'punct' || /^(on|in|at|to|with|about|during|after|before|as|while|from)$/.test(after.lower))
      return { np, range: speakerRange(toks, np), cue: { first: j, last: j }, method: `name before the verb ‘${toks[j].text}’ after the quote` };
  }
  if (j <= hi && isCue(toks, j, sentFirst)) {
    // "he was quoted as saying": cue is the whole phrase
    let last = j;
    if (toks[j].lower === 'quoted' && toks[j + 1]?.lower === 'as' && toks[j + 2]?.lower === 'saying') last = j + 2;
    return { np, range: speakerRange(toks, np), cue: { first: j, last }, method: `name before the cue verb ‘${toks[j].text}’` };
  }
  return longSubject ? longSubjectAfter(toks, i, hi, sentFirst) : null;
}

/**
 * `"…" ― Jane Doe` / `"…" — David Martosko (@dmartosko) September 1, 2016`: a name set off by a
 * dash right after the quotation signs it (reader responses, epigraphs, embedded posts). The
 * name must close the sentence, or be followed only by an appositive, a handle or a date.
 */
function dashSignature(toks: Tok[], i: number, hi: number, sentFirst: number): Found | null {
  if (i > hi || !/^[―—–-]$/.test(toks[i].text)) return null;
  // Only a quotation that opens its sentence: `called it a "hoax" — Obama, by contrast, …` is prose.
  for (let m = sentFirst; m < i; m++) if (toks[m].kind === 'word' && toks[m].quote < 0) return null;
  const np = rightNP(toks, i + 1, hi, sentFirst);
  if (!np || np.first !== i + 1 || (np.kind !== 'name' && np.kind !== 'nominal')) return null;
  const k = np.last + 1;
  if (k <= hi && !/^[,(.]$/.test(toks[k].text)) return null;
  for (let m = k; m <= hi; m++) if (isCue(toks, m, sentFirst)) return null;
  return { np, range: speakerRange(toks, np), cue: null, method: 'name signing the quotation after a dash' };
}

/**
 * `"…," CBS This Morning co-anchor DeMarco Morgan said`: a run of words with no punctuation
 * between an open-ended quote that opens its sentence and a strong cue is one long subject; its
 * end names the speaker.
 */
function longSubjectAfter(toks: Tok[], i: number, hi: number, sentFirst: number): Found | null {
  for (let k = i + 1; k <= hi && k < i + 12; k++) {
    if (toks[k].kind !== 'word' || toks[k].quote >= 0) return null;
    if (!isCue(toks, k, sentFirst)) continue;
    if (!STRONG_CUES.has(CUE_FORMS.get(toks[k].lower) ?? '') || /ing$/.test(toks[k].lower)) return null;
    const np = leftNP(toks, k, i, sentFirst);
    if (!np || np.kind === 'relative' || np.kind === 'pronoun') return null;
    return { np, range: speakerRange(toks, np), cue: { first: k, last: k }, method: `name before the cue verb ‘${toks[k].text}’ (long subject after the quote)` };
  }
  return null;
}


/**
 * `"…" would be appropriate, Ben Carson said after the attacks.` — the sentence ends with a
 * comma-separated attribution after more of the writer's words.
 */
function closingAttribution(toks: Tok[], i: number, hi: number, sentFirst: number): Found | null {
  for (let k = hi; k >= i; k--) {
    if (toks[k].quote >= 0) return null;
    if (toks[k].text !== ',') continue;
    const f = afterQuote(toks, k + 1, hi, sentFirst);
    if (f) {
      f.method = `${f.method}, closing the sentence`;
      return f;
    }
  }
  return null;
}

/** `"PENCE: Well, look…` — an interview transcript labels each answer with the speaker's name. */
function transcriptLabel(toks: Tok[], first: number, last: number): Found | null {
  let k = first;
  while (k <= last && toks[k].kind !== 'word') k++;
  const start = k;
  while (k <= last && k < start + 4 && toks[k].kind === 'word' && /^[\p{Lu}][\p{Lu}.'’-]+$/u.test(toks[k].text)) k++;
  if (k === start || toks[k]?.text !== ':') return null;
  const np: NP = { first: start, last: k - 1, head: k - 1, kind: 'name' };
  return { np, range: { first: start, last: k - 1 }, cue: { first: k, last: k }, method: 'transcript label before the colon' };
}

const NOUN_CUES = new Set('chant chants email emails text texts quote quotes answer answers reply replies report reports call calls'.split(' '));
const SPEECH_NOUNS = new Set(
  `comment comments remark remarks statement statements words claim claims promise promises pledge warning
  assertion argument suggestion vow tweet tweets quip joke insistence boast admission accusation description
  message speech letter op-ed response answer reply question slogan motto mantra catchphrase line lines
  declaration announcement prediction complaint plea call demand`.split(/\s+/),
);

/** `her March comment that "…"`, `Trump’s claim that "…"`: the owner of the words is the speaker. */
function possessiveSpeech(toks: Tok[], lo: number, hi: number, sentFirst: number, hasCue = false): Found | null {
  for (let k = hi; k >= lo && k > hi - 8; k--) {
    const t = toks[k];
    if (t.quote >= 0 || /^[.;:!?]$/.test(t.text)) return null;
    if (!SPEECH_NOUNS.has(t.lower)) continue;
    // With a reporting verb of its own ("called Trump’s statements on Sunday “childish”", "played
    // down his comments as “…”") the quote describes the words, it does not give them.
    if (hasCue) for (let m = k + 1; m <= hi; m++) if (/^(as|and|on|in|at)$/.test(toks[m].lower)) return null;
    for (let m = k - 1; m >= lo && m > k - 4; m--) {
      const w = toks[m];
      if (w.kind !== 'word') break;
      if (/^(his|her|their|its|our)$/.test(w.lower)) {
        const np: NP = { first: m, last: m, head: m, kind: 'pronoun' };
        return { np, range: { first: m, last: m }, cue: { first: k, last: k }, method: `owner of the ‘${t.text}’` };
      }
      if (/['’]s?$/.test(w.text) && isCapitalized(w.text)) {
        const np = collectLeft(toks, m, lo, sentFirst);
        if (np && np.kind === 'name') return { np, range: speakerRange(toks, np), cue: { first: k, last: k }, method: `owner of the ‘${t.text}’` };
        return null;
      }
    }
    return null;
  }
  return null;
}

/** Nearest clause subject left of token `c`: "when he brought up … and later said" → he. */
function clauseSubject(toks: Tok[], lo: number, c: number, sentFirst: number): NP | null {
  let comma = false;
  for (let k = c - 1; k >= lo && k > c - 30; k--) {
    const t = toks[k];
    if (t.quote >= 0 || t.text === ';') break;
    if (t.text === ',') comma = true;
    if (t.kind !== 'word') continue;
    if (PERSONAL_PRONOUNS.has(t.lower) && t.lower !== 'it' && t.lower !== 'you') return { first: k, last: k, head: k, kind: 'pronoun' };
    const p = toks[k - 1];
    // A subordinate clause closed by a comma ("As the crowd began to chant, Silverman … joked")
    // does not hold the subject.
    if (p && comma && SUBORDINATORS.has(p.lower)) continue;
    if (k === lo || (p && CLAUSE_OPENERS.has(p.lower))) {
      // at the sentence start, skip introductory phrases ("Early in his campaign, Trump …")
      const np = k === sentFirst ? subjectNP(toks, k, c - 1) : rightNP(toks, k, c - 1, sentFirst);
      if (np && (np.kind === 'name' || np.kind === 'nominal') && np.last < c - 1) return np;
    }
  }
  return subjectNP(toks, lo, c - 1);
}
const NP_PREPS = new Set('to for with of from about at in on by into onto toward towards'.split(' '));
const SUBORDINATORS = new Set('when while after because as since although though before until if'.split(' '));
const CLAUSE_OPENERS = new Set('when while after because as that since although though before until and but so'.split(' '));

/** `defense of “New York values,” saying …`: token k closes a quote that ends in a comma. */
function commaClosedQuote(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return !!t && t.quote >= 0 && t.kind !== 'word' && toks[k - 1]?.quote === t.quote && toks[k - 1].text === ',';
}

/** "according to NP" outside quotes anywhere in the sentence. */
function accordingInSentence(toks: Tok[], first: number, last: number, sentFirst: number): Found | null {
  for (let k = first; k < last; k++) {
    if (toks[k].quote >= 0 || !isAccordingTo(toks, k)) continue;
    let hi = k + 2;
    while (hi < last && toks[hi + 1].quote < 0 && toks[hi + 1].kind === 'word') hi++;
    const np = rightNP(toks, k + 2, hi, sentFirst);
    if (np && np.kind !== 'pronoun') return { np, range: speakerRange(toks, np), cue: { first: k, last: k + 1 }, method: 'source after “according to”' };
  }
  return null;
}

/** Rule 2: the reporting clause before the quote in the same sentence. */
function beforeQuote(toks: Tok[], lo: number, hi: number, sentFirst: number): Found | null {
  for (let c = hi; c >= lo && c > hi - 45; c--) {
    if (isAccordingTo(toks, c)) {
      const np = rightNP(toks, c + 2, hi, sentFirst);
      if (np) return { np, range: speakerRange(toks, np), cue: { first: c, last: c + 1 }, method: 'source after “according to”' };
      continue;
    }
    if (!isCue(toks, c, sentFirst)) continue;
    const lower = toks[c].lower;
    if (isPassive(toks, c)) continue;
    // "X was quoted as saying" / "RIA quoted Assad as saying"
    if (lower === 'saying' && toks[c - 1]?.lower === 'as') {
      for (let k = c - 2; k >= lo && k > c - 12; k--) {
        if (toks[k].lower !== 'quoted') continue;
        if (toks[k - 1]?.lower === 'was' || toks[k - 1]?.lower === 'were') {
          const np = leftNP(toks, k - 1, lo, sentFirst);
          if (np) return { np, range: speakerRange(toks, np), cue: { first: k - 1, last: c }, method: 'subject of “was quoted as saying”' };
        } else {
          const np = rightNP(toks, k + 1, c - 2, sentFirst);
          if (np) return { np, range: speakerRange(toks, np), cue: { first: k, last: c }, method: 'the person “quoted as saying”' };
        }
      }
    }
    // participle clause "X added, saying “…”" / "X belittled it, calling it a “…”": the subject
    // of the clause before the comma, else of the sentence.
    const afterComma = toks[c - 1]?.text === ',' || commaClosedQuote(toks, c - 1);
    if (/ing$/.test(lower) && afterComma) {
      for (let k = c - 2; k >= lo && k > c - 30; k--) {
        if (!isCue(toks, k, sentFirst) || !STRONG_CUES.has(CUE_FORMS.get(toks[k].lower) ?? '') || isPassive(toks, k)) continue;
        const np = leftNP(toks, k, lo, sentFirst);
        // "an architect who said he was stiffed …, saying": that cue is inside a relative clause
        if (np?.kind === 'relative') continue;
        if (np) return { np, range: speakerRange(toks, np), cue: { first: c, last: c }, method: `subject of ‘${toks[k].text}’, ‘${toks[c].text}’` };
        break;
      }
      const subj = subjectNP(toks, sentFirst, c - 1);
      if (subj) return { np: subj, range: speakerRange(toks, subj), cue: { first: c, last: c }, method: `subject of the sentence (‘${toks[c].text}’)` };
      continue;
    }
    // "X distanced himself by saying …": a gerund after a preposition belongs to the subject.
    if (/ing$/.test(lower) && /^(by|after|before|while|in|when|without|for|upon|on)$/.test(toks[c - 1]?.lower ?? '')) {
      const subj = clauseSubject(toks, lo, c - 1, sentFirst);
      if (subj) return { np: subj, range: speakerRange(toks, subj), cue: { first: c, last: c }, method: `subject of the sentence (‘${toks[c - 1].text} ${toks[c].text}’)` };
      continue;
    }
    if (toks[c - 1]?.lower === 'to') {
      // "ordered the forces to maintain": a weak cue in an infinitive reports nothing
      if (!SAYING.has(CUE_FORMS.get(lower) ?? '')) continue;
      // "Pence went on to say", "wants to tell": the subject of the governing verb
      const subj = clauseSubject(toks, lo, c - 1, sentFirst);
      if (subj) return { np: subj, range: speakerRange(toks, subj), cue: { first: c, last: c }, method: `subject of the clause (‘to ${toks[c].text}’)` };
      continue;
    }
    const np = postModifiedSubject(toks, c, lo, sentFirst) ?? leftNP(toks, c, lo, sentFirst);
    // "sent a press release saying", "a text message to supporters saying": a participle after
    // an object belongs to the clause's subject.
    if (/ing$/.test(lower) && !/^(is|was|were|are|been|be|am|'s|’s)$/.test(toks[c - 1]?.lower ?? '')) {
      const prep = np ? toks[np.first - 1] : undefined;
      // "with Trump yelling", "with one of her ads asking", "Carson privately saying": the phrase
      // right before the participle is its subject.
      const ownSubject = !!np && (prep?.lower === 'with' || np.kind === 'name' || np.kind === 'pronoun');
      if (!ownSubject && (!np || (np.kind === 'nominal' && !PERSON_NOUNS.has(toks[np.head].lower)) || (prep && NP_PREPS.has(prep.lower)))) {
        const subj = clauseSubject(toks, lo, np ? np.first : c, sentFirst);
        if (subj) return { np: subj, range: speakerRange(toks, subj), cue: { first: c, last: c }, method: `subject of the clause (‘${toks[c].text}’)` };
      }
    }
    if (np && np.kind === 'pronoun' && /^(what|whom)$/.test(toks[np.first - 1]?.lower ?? '')) {
      // "The president denounced what he called the “…”": the pronoun stands for the subject.
      const subj = subjectNP(toks, sentFirst, np.first - 2);
      if (subj && (subj.kind === 'name' || subj.kind === 'nominal') && subj.last < np.first - 1)
        return { np: subj, range: speakerRange(toks, subj), cue: { first: c, last: c }, method: `subject of the sentence (‘what ${toks[np.first].text} ${toks[c].text}’)` };
    }
    // "X told a woman who suggested that … that “…”", "X mocked it, saying anybody who complains
    // about a microphone “…”": a relative clause whose cue does not introduce the quote itself
    // sits inside the outer reporting clause, which wins.
    const nested = !!np && np.kind === 'relative' && !introduces(toks, c, hi);
    if (np && (np.kind === 'pronoun' || np.kind === 'name' || nested)) {
      // "Cruz said if elected he could …", "He says he believes …", "Meeks said Clinton called on
      // members to be “…”": the outer reporting clause wins.
      const outer = beforeQuote(toks, lo, np.first - 1, sentFirst);
      let clauseBreak = false;
      if (outer?.cue) for (let k = outer.cue.last + 1; k < np.first; k++) if (/^[,;:—–]$/.test(toks[k].text)) clauseBreak = true;
      // "He said, however, that he hopes …": commas set off an aside; 'that' still opens the complement
      if (clauseBreak && outer?.cue && toks[np.first - 1]?.lower === 'that' && toks[outer.cue.last + 1]?.text === ',') {
        let k = outer.cue.last + 2;
        while (k < np.first - 1 && toks[k].text !== ',' && !/^[;:—–]$/.test(toks[k].text)) k++;
        if (k === np.first - 2 && toks[k].text === ',') clauseBreak = false;
      }
      if (outer && !clauseBreak && (outer.np.kind === 'name' || outer.np.kind === 'nominal' || outer.np.kind === 'pronoun') && outer.cue && STRONG_CUES.has(CUE_FORMS.get(toks[outer.cue.first].lower) ?? ''))
        return { ...outer, method: `${outer.method} (outer reporting clause)` };
    }
    // "his scathing remarks": a noun, not a reporting verb, unless the phrase names a person.
    // ("her Twitter account posted:" — a past tense is a verb after any subject.)
    if (np && np.kind === 'nominal' && /^(his|her|their|its|our|my|your)$/.test(toks[np.first].lower) && !PERSON_NOUNS.has(toks[np.head].lower) && !/ed$|^(said|told|wrote|read)$/.test(lower)) continue;
    // "a thunderous chant", "a separate email": a cue form that is also a noun, after an adjective
    if (np && np.kind === 'nominal' && (SOURCE_NOUNS.has(lower) || SPEECH_NOUNS.has(lower) || NOUN_CUES.has(lower)) && !SOURCE_NOUNS.has(toks[np.head].lower)) continue;
    if (np) return { np, range: speakerRange(toks, np), cue: { first: c, last: c }, method: `name before the cue verb ‘${toks[c].text}’` };
    // "Said Trump: …" / "…, said the senator, “…”"
    const inv = rightNP(toks, c + 1, hi, sentFirst);
    if (inv && (c === sentFirst || toks[c - 1]?.kind === 'punct') && (inv.last === hi || toks[inv.last + 1]?.kind === 'punct') && toks[inv.head].lower !== 'it')
      return { np: inv, range: speakerRange(toks, inv), cue: { first: c, last: c }, method: `name after the cue verb ‘${toks[c].text}’` };
    // "X and Y … and called it": coordinated verbs share the subject
    let pk = c - 1;
    while (pk > lo && AUX.has(toks[pk].lower)) pk--;
    const pj = toks[pk];
    if (pj && (pj.lower === 'and' || pj.lower === 'but' || pj.lower === 'then')) {
      let subj = clauseSubject(toks, lo, pk, sentFirst);
      if (subj?.kind === 'pronoun') {
        // "Hayek confirmed she had been and said": the pronoun sits in the first verb's clause.
        const main = subjectNP(toks, sentFirst, subj.first - 1);
        // A person noun opens it too ("The president noted that he taught …, and added") when
        // 'that' or a reporting verb sets the pronoun's clause inside the first verb's.
        const complement = toks[subj.first - 1]?.lower === 'that' || isCue(toks, subj.first - 1, sentFirst);
        const person = main && (main.kind === 'name' || (main.kind === 'nominal' && complement && PERSON_NOUNS.has(toks[main.head].lower)));
        if (main && person && main.last < subj.first - 1) subj = main;
      }
      if (subj) return { np: subj, range: speakerRange(toks, subj), cue: { first: c, last: c }, method: `subject of the sentence (‘${toks[c].text}’)` };
    }
  }
  return null;
}

/** The cue at c introduces what follows up to hi: nothing but "that", "," or ":" between. */
function introduces(toks: Tok[], c: number, hi: number): boolean {
  for (let k = c + 1; k <= hi; k++) if (!/^(that|,|:)$/.test(toks[k].lower)) return false;
  return true;
}

/** Words that open a modifier after a source: "an official speaking on condition of anonymity". */
const POST_MODIFIER = new Set('speaking talking writing familiar close briefed involved knowledgeable with citing responding commenting reacting'.split(' '));

/**
 * "A harbor official familiar with the talks told Reuters", "Another source speaking to Fox News
 * said": a source phrase opening its clause, then a participle or adjective phrase (no commas)
 * that ends right before the cue. The source is the phrase before the modifier, not its object.
 */
function postModifiedSubject(toks: Tok[], c: number, lo: number, sentFirst: number): NP | null {
  for (let k = c - 2; k >= lo && k > c - 12; k--) {
    const t = toks[k];
    if (t.kind !== 'word' || t.quote >= 0) return null;
    // any participle after a source: "Protesters marching through the streets chanted"
    if (!POST_MODIFIER.has(t.lower) && !/^\p{Ll}{3,}ing$/u.test(t.text)) continue;
    const np = collectLeft(toks, k - 1, lo, sentFirst);
    if (!np || np.last !== k - 1) continue;
    const head = toks[np.head].lower;
    // "Her most striking appeal …": a participle used as an adjective after a quantifier
    const generic = !POST_MODIFIER.has(t.lower);
    const quantifier = generic && /^(most|many|some|all|both|several|few|more|much|any|each)$/.test(head) && np.first < np.head;
    const source = np.kind === 'name' || (np.kind === 'nominal' && !quantifier && (SOURCE_NOUNS.has(head) || PERSON_NOUNS.has(head)));
    if (!source || (t.lower === 'with' && np.kind === 'name')) continue;
    const p = toks[np.first - 1];
    if (np.first === sentFirst || np.first === lo || !p || p.kind === 'punct' || /^(and|but)$/.test(p.lower)) return np;
  }
  return null;
}

/**
 * "a White House official who spoke anonymously … said": when a relative clause with its own verb
 * sits between "who" and the cue, the cue's subject is the phrase before "who".
 */
function relativeClauseSubject(toks: Tok[], lo: number, hi: number, f: Found, sentFirst: number): Found {
  const w = f.np.head;
  if (f.np.kind !== 'relative' || toks[w].lower !== 'who' || !f.cue) return f;
  // the main verb: a strong cue after the relative clause's own verb, words only in between
  let cue = -1;
  for (let k = f.cue.last + 1; k <= hi && k < f.cue.last + 15; k++) {
    if (toks[k].kind !== 'word' || toks[k].quote >= 0) break;
    if (k > w + 1 && isCue(toks, k, sentFirst) && STRONG_CUES.has(CUE_FORMS.get(toks[k].lower) ?? '') && !/ing$/.test(toks[k].lower)) cue = k;
  }
  if (cue < 0) return f;
  const np = leftNP(toks, w, lo, sentFirst);
  if (!np || (np.kind !== 'name' && np.kind !== 'nominal')) return f;
  return { np, range: speakerRange(toks, np), cue: { first: cue, last: cue }, method: `phrase before “who …” (subject of ‘${toks[cue].text}’)` };
}

/** Rule 3: the previous sentence (this paragraph or the one before) ends with `X said:`. */
function lastSentenceColon(view: TokenView, qi: number): Found | null {
  const { toks, sents, quoteToks } = view;
  const si = toks[quoteToks[qi].first].sent;
  if (si === 0) return null;
  const prev = sents[si - 1];
  if (sents[si].block - prev.block > 1) return null;
  const last = toks[prev.last];
  if (last.text !== ':' || last.quote >= 0) return null;
  const f = beforeQuote(toks, prev.first, prev.last - 1, prev.first);
  if (f) {
    f.method = `${f.method}, introducing the quotation`;
    return f;
  }
  // "Trump issued the following statement:" — the subject of the introducing sentence
  const subj = subjectNP(toks, prev.first, prev.last - 1);
  if (!subj || subj.kind === 'relative') return null;
  return { np: subj, range: speakerRange(toks, subj), cue: null, method: 'subject of the sentence introducing the quotation' };
}

/** Rule 4: which earlier quote this one continues, if any. */
/** Quoted titles and terms a continuation may skip back over (bounded: see continuationSource). */
const MAX_SKIPPED_TERMS = 8;

function continuationSource(
  view: TokenView,
  quotes: Quote[],
  results: Array<Result | null>,
  qi: number,
  text: string,
  sameBlock: boolean,
): { from: number; method: string } | null {
  if (qi === 0) return null;
  const { toks, sents, quoteToks } = view;
  let p = qi - 1;
  // `"…," Sanders said on CNN’s “State of the Union.” “Thank God, …”`: quoted titles and terms in
  // between are the writer's words, not the quotation this one continues.
  while (p > 0 && qi - p < MAX_SKIPPED_TERMS && !results[p] && quotes[p].kind === 'scare') p--;
  if (!results[p] || quoteToks[p].first < 0) return null;
  const qFirst = toks[quoteToks[qi].first];
  const pLast = toks[quoteToks[p].last];
  if (quotes[qi].kind === 'scare') return null;
  if (qFirst.block === pLast.block) return sameBlock ? { from: p, method: 'continues the previous quote' } : null;
  if (sameBlock) return null;
  // Next paragraph: only a paragraph that opens with the quote and names nobody else.
  if (qFirst.block - pLast.block > 1 && !continuesAcross(text, quotes[p], quotes[qi])) return null;
  const s = sents[qFirst.sent];
  if (quoteToks[qi].first !== s.first) return null;
  if (toks[s.first - 1]?.block === qFirst.block) return null; // not the paragraph's first sentence
  for (let k = s.first; k < toks.length && toks[k].block === qFirst.block; k++) {
    if (toks[k].quote < 0 && isCue(toks, k, sents[toks[k].sent].first)) return null;
  }
  if (quotes[qi].kind !== 'direct') return null;
  return { from: p, method: 'continues the previous quote (previous paragraph)' };
}

/**
 * The sentence before a direct quote that opens its own sentence, at most `blocks` paragraphs
 * back; null otherwise.
 */
function sentenceBefore(view: TokenView, quotes: Quote[], qi: number, blocks: number): TokenView['sents'][number] | null {
  const { toks, sents, quoteToks } = view;
  if (quotes[qi].kind !== 'direct') return null;
  const si = toks[quoteToks[qi].first].sent;
  if (si === 0 || sents[si].first !== quoteToks[qi].first) return null;
  const prev = sents[si - 1];
  return sents[si].block - prev.block > blocks ? null : prev;
}

/**
 * `Sanders identified exhaustion with bigotry as a reason. "The younger people are …"`: a direct
 * quote opening a sentence of its paragraph, after a sentence (no quotation) about a named person.
 */
function previousSubject(view: TokenView, quotes: Quote[], qi: number): Found | null {
  const { toks } = view;
  const prev = sentenceBefore(view, quotes, qi, 0);
  if (!prev) return null;
  // quoted titles (`On "Face the Nation," Sanders …`) are the writer's words
  for (let k = prev.first; k <= prev.last; k++) if (toks[k].quote >= 0 && quotes[toks[k].quote].kind !== 'scare') return null;
  const subj = subjectNP(toks, prev.first, prev.last);
  if (!subj || (subj.kind !== 'name' && !(subj.kind === 'nominal' && PERSON_NOUNS.has(toks[subj.head].lower)))) return null;
  return { np: subj, range: speakerRange(toks, subj), cue: null, method: 'subject of the sentence before the quotation' };
}

/**
 * A direct quote opening its sentence with no cue, after a sentence of reported speech with no
 * quotation: `Sanders said he would stay in the race.` / `"Look, the answer is yes…"`.
 */
function previousReport(view: TokenView, quotes: Quote[], qi: number): Found | null {
  const { toks } = view;
  const prev = sentenceBefore(view, quotes, qi, 1);
  if (!prev) return null;
  for (let k = prev.first; k <= prev.last; k++) if (toks[k].quote >= 0) return null;
  const f = beforeQuote(toks, prev.first, prev.last, prev.first);
  if (!f || f.np.kind === 'relative') return null;
  f.method = `speaker of the reported speech in the previous sentence (${f.method})`;
  return f;
}

/**
 * A continuation whose speaker is named again in between (`… Roloson said. Roloson supports
 * Clinton. "I'm a college graduate…"`): the nearer mention, the subject of the sentence just
 * before the quote, becomes the speaker span.
 */
function renamed(view: TokenView, from: Result, qi: number): Result | null {
  const { toks, sents, quoteToks } = view;
  if (!from.range || (from.kind !== 'name' && from.kind !== 'pronoun')) return null;
  const si = toks[quoteToks[qi].first].sent;
  const prev = sents[si - 1];
  if (!prev || prev.first <= from.range.last) return null;
  for (let k = prev.first; k <= prev.last; k++) if (toks[k].quote >= 0) return null;
  const subj = subjectNP(toks, prev.first, prev.last);
  if (!subj) return null;
  // `"…," said Gloria Garcia. She says … "…"`: the sentence between is about the speaker, and
  // its subject is the nearest mention of them.
  if (subj.kind === 'pronoun' && /^(he|she)$/.test(toks[subj.head].lower)) {
    const antecedent = from.kind === 'name' ? { range: from.range, how: 'the speaker of the previous quote' } : from.antecedent;
    return { ...from, speaker: null, kind: 'pronoun', range: { first: subj.head, last: subj.head }, antecedent };
  }
  if (subj.kind !== 'name' || from.kind !== 'name') return null;
  // The leading capitalised run: "Roloson supports Democrat Hillary Clinton" starts with "Roloson".
  let last = subj.first;
  while (last < subj.last && isCapitalized(toks[last + 1].text)) last++;
  const r = last < subj.last ? { first: subj.first, last } : speakerRange(toks, subj);
  const surname = (x: { first: number; last: number }) => toks[x.last].text.replace(/['’]s$/, '');
  if (surname(r) !== surname(from.range)) return null;
  return { ...from, speaker: null, range: r };
}

/** Piece `a` is left open at its block end and `b` reopens the next block. */
function continuesAcross(text: string, a: Quote, b: Quote): boolean {
  const last = a.text[a.text.length - 1];
  return !/[”"’']/.test(last) && /^\s*$/.test(text.slice(a.end, b.start));
}

/** Rule 5: headline `Sanders: Clinton needs to 'get away…'`. */
function headlineSpeaker(view: TokenView, qi: number): Found | null {
  const { toks, sents, quoteToks } = view;
  const s = sents[toks[quoteToks[qi].first].sent];
  for (let k = s.first; k < quoteToks[qi].first && k < s.first + 6; k++) {
    if (toks[k].text === ':') {
      const np = collectLeft(toks, k - 1, s.first, s.first);
      if (np && np.kind === 'name' && np.first === s.first) {
        return { np, range: speakerRange(toks, np), cue: { first: k, last: k }, method: 'headline “Name:” convention' };
      }
      return null;
    }
  }
  return null;
}

/** The subject of the sentence starting at token `first`: skips "But", "Earlier on Thursday,". */
function subjectNP(toks: Tok[], first: number, hi: number): NP | null {
  let i = first;
  // Dateline: "WASHINGTON —", "PHILADELPHIA, July 25 (UPI) —"
  if (i <= hi && toks[i].text.length > 2 && toks[i].text === toks[i].text.toUpperCase() && /\p{Lu}/u.test(toks[i].text)) {
    for (let k = i + 1; k <= hi && k < i + 12; k++)
      if (/^[—–-]$/.test(toks[k].text)) {
        i = k + 1;
        break;
      }
  }
  for (let round = 0; round < 4; round++) {
    while (i <= hi && toks[i].kind !== 'word') i++;
    while (i <= hi && ADVERB_START.has(toks[i].lower)) i++;
    if (i > hi) return null;
    const t = toks[i];
    // "Back in 1999,", "Thirteen years earlier,", "Where he used to boast …,": a common word
    // (not a role noun or a first name) opening the sentence, with a comma close by
    const commonOpener =
      i === first && COMMON.has(t.lower) && !DETERMINER_START.has(t.lower) && !NAMES_IN_TEXT.get(toks)?.has(t.text) && !SOURCE_NOUNS.has(t.lower) && !FIRST_NAMES.has(t.text) && !PERSONAL_PRONOUNS.has(t.lower) && commaWithin(toks, i, hi, 12);
    // Introductory phrases up to a comma: "Earlier on Thursday,", "Hours later,", "At a rally
    // in Aspen, Colo.,"; a lone capitalised word before a comma continues a place name.
    const intro =
      SUBORDINATE_START.has(t.lower) ||
      /ing$/.test(t.lower) ||
      /^\d/.test(t.text) ||
      INTRO_TIME.has(t.lower) ||
      commonOpener ||
      (round > 0 && isCapitalized(t.text) && toks[i + 1]?.text === ',');
    if (!intro) break;
    let k = i;
    while (k <= hi && k < i + 35 && toks[k].text !== ',') k++;
    if (k > hi || toks[k].text !== ',') return round === 0 ? null : null;
    i = k + 1;
  }
  while (i <= hi && toks[i].kind !== 'word') i++;
  if (i > hi || toks[i].quote >= 0) return null;
  return rightNP(toks, i, hi, first);
}
const COMMON = new Set<string>(commonWords.words);

/**
 * "Tunnels are so numerous …", "Maybe the window …", "Guns Are …": a capitalised phrase opening
 * the sentence whose words are all ordinary English words, none written capitalised mid-sentence
 * here, none a first name ("Activist Angela Davis") and none part of a name the entity stage found
 * ("Bush referred to …", "Trump took to Twitter …").
 */
function commonWordsOpening(toks: Tok[], np: NP, people: People): boolean {
  const p = toks[np.first - 1];
  const opens = !p || p.sent !== toks[np.first].sent || (p.kind !== 'word' && toks[np.first - 2]?.sent !== toks[np.first].sent);
  if (!opens) return false;
  for (let k = np.first; k <= np.last; k++) {
    const t = toks[k];
    if (t.kind !== 'word') continue;
    if (!COMMON.has(t.lower) || NAMES_IN_TEXT.get(toks)?.has(t.text) || FIRST_NAMES.has(t.text) || people.names.has(t.text) || people.nameWords.has(t.text)) return false;
  }
  return true;
}

/**
 * Capitalised words the article also writes capitalised inside a sentence outside quotes
 * ("… said Weaver"): names, even when they double as common words ("Weaver didn’t …").
 */
const NAMES_IN_TEXT = new WeakMap<Tok[], Set<string>>();
function midSentenceCapitals(view: TokenView): Set<string> {
  const out = new Set<string>();
  const { toks, sents } = view;
  for (const s of sents)
    for (let i = s.first + 1; i <= s.last; i++) {
      const t = toks[i];
      const p = toks[i - 1];
      if (t.kind === 'word' && t.quote < 0 && isCapitalized(t.text) && p.kind === 'word' && t.text !== t.text.toUpperCase()) out.add(t.text);
    }
  return out;
}
/** Words that open a noun phrase, so never an introductory phrase on their own ("The Florida senator …,"). */
const DETERMINER_START = new Set('the a an this that these those his her its their our my your'.split(' '));

function commaWithin(toks: Tok[], i: number, hi: number, n: number): boolean {
  for (let k = i + 1; k <= hi && k < i + n; k++) {
    if (toks[k].text === ',') return true;
    if (toks[k].quote >= 0) return false;
  }
  return false;
}

const INTRO_TIME = new Set('hours minutes days weeks months years moments decades seconds later earlier moments'.split(' '));

// ---------------------------------------------------------------- pronouns and entities

interface People {
  names: Set<string>;
  /** Names after a title, with the title as a lowercase role noun ("president", "senator"). */
  titled: Array<{ role: string; range: { first: number; last: number } }>;
  /** entity-backed typing when entities exist */
  entities: Entity[];
  /** Blocks that are not running prose (headlines, subheadings, captions): no antecedents there. */
  notProse: Set<number>;
  /** Every word of every entity name the entity stage found, of any type ("Bush", "Trump"). */
  nameWords: Set<string>;
}

/** Names that look like people: a title before them, or an entity typed person. */
function personNames(view: TokenView, entities: Entity[]): People {
  const names = new Set<string>();
  const nameWords = new Set<string>();
  const titled: People['titled'] = [];
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases]) for (const w of n.split(/\s+/)) nameWords.add(w);
    if (e.type !== 'person') continue;
    names.add(e.name);
    for (const a of e.aliases) names.add(a);
    const parts = e.name.split(/\s+/);
    names.add(parts[parts.length - 1]);
  }
  const { toks } = view;
  // "Piet Hein", "John Keel": a capitalised run opening with a known first name; its last word
  // alone (the surname) then also names a person.
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.quote >= 0 || t.kind !== 'word' || !FIRST_NAMES.has(t.text) || i === view.sents[t.sent].first) continue;
    let j = i + 1;
    while (j < toks.length && j < i + 4 && toks[j].kind === 'word' && isCapitalized(toks[j].text) && !LEADING_FUNCTION.has(toks[j].text)) j++;
    if (j === i + 1) continue;
    const last = toks[j - 1].text.replace(/['’]s$/, '');
    if (ORG_WORDS.has(last)) continue;
    names.add(last);
    i = j - 1;
  }
  for (let i = 0; i < toks.length; i++) {
    if (!TITLES.has(toks[i].text) || toks[i].quote >= 0) continue;
    let j = i + 1;
    while (j < toks.length && TITLES.has(toks[j].text)) j++;
    const title = toks[j - 1].text;
    const runStart = j;
    const run: string[] = [];
    while (j < toks.length && toks[j].kind === 'word' && isCapitalized(toks[j].text) && !LEADING_FUNCTION.has(toks[j].text) && run.length < 4) {
      run.push(toks[j].text.replace(/['’]s$/, ''));
      if (/['’]s$/.test(toks[j].text)) break;
      j++;
    }
    if (run.length === 0 || run.some((w) => ORG_WORDS.has(w))) continue;
    titled.push({ role: ROLE_OF[title.toLowerCase()] ?? title.toLowerCase(), range: { first: runStart, last: runStart + run.length - 1 } });
    i = runStart + run.length - 1;
    names.add(run.join(' '));
    names.add(run[run.length - 1]);
  }
  return { names, titled, entities, notProse: new Set(), nameWords };
}

const ROLE_OF: Record<string, string> = {
  'sen.': 'senator', 'rep.': 'congressman', 'gov.': 'governor', 'gen.': 'general', 'dr.': 'doctor',
  'rev.': 'reverend', 'prof.': 'professor', 'lt.': 'lieutenant', 'col.': 'colonel', 'adm.': 'admiral',
};

/** "the president" → the latest person named with that title before the phrase. */
function resolveTitle(view: TokenView, people: People, r: { first: number; last: number }): { first: number; last: number } | null {
  const { toks } = view;
  const head = toks[r.last].lower;
  let best: { first: number; last: number } | null = null;
  for (const t of people.titled) {
    if (t.role !== head) continue;
    if (t.range.first < r.first || !best) best = t.range;
    if (t.range.first >= r.first) break;
  }
  return best;
}

function nameText(toks: Tok[], r: { first: number; last: number }): string {
  const words: string[] = [];
  for (let i = r.first; i <= r.last; i++) words.push(toks[i].text);
  return words.join(' ').replace(/['’]s$/, '');
}

function isPersonLike(view: TokenView, people: People, r: { first: number; last: number }, np: NP): boolean {
  const { toks } = view;
  if (np.kind === 'nominal') return PERSON_NOUNS.has(toks[np.head].lower);
  if (np.kind !== 'name') return false;
  const start = toks[r.first].start;
  const end = toks[r.last].end;
  if (people.entities.length) {
    const e = people.entities.find((x) => x.mentions.some((m) => m.start < end && start < m.end));
    if (e) return e.type === 'person';
  }
  const name = nameText(toks, r);
  if (people.names.has(name)) return true;
  const words = name.split(' ');
  if (words.some((w) => ORG_WORDS.has(w))) return false;
  if (people.names.has(words[words.length - 1])) return true;
  if (words.length >= 2 && FIRST_NAMES.has(words[0])) return true;
  // A title inside the phrase ("Sen. Graham", "Foreign Minister Lavrov").
  for (let i = np.first; i < r.first; i++) if (TITLES.has(toks[i].text)) return true;
  return false;
}

const TIME_HEADS = /^(morning|afternoon|evening|night|day|week|weekend|month|year|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

interface Antecedent {
  range: { first: number; last: number };
  how: string;
}

/** Resolve a pronoun at token `p` to the person it most likely refers to. */
function resolvePronoun(
  view: TokenView,
  p: number,
  people: People,
  results: Array<Result | null>,
  quotes: Quote[],
  depth = 0,
): Antecedent | null {
  const { toks, sents } = view;
  const pron = toks[p].lower;
  const personal = pron === 'he' || pron === 'she' || pron === 'who';
  const si = toks[p].sent;
  if (pron === 'who' || pron === 'which' || pron === 'that') {
    // "Smith, who said": the phrase before the comma
    let k = p - 1;
    if (toks[k]?.text === ',') k--;
    // "a letter from his doctor Friday afternoon that says": the time phrase is not what says it
    const k0 = k;
    while (k > sents[si].first && (TIME_HEADS.test(toks[k].lower) || /^(last|this|on|late|early)$/.test(toks[k].lower)) && toks[k].kind === 'word') k--;
    if (toks[k]?.kind !== 'word') k = k0;
    const np = collectLeft(toks, k, sents[si].first, sents[si].first);
    const how = `the phrase before “${toks[p].text}”`;
    if (np) return { range: speakerRange(toks, np), how };
    // "leaflets that said": any noun right before the relative pronoun
    if (toks[k]?.kind === 'word' && toks[k].quote < 0) return { range: { first: k, last: k }, how };
    return null;
  }
  // 1. Earlier in the same sentence: the first person named outside quotes.
  const here = firstPerson(view, people, sents[si].first, p - 1, personal);
  if (here) return { range: here, how: 'named earlier in the sentence' };
  // 2. Previous sentences: their subject, then anyone else named; at most three back.
  for (let back = 1; back <= 3 && si - back >= 0; back++) {
    const s = sents[si - back];
    if (sents[si].block - s.block > 2 || people.notProse.has(s.block)) break;
    const where = back === 1 ? 'the previous sentence' : `${back} sentences back`;
    // A sentence opening with an attributed quote has that speaker as its subject.
    const firstTok = toks[s.first];
    if (firstTok.quote >= 0 && results[firstTok.quote]?.range) {
      const r = results[firstTok.quote]!;
      if (r.kind === 'name') return { range: r.range!, how: `speaker of ${where}` };
      if (r.antecedent) return { range: r.antecedent.range, how: `speaker of ${where}` };
    }
    const subj = subjectNP(toks, s.first, s.last);
    if (subj) {
      const r = speakerRange(toks, subj);
      if (subj.kind === 'pronoun' && depth < 2 && toks[subj.head].lower === pron) {
        const a = resolvePronoun(view, subj.head, people, results, quotes, depth + 1);
        if (a) return a;
      } else if (!personal || isPersonLike(view, people, r, subj)) {
        return { range: r, how: `subject of ${where}` };
      }
    }
    const other = firstPerson(view, people, s.first, s.last, personal);
    if (other) return { range: other, how: `named in ${where}` };
  }
  return null;
}

/** First person-like name outside quotes in tokens [a, b]. */
function firstPerson(view: TokenView, people: People, a: number, b: number, personal: boolean): { first: number; last: number } | null {
  const { toks, sents } = view;
  for (let i = a; i <= b; i++) {
    const t = toks[i];
    if (t.kind !== 'word' || t.quote >= 0 || !isCapitalized(t.text) || LEADING_FUNCTION.has(t.text)) continue;
    const sf = sents[t.sent].first;
    const np = rightNP(toks, i, b, sf);
    if (!np) continue;
    const r = speakerRange(toks, np);
    if (np.kind === 'name' && (!personal || isPersonLike(view, people, r, np))) return r;
    i = Math.max(i, np.last);
  }
  return null;
}

/** Entity whose mention overlaps the span, else whose name or alias equals / ends with its text. */
function linkEntity(entities: Entity[], sp: Span, headOnly = false): string | null {
  if (!entities.length) return null;
  if (!headOnly) {
    const e = entities.find((x) => x.mentions.some((m) => m.start < sp.end && sp.start < m.end));
    if (e) return e.id;
  } else {
    // A nominal links only when an entity mention covers the whole phrase ("the newspaper" is not linked by its modifiers).
    const e = entities.find((x) => x.mentions.some((m) => m.start <= sp.start && sp.end <= m.end));
    if (e) return e.id;
    return null;
  }
  const t = sp.text.replace(/['’]s$/, '');
  const e =
    entities.find((x) => x.name === t || x.aliases.includes(t)) ??
    entities.find((x) => x.type === 'person' && x.name.endsWith(' ' + t));
  return e ? e.id : null;
}
