// Does a text cite its sources? Scholarly texts do ("[12]", "(Smith, 2010)", "et al."), news seldom does.
// Several rules ask it of the whole text, so findEntities asks once and passes the answer.
//   "as shown in [3] and [4–6]", "(e.g., Hein, Reich, & Marks, 2016) … Feng et al." → references
//   "Berlin (1936)", "the [inaudible] answer"                                       → none

// "[2–9]", "[1 - 3]", "et al.", "(Smith, 2010)", "(e.g., Hein, Reich, & Marks, 2016)", "(Domínguez Caparrós, 2000: 103)".
const REFERENCE =
  /\[\d+(?:\s*[,–-]\s*\d+)*\]|\bet al\.|\((?:e\.g\.,?\s*|see\s+(?:for example\s+)?)?\p{Lu}[\p{L}'’-]+(?:(?:,\s*|\s+|,?\s*&\s*)\p{Lu}[\p{L}'’-]+)*(?: et al\.)?,?\s(?:19|20)\d\d[a-z]?(?::\s*\d+)?[;),]/gu;

/** A text that cites its sources at least twice. */
export function hasReferences(text: string): boolean {
  let n = 0;
  REFERENCE.lastIndex = 0;
  while (REFERENCE.exec(text)) if (++n >= 2) return true;
  return false;
}
