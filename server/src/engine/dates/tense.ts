// Tense of the clause around a date phrase, from nearby verb cues. News prose reports the past,
// so a bare weekday defaults to the past; "will", "is to", "heads to" and the like point forward.

export type Tense = 'past' | 'future' | 'present' | null;

const FUTURE = new Set(['will', 'shall', 'would', 'should', 'might', 'must', "'ll", 'll', 'gonna', 'upcoming', 'tomorrow', 'planned', 'scheduled', 'slated', 'effective']);
// Verbs that take "to" + infinitive and look forward ("expected to vote on Friday").
const FORWARD = new Set([
  'expected', 'set', 'due', 'plans', 'plan', 'planning', 'intends', 'intend', 'hopes', 'hope',
  'aims', 'slated', 'going', 'poised', 'likely', 'expects', 'expect', 'prepared', 'preparing', 'ready', 'wants', 'want',
]);
const PRESENT = new Set([
  'is', 'are', 'am', "isn't", "aren't", 'heads', 'meets', 'travels', 'arrives', 'leaves', 'begins', 'starts', 'opens',
  'ends', 'visits', 'goes', 'returns', 'hosts', 'holds', 'faces', 'votes', 'testifies', 'speaks', 'flies', 'resumes',
  'convenes', 'expires', 'closes', 'launches', 'kicks', 'takes', 'comes', 'gets', 'plays', 'joins', 'heads',
]);
const PAST = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', "wasn't", "weren't", "didn't", "hadn't", 'went', 'met', 'made', 'came',
  'took', 'gave', 'held', 'spoke', 'left', 'began', 'saw', 'found', 'got', 'sent', 'won', 'lost', 'fell', 'rose',
  'led', 'ran', 'paid', 'sold', 'brought', 'thought', 'wrote', 'became', 'struck', 'hit', 'shot', 'stood', 'heard',
  'felt', 'kept', 'knew', 'meant', 'put', 'read', 'set', 'sought', 'spent', 'taught', 'threw', 'understood', 'wore',
  'broke', 'chose', 'drew', 'drove', 'ate', 'flew', 'forgot', 'grew', 'hung', 'lay', 'rode', 'rang', 'sang', 'sank',
  'slept', 'stole', 'swore', 'swam', 'tore', 'woke', 'withdrew', 'overtook', 'upheld', 'undertook', 'bought',
  'fought', 'caught', 'built', 'lent', 'bent', 'dealt', 'fled', 'quit', 'split', 'spread', 'cut', 'let', 'bid',
  'ago', 'yesterday', 'last', 'earlier', 'has', 'have', "hasn't", "haven't",
]);
// Words ending in -ed that are not past-tense verbs.
const NOT_ED = new Set([
  'need', 'speed', 'red', 'bed', 'indeed', 'proceed', 'exceed', 'succeed', 'seed', 'feed', 'greed', 'bred', 'shed',
  'hundred', 'deed', 'breed', 'weed', 'creed', 'steed', 'reed', 'freed', 'united', 'limited', 'proposed', 'alleged',
  'so-called', 'called', 'armed', 'based', 'related', 'advanced', 'detailed', 'expected', 'scheduled', 'planned',
  'embattled', 'beloved', 'naked', 'wicked', 'sacred', 'rugged', 'ragged', 'learned', 'aged', 'supposed', 'concerned',
]);

const AUX = new Set(['be', 'been', 'being', 'is', 'are', 'am', 'remain', 'remains', 'stay', 'stays', 'get', 'gets', 'become', 'becomes', 'was', 'were', 'has', 'have', 'had']);

