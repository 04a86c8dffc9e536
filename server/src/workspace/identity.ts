// Whether two entities (possibly from different articles) are the same one, or one spelled two ways.
export interface NamedEntity {
  name: string;
  type: string;
  aliases: string[];
}

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function compatibleTypes(a: string, b: string): boolean {
  return a === b || a === 'other' || b === 'other';
}

/**
 * Same entity: same canonical name, or one article's canonical name is an alias in the other
 * ("Kerry" alone in one article, "John Kerry" with alias "Kerry" in another). Two full names that only
 * share a surname alias ("John Kerry" / "Kerry Washington") are not merged.
 */
export function sameEntity(a: NamedEntity, b: NamedEntity): boolean {
  if (!compatibleTypes(a.type, b.type)) return false;
  const an = nameKey(a.name);
  const bn = nameKey(b.name);
  if (an === bn) return true;
  if (b.aliases.some((x) => nameKey(x) === an)) return true;
  if (a.aliases.some((x) => nameKey(x) === bn)) return true;
  return false;
}

const SOFT = new Set('aeiouyhjw');

/**
 * Edit distance where letters may be dropped or added (Tomasz / Tomas, Gadafi / Gaddafi) and vowels,
 * y, h, j, w may replace one another (Sergey / Sergei, Muammar / Moammar, Gaddafi / Gadhafi), but other
 * substitutions cost more (Mark / Mary, Dan / Don are different people).
 */
export function spellingDistance(a: string, b: string): number {
  const subst = (x: string, y: string) => (x === y ? 0 : SOFT.has(x) && SOFT.has(y) ? 1 : x === 'h' || y === 'h' ? 1 : 3);
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + subst(a[i - 1], b[j - 1]));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/**
 * A person written two ways: same number of name parts, exactly one differing, by a small spelling edit that
 * keeps the first letter (Sergey / Sergei Lavrov, Tomasz / Tomas Wilk, Gaddafi / Gadhafi).
 */
export function spellingVariant(a: NamedEntity, b: NamedEntity): boolean {
  if (a.type !== 'person' || b.type !== 'person') return false;
  const ap = nameKey(a.name).split(' ');
  const bp = nameKey(b.name).split(' ');
  if (ap.length < 2 || ap.length !== bp.length) return false;
  let differing = 0;
  for (let i = 0; i < ap.length; i++) {
    const x = ap[i];
    const y = bp[i];
    if (x === y) continue;
    differing++;
    if (x[0] !== y[0]) return false;
    const shortest = Math.min(x.length, y.length);
    if (shortest < 4) return false; // initials and short names: "Al" / "Ed", "Dan" / "Don" are different people
    if (spellingDistance(x, y) > (shortest >= 6 ? 2 : 1)) return false;
  }
  return differing === 1;
}

/** Last word of a name: the posting key used to find spelling variants. */
export function surnameKey(name: string): string {
  const parts = nameKey(name).split(' ');
  return parts[parts.length - 1];
}
