// Is this a sports report? Only then are towns with a score or "beat" after them the teams named after them.
//   "Feyenoord beat Utrecht 2-1 … scored twice in the second half"      → yes
//   "SOCCER - DUTCH FIRST DIVISION RESULTS"                              → yes
//   a travel guide with "Terminal 4", "Figure 1", "USD 50" or "Born 1923" → no: a word and a number is
//   not a score without the vocabulary of a match around it.
const SPORTS = /\b(?:beat|beats|defeated|goals?|scored|scorers?|drew|draw|halftime|half-time|innings|wickets?|striker|midfielder|goalkeeper|quarterback|touchdowns?|penalt(?:y|ies)|league|division|standings|results|soccer|football|cricket|rugby|tennis|golf|baseball|basketball|hockey|NBA|NFL|NHL|MLB|v|vs|matchs?|matches|seeded|semifinals?|semi-finals?|quarter-finals?|playoffs?)\b/gi;

/** At least three words of sport: a match report, a results table or a sports round-up. */
export function isSportsReport(text: string): boolean {
  let n = 0;
  SPORTS.lastIndex = 0;
  while (SPORTS.exec(text)) if (++n >= 3) return true;
  return false;
}
