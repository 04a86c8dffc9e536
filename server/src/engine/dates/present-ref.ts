// Now, the past, the future: TimeML's PRESENT_REF / PAST_REF / FUTURE_REF.
// Examples:
//   "The rebels now control the city."        → PRESENT_REF
//   "Such deals were common in the past."     → PAST_REF
//   "a deal in the near future"               → FUTURE_REF
//   "blamed current market conditions"        → "current" PRESENT_REF (an adjective before a
//                                               lower-case noun; "the current quarter" is a period)
//   "the then-current chairman"               → "then-current" PAST_REF
import { anyOf, lc, R, type Rule } from './rule-kit';

const WORDS = ['now', 'current', 'days', 'present', 'moment', 'future', 'past', 'recently', 'soon', 'lately', 'coming'];
const PRESENT_WORDS = anyOf(...WORDS);
const PRESENT_START = new RegExp(`\\b(?:${WORDS.join('|')})`, 'i');

// PRESENT_REF / PAST_REF / FUTURE_REF
export const presentRef: Rule = {
  re: R(`\\b(?:(right\\s+now|just\\s+now|now|currently|nowadays|these\\s+days|at\\s+present|presently|the\\s+present|(?<=\\b(?:at|for)\\s+)the\\s+moment|the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future|(?<=\\bin\\s+)future|the\\s+(?:recent\\s+|distant\\s+)?past|(?:(?:more|very|fairly|quite|most|only|too|so)\\s+)?(?:recently|soon)|lately|so\\s+far|to\\s+date|as\\s+soon\\s+as\\s+possible|the\\s+coming\\s+(?:days|weeks|months|years)|(?:then[\\s-]+)?current(?=\\s+[a-z])(?!\\s+(?:fiscal|calendar|year|quarter|month|week|period|half|season|term|session)\\b)))\\b(?!-)`),
  // A word each alternative holds, at a word start; "so far" and "to date" are left out, as they yield
  // nothing (run below). The word list first (cheap), then the words at a word start.
  need: (lower, text) => PRESENT_WORDS(lower) && PRESENT_START.test(text),
  prio: 2,
  run(m, ctx, emit) {
    const w = lc(m[1]);
    const start = m.index;
    const end = start + m[0].length;
    const before = ctx.text.slice(Math.max(0, start - 10), start);
    const after = ctx.text.slice(end, end + 12);
    if (/soon$/.test(w) && (/\bas\s+$/i.test(before) || /^so\b/.test(w) || /^\s+after\b/i.test(after))) return;
    if (w === 'so far' || w === 'to date') return;
    // "Current Affairs", "Current TV": part of a name (the pattern ignores case).
    if (w === 'current' && /^\s+[A-Z]/.test(after)) return;
    // "He was soon released", "a trickle that soon became a flood": soon after another past event, not the future.
    if (/soon$/.test(w) && (/\b(?:was|were|had)\s+$/i.test(before) || /^\s+(?:became|came|went|began|left|found|got|grew|fell|rose|took|gave|[a-z]{3,}ed)\b/.test(after))) return;
    // Discourse "Now, …" / "Now for …" opening a sentence is not a time.
    if (w === 'now' && /^(?:\s*that\b|,|\s+for\b)/i.test(after) && /(?:^|[.!?"'“”‘’`]\s*)$/.test(before)) return;
    // "the past three summers", "the past few seasons": "past" counts the units that follow, it is not the past itself.
    if (/past$/.test(w) && /^\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|few|many|couple)\b/i.test(after)) return;
    let value = 'PRESENT_REF';
    // "the then-current chairman": current at a past time.
    if (/^then[\s-]/.test(w)) value = 'PAST_REF';
    if (/future|soon|coming|possible/.test(w)) value = 'FUTURE_REF';
    else if (/past|recently|lately|previously|formerly/.test(w)) value = 'PAST_REF';
    emit({ start, end, type: 'date', value, relative: false });
  },
};