const WORD = /[A-Za-z][A-Za-z'’-]*/g;
// Word tests as Set lookups rather than small patterns: each pattern costs V8 a compile per process.
const FIXED_AHEAD = new Set(['set', 'due', 'slated', 'scheduled']);
const PLURAL_PRONOUN = new Set(['they', 'we', 'you', 'i']);
const NOT_VERB_AFTER_PRONOUN = new Set(['also', 'still', 'just', 'only', 'all', 'both', 'never', 'now', 'then', 'had', 'have']);
const RELATIVE = new Set(['that', 'who', 'which']);
// "will open in January": the clause itself is future. "would", "might" may tell a plan of the past.
const FIRM_FUTURE = new Set(['will', 'shall']);
// Past-tense cues that are not the clause's verb.
const NOT_A_VERB = new Set(['ago', 'yesterday', 'last', 'earlier']);

/** Only lower-case ASCII letters. */
function isLowerWord(w: string): boolean {
  if (!w) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

interface Cue {
  tense: Exclude<Tense, null>;
  pos: number;
  /** "will", "shall": the clause lies ahead beyond doubt (see FIRM_FUTURE). */
  firm?: boolean;
  /** The verb of a relative clause ("those that use"), not of the main clause. */
  relative?: boolean;
}

// The word lists above as one table of flags: one lookup per word of every sentence instead of five.
const IS_FUTURE = 1;
const IS_FORWARD = 2;
const IS_FIXED_AHEAD = 4;
const IS_PAST = 8;
const IS_PRESENT = 16;
const FLAGS = new Map<string, number>();
for (const [set, flag] of [
  [FUTURE, IS_FUTURE],
  [FORWARD, IS_FORWARD],
  [FIXED_AHEAD, IS_FIXED_AHEAD],
  [PAST, IS_PAST],
  [PRESENT, IS_PRESENT],
] as const)
  for (const w of set) FLAGS.set(w, (FLAGS.get(w) ?? 0) | flag);

/** `lowerWord`: the word lower-cased (curly apostrophes are made straight here, only when there is one). */
function cueOf(lowerWord: string, next: string | undefined): Exclude<Tense, null> | null {
  const w = lowerWord.includes('’') ? lowerWord.split('’').join("'") : lowerWord;
  if (w.endsWith("'ll")) return 'future';
  const f = FLAGS.get(w) ?? 0;
  if (f & IS_FUTURE) return 'future';
  if (f & IS_FORWARD && next === 'to') return 'future';
  // "is set for Friday", "due for a vote": a date fixed ahead.
  if (f & IS_FIXED_AHEAD && next === 'for') return 'future';
  if (f & IS_PAST) return 'past';
  if (f & IS_PRESENT) return 'present';
  if (w.length > 4 && w.endsWith('ed') && !NOT_ED.has(w)) return 'past';
  return null;
}

/** Tense cues in a sentence, in order. */
export function tenseCues(sentence: string): Cue[] {
  const words: { w: string; pos: number }[] = [];
  let m: RegExpExecArray | null;
  WORD.lastIndex = 0;
  while ((m = WORD.exec(sentence))) words.push({ w: m[0], pos: m.index });
  // The words are ASCII letters, apostrophes and hyphens, so lower-casing matches the /i patterns exactly.
  const lower = words.map((x) => x.w.toLowerCase());
  const cues: Cue[] = [];
  words.forEach((x, i) => {
    let t = cueOf(lower[i], lower[i + 1]);
    // "that is," means "i.e.": no verb of the clause.
    if (t && lower[i] === 'is' && i > 0 && lower[i - 1] === 'that' && sentence[x.pos + 2] === ',') t = null;
    // "be completed", "remain closed", "is heard", "would be paid": a participle after an auxiliary carries no tense of its own.
    if (t === 'past' && i > 0 && AUX.has(lower[i - 1]) && !NOT_A_VERB.has(lower[i])) t = null;
    // "they start", "we meet": a plain verb after a plural pronoun is present tense.
    if (!t && i > 0 && PLURAL_PRONOUN.has(lower[i - 1]) && isLowerWord(x.w) && !NOT_VERB_AFTER_PRONOUN.has(x.w)) t = 'present';
    // "had been due to expire Friday", "as previously planned": a plan told in the past.
    if (t === 'future' && i > 0 && (lower[i - 1] === 'previously' || (lower[i - 1] === 'been' && lower[i - 2] === 'had') || lower[i - 1] === 'had')) t = 'past';
    if (t) {
      const firm = t === 'future' && (FIRM_FUTURE.has(lower[i]) || lower[i].endsWith("'ll"));
      cues.push(i > 0 && RELATIVE.has(lower[i - 1]) ? { tense: t, pos: x.pos, relative: true, firm } : { tense: t, pos: x.pos, firm });
    }
  });
  // "is to", "are set to": a present form directly followed by a forward cue reads as future.
  for (let i = 0; i + 1 < cues.length; i++) {
    if (cues[i].tense === 'present' && cues[i + 1].tense === 'future') cues[i] = { ...cues[i], tense: 'future' };
  }
  return cues;
}

/**
 * The tense governing a phrase at [start, end) of `sentence`: the nearest cue to its left, else the
 * nearest to its right. "is to" / "are expected to" count as future.
 */
export function tenseAt(sentence: string, start: number, end: number, cues = tenseCues(sentence)): Tense {
  const g = governing(sentence, start, end, cues);
  return typeof g === 'string' ? g : (g?.tense ?? null);
}

/** The governing cue leaves no doubt ("will fly in December"; not "would", "expected to"). */
export function firmAt(sentence: string, start: number, end: number, cues = tenseCues(sentence)): boolean {
  const g = governing(sentence, start, end, cues);
  return typeof g === 'object' && g !== null && g.firm === true;
}

function governing(sentence: string, start: number, end: number, cues: Cue[]): Cue | 'future' | null {
  let left: Cue | null = null;
  for (const c of cues) if (c.pos < start) left = c;
  // "until Tuesday", "postponed until Tuesday", "has given them until 9 a.m. Tuesday": a deadline ahead,
  // unless the sentence tells of a past before the past ("Until Thursday, they had not …").
  if (/\b(?:until|till)\s+(?:[\d:.apm]+\s+(?:[A-Z]{2,4}\s+)?)?$/i.test(sentence.slice(Math.max(0, start - 30), start)) && !/\bhad(?:n['’]t)?\b/i.test(sentence)) return 'future';
  // "was postponed to December", "pushed back until Friday": the new date lies ahead.
  if (/\b(?:postponed|delayed|deferred|moved|pushed\s+back|put\s+off|rescheduled|extended|adjourned)\s+(?:[\w'’]+\s+){0,4}?(?:to|until|till|into)\s+(?:(?:early|late|mid|next)[\s-]+)?$/i.test(sentence.slice(Math.max(0, start - 60), start))) return 'future';
  if (left) return left;
  // Looking right, the main clause's verb counts before a relative clause's ("On Sunday, those who stay agreed").
  const right = cues.filter((c) => c.pos >= end);
  return right.find((c) => !c.relative) ?? right[0] ?? null;
}
