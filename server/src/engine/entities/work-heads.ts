// A name that ends in the word for a kind of work, law, theory, grant or event names that thing (type other),
// not a body of people.
//   "the Criminal Code", "the First Amendment"                  → other (laws)
//   "his Seventh Symphony", "his Cello Concerto", "a String Quartet" → other (music)
//   "the theory of Case Grammar", "the British National Corpus"  → other (theories, data)
//   "a Boxer Indemnity Scholarship", "the Santa Cruz Lectures"   → other (grants, lecture series)
//   "the Winter Paralympics", "the Spitfire Tournament", "the Ice Carnival" → other (events)
// Not: "Grammar School" (the head must end the name); "Trio" and "Quartet" only after an instrument
// ("String Quartet", "Piano Trio"), since ensembles are bodies ("the Kronos Quartet", "the Kingston Trio");
// "Stuart Law", "Harvard Law" ("Law" is left out: surnames and schools).

const WORK_ENDS = new Set([
  'Code', 'Amendment', 'Symphony', 'Concerto', 'Sonata', 'Requiem', 'Overture', 'Rhapsody', 'Oratorio', 'Cantata',
  'Grammar', 'Theorem', 'Hypothesis', 'Corpus', 'Scholarship', 'Lectures', 'Gospel', 'Gospels', 'Psalms',
  'Paralympics', 'Tournament', 'Cups', 'Carnival', 'Convention',
]);
// Chamber works are named for their instruments: "String Quartet", "Piano Trio".
const ENSEMBLE_ENDS = new Set(['Quartet', 'Quintet', 'Trio', 'Sextet', 'Octet']);
const INSTRUMENTS = /^(?:String|Piano|Clarinet|Horn|Flute|Oboe|Violin|Cello|Guitar|Wind|Brass)$/;

/** True when a multi-word name's last word says it is a law, a work of music, a theory, a corpus or a grant. */
export function endsInWorkHead(texts: string[]): boolean {
  if (texts.length < 2) return false;
  const last = texts[texts.length - 1];
  if (WORK_ENDS.has(last)) return true;
  return ENSEMBLE_ENDS.has(last) && INSTRUMENTS.test(texts[texts.length - 2]);
}
