// Per-block candidate mentions: capitalised word runs split into titles and names, typed with
// gazetteers, name shapes and context words. Pure in the block text, so memoised per block.
// This file only decides the order in which the rule families are tried; each family is in its own
// file with its examples; candidate-kit.ts holds what they share and calls none of them.
import { sentenceMode } from './headlines';
import type { Tok } from './tokens';
import type { BlockEntities, Candidate, WeakSentence } from './candidate-kit';
import { dateline } from './dateline';
import { nameRuns } from './name-runs';
import { isSentenceInitial, type NamedRun, type RunInfo, type Word } from './candidate-kit';
import { trimOrgTail, trimRunEdges } from './run-edges';
import { splitTitle } from './roles';
import { officeOf } from './office-of';
import { prefixMentions } from './title-prefix';
import { splitNationality } from './nationality-splits';
import { scoreName } from './name-scores';
import { afterScores, contextScores } from './context-scores';
import { teamScores } from './team-context';
import { roleScores } from './role-context';
import { eventYear } from './event-years';
import { courtesyTitle } from './courtesy-titles';
import { bracketedAuthor } from './bracketed-authors';
import { titleAsPerson } from './titles-as-people';
import { finishCandidate } from './doubtful-capitals';
import { isCapLike } from './shape';
import { acronymNames } from './acronym-names';
import { listTypes } from './list-types';
import { OPEN_QUOTE, quotedTitles } from './quoted-titles';
import { seatOf } from './seat-of';
import { possessedWork } from './possessed-works';
import { streetAddress } from './street-addresses';
import { newsOutlet } from './news-outlets';
import { calendarName } from './calendar-names';
import { compassAfterThe } from './district-names';
import { regnalName } from './regnal-names';

export type { BlockEntities, Candidate, Scores, WeakSentence } from './candidate-kit';
export type { Tok } from './tokens';

/** Candidates in one sentence of normal prose. */
function proseCandidates(tokens: Tok[], out: Candidate[], firstInBlock: boolean): void {
  const n = tokens.length;
  let i = 0;
  if (firstInBlock) i = dateline(tokens, out);
  const from = out.length;
  for (const r of nameRuns(tokens, i)) runCandidates(tokens, r.run, r.start, r.end, r.info, out);
  if (n > 4) acronymNames(tokens, out, from);
  if (out.length - from >= 2) listTypes(tokens, out, from);
  if (out.length > from) quotedTitles(tokens, out, from);
}

/** One name run to candidates: its edges and title cut, nationalities split off, then the name scored on its
 * own and in its context. */
function runCandidates(tokens: Tok[], run: Word[], runStart: number, runEnd: number, info: RunInfo, out: Candidate[]): void {
  const initial = isSentenceInitial(tokens, runStart);
  let words = trimRunEdges(run, initial, out, OPEN_QUOTE.test(tokens[runStart - 1]?.text ?? ''));
  if (!words) return;
  const title = splitTitle(words);
  if (!title) {
    const rest = officeOf(words);
    if (rest) {
      if (rest.length && isCapLike(rest[0].text)) runCandidates(tokens, rest, rest[0].i, runEnd, info, out);
      return;
    }
  }
  let role: string | undefined;
  let person = 0;
  if (title) {
    role = title.role || undefined;
    if (title.prefix > 0) prefixMentions(words.slice(0, title.prefix), out);
    words = words.slice(title.count);
    person += 3;
  }
  if (!words.length) return;
  words = splitNationality(tokens, words, !!title, runEnd, out);
  if (!words) return;
  words = trimOrgTail(words);
  const { texts, name, start, end, multi, scores, entry, group } = scoreName(words, !!title, person);
  const prevTok = words[0].i - 1;
  const nextTok = runEnd < tokens.length ? tokens[runEnd] : undefined;
  const n: NamedRun = {
    tokens, run, runStart, runEnd, info, initial, titled: !!title, words, texts, name, multi, entry, scores,
    personShaped: scores.person >= 1.5,
    prevTok,
    prev: prevTok >= 0 ? tokens[prevTok].text.toLowerCase() : '',
    nextTok,
    next: nextTok?.kind === 'word' ? nextTok.text.toLowerCase() : '',
    placeContext: false,
    team: false,
    role,
  };
  courtesyTitle(n);
  bracketedAuthor(n);
  titleAsPerson(n);
  contextScores(n, out);
  seatOf(n, out);
  possessedWork(n, out);
  streetAddress(n);
  teamScores(n);
  afterScores(n);
  roleScores(n);
  eventYear(n);
  newsOutlet(n);
  calendarName(n);
  compassAfterThe(n);
  regnalName(n);
  out.push(finishCandidate(n, start, end, group));
}

/** Candidates from one block's sentences (offsets relative to the block). */
export function blockCandidates(sentences: Tok[][], blockKind: string): BlockEntities {
  const candidates: Candidate[] = [];
  const weak: WeakSentence[] = [];
  sentences.forEach((tokens, k) => {
    const mode = sentenceMode(tokens, blockKind);
    if (mode === 'normal') proseCandidates(tokens, candidates, k === 0);
    else {
      // Datelines inside a capitals sentence ("LONDON 1996-08-30") are picked up by the gazetteer lookups.
      weak.push({ tokens, caps: mode === 'caps' });
    }
  });
  return { candidates, weak };
}
