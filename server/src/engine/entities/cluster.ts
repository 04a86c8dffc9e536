// Document-level work: confirm doubtful candidates, give every name one type, read headlines and
// capitals lines against the names the body established, and cluster mentions into entities.
import type { Entity, EntityType } from '../types';
import type { Candidate, Scores, WeakSentence } from './candidates';
import { best, zero } from './candidate-kit';
import { byKey, exact, firstNameSet, fold, keyOf, noStart, orgHeads, particles, townSet } from './lexicon';
import { isAcronym, isAllCaps, isCapLike, isInitial, stripPossessive } from './shape';
import { textsOf } from '../packed';
import { headlinePerson } from './headline-people';
import type { Tok } from './tokens';
import { memo } from './memo';

export interface Mention extends Candidate {
  type?: EntityType;
}

/**
 * A mention with every field present, in one order (undefined when absent), shifted by `shift`: candidates come
 * in a dozen property sets, and the document-level passes below deoptimised and were recompiled (about a second
 * of compiler time each) every time a new set turned up. One shape keeps their property reads monomorphic.
 */
export function mention(c: Mention, shift = 0): Mention {
  return {
    start: c.start + shift, end: c.end + shift, name: c.name, tokens: c.tokens, scores: c.scores, role: c.role, group: c.group,
    gazetteer: c.gazetteer, initial: c.initial, weak: c.weak, team: c.team, placeContext: c.placeContext, type: c.type,
  };
}

const SKIP_WEAK = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'from', 'as', 'is', 'vs', 'v', 'i']);

// addScores names each type's field (a field read by a variable name costs a generic lookup on every mention).
function addScores(into: Scores, from: Scores): void {
  into.person += from.person;
  into.organization += from.organization;
  into.place += from.place;
  into.other += from.other;
}

/** Normalised person-name tokens for matching: "Bashar al-Assad" -> ["bashar", "assad"]. */
export function personKey(tokens: string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    // "van der Westhuizen" / "Van der Westhuizen"; but "Al" in "Al Gore" is a first name
    if (isInitial(t) || particles.has(t) || /^(van|von|de|der|den|da|di|du|del|della|la|le|ter)$/i.test(t) || /^(jr|sr|i|ii|iii|iv|vi|vii|viii)\.?$/i.test(t)) continue;
    const f = fold(stripPossessive(t).base)
      .toLowerCase()
      .replace(/^(al|el|ad|as|an|ar|at|az|ash)[-‐'’]/, '');
    if (f) out.push(f);
  }
  return out;
}

function lev(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const prev = new Array(b.length + 1).fill(0).map((_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

function firstNamesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return a.length >= 4 && b.length >= 4 && a[0] === b[0] && lev(a, b) <= 2;
}

/** Step 1 and 2: confirm sentence-initial candidates and type every name. */
export function typeMentions(cands: Mention[], sportsReport = true): Mention[] {
  const key = memo(keyOf);
  const tokenKey = memo(personKey);
  const strongKeys = new Map<string, Scores>();
  const strongTokens = new Set<string>();
  for (const c of cands) {
    if (c.initial) continue;
    const k = key(c.name);
    const s = strongKeys.get(k) ?? zero();
    addScores(s, c.scores);
    strongKeys.set(k, s);
    if (c.tokens.length > 1 && best(c.scores) === 'person') for (const t of tokenKey(c.tokens)) strongTokens.add(t);
    // "Calder said" after "Calder Dynamics Inc"
    const last = c.tokens[c.tokens.length - 1];
    if (c.tokens.length > 1 && best(c.scores) === 'organization' && (noStart.has(last) || orgHeads.has(last))) strongTokens.add(key(c.tokens[0]));
  }
  const kept = cands.filter((c) => {
    if (!c.initial) return true;
    if (strongKeys.has(key(c.name))) return true;
    // a known organisation at the start of a sentence counts when its context agrees ("Pentagon spokesman X said")
    if (c.gazetteer && (c.gazetteer !== 'org' || c.scores.organization >= 4)) return true;
    return tokenKey(c.tokens).some((t) => strongTokens.has(t));
  });
  // Sum evidence per name.
  const byName = new Map<string, Scores>();
  for (const c of kept) {
    const k = key(c.name);
    const s = byName.get(k) ?? zero();
    addScores(s, c.scores);
    byName.set(k, s);
  }
  const typeOf = new Map<string, EntityType>();
  for (const [k, s] of byName) typeOf.set(k, best(s));
  // In a sports report, towns, counties and states without a place context are the teams named after them.
  const teamKeys = new Set(kept.filter((c) => c.team).map((c) => key(c.name)));
  if (sportsReport && teamKeys.size >= 2) {
    const placeCtx = new Set(kept.filter((c) => c.placeContext).map((c) => key(c.name)));
    for (const c of kept) {
      const k = key(c.name);
      if (typeOf.get(k) === 'place' && c.gazetteer !== 'country' && c.gazetteer !== 'region' && !placeCtx.has(k)) typeOf.set(k, 'organization');
    }
  }
  // Surnames and first names of people named in full are people too ("Kerry" after "John Kerry").
  const lastNames = new Set<string>();
  const firstNames = new Set<string>();
  // where each surname and each company is first named in full: the short form refers to whichever came first
  const lastNameFirst = new Map<string, number>();
  const companyFirst = new Map<string, number>();
  for (const c of kept) {
    if (c.tokens.length < 2 || typeOf.get(key(c.name)) !== 'person') continue;
    const p = tokenKey(c.tokens);
    // "Conservatoire de Paris" typed a person does not make every "Paris" one: a place as the last word needs a first name or title
    const placeLast = exact.get(c.tokens[c.tokens.length - 1])?.type === 'place' && !firstNameSet.has(c.tokens[0]) && !isInitial(c.tokens[0]) && !c.role;
    if (p.length >= 2 && !placeLast) {
      lastNames.add(p[p.length - 1]);
      firstNames.add(p[0]);
      if (!lastNameFirst.has(p[p.length - 1])) lastNameFirst.set(p[p.length - 1], c.start);
    }
  }
  // Short forms of companies: "Magna" after "Magna International Inc", "Lear" after "Lear Corp".
  const companyHeads = new Set<string>();
  for (const c of kept) {
    if (c.tokens.length < 2 || typeOf.get(key(c.name)) !== 'organization') continue;
    const last = c.tokens[c.tokens.length - 1];
    if (noStart.has(last) || orgHeads.has(last)) {
      companyHeads.add(key(c.tokens[0]));
      if (!companyFirst.has(key(c.tokens[0]))) companyFirst.set(key(c.tokens[0]), c.start);
    }
  }
  // the strongest organisation evidence any mention of a name has ("Ford's workforce", "Ford has announced … its")
  const orgContext = new Map<string, number>();
  const personContext = new Map<string, number>();
  for (const c of kept) {
    orgContext.set(key(c.name), Math.max(orgContext.get(key(c.name)) ?? 0, c.scores.organization));
    personContext.set(key(c.name), Math.max(personContext.get(key(c.name)) ?? 0, c.scores.person));
  }
  const counts = new Map<string, number>();
  for (const c of kept) counts.set(key(c.name), (counts.get(key(c.name)) ?? 0) + 1);
  for (const c of kept) {
    const k = key(c.name);
    let type = typeOf.get(k) ?? 'person';
    if (c.tokens.length === 1 && (type === 'person' || (type === 'place' && !c.gazetteer && !c.placeContext && townSet.has(c.name))) && !c.role && companyHeads.has(k) && !lastNames.has(tokenKey(c.tokens)[0] ?? '')) type = 'organization';
    if (c.tokens.length === 1 && type !== 'person') {
      const p = tokenKey(c.tokens)[0];
      const n = counts.get(k) ?? 1;
      // a country or state keeps its type, unless the document names a person with this surname and the
      // word itself reads like that person ("Jordan said", not "in Jordan")
      const strongGaz = c.gazetteer && c.gazetteer !== 'city' && (byName.get(k)?.[type] ?? 0) >= 3 * n && !(!c.placeContext && (c.scores.person >= 1 || (byName.get(k)?.person ?? 0) >= 0.5 * n));
      // ... unless the document names a company after it and the evidence for the word says company ("Ford" after "Ford Motor Co")
      const companyEarlier = (companyFirst.get(k) ?? Infinity) < (lastNameFirst.get(p ?? '') ?? Infinity);
      const company = type === 'organization' && companyHeads.has(k) && ((orgContext.get(k) ?? 0) >= 1.5 || ((personContext.get(k) ?? 0) < 1 && companyEarlier));
      // ... and a known place said to be a place here ("born in Paris") is not the surname of "Conservatoire de Paris"
      const placeHere = type === 'place' && !!c.gazetteer && !!c.placeContext;
      if (p && (lastNames.has(p) || (firstNames.has(p) && !c.gazetteer)) && !strongGaz && !company && !placeHere) type = 'person';
    }
    // "the Clintons" after "Bill Clinton": a family
    if (c.tokens.length === 1 && type !== 'person' && !c.gazetteer && /\p{Ll}s$/u.test(c.name) && lastNames.has(personKey([c.name.slice(0, -1)])[0] ?? '')) type = 'person';
    c.type = type;
  }
  return kept;
}

/** The words of toks[i, i + len) with the last one's possessive dropped ("Reuters'"), and where they stand. */
function spanWords(toks: readonly Tok[], i: number, len: number): { words: string[]; start: number; end: number } {
  const words = textsOf(toks, i, i + len);
  const last = stripPossessive(words[len - 1]).base;
  words[len - 1] = last;
  return { words, start: toks[i].start, end: toks[i + len - 1].start + last.length };
}

/** Step 3: names in headlines and capitals lines, found by lookup against the body's names and the gazetteers. */
export function weakMentions(weak: WeakSentence[], typed: Mention[], sportsReport = true): Mention[] {
  const teamKeys = new Set(typed.filter((c) => c.team).map((c) => keyOf(c.name)));
  // results tables in capitals ("NEW YORK 74 59") show a sports report too
  for (const s of weak) {
    if (!s.caps) continue;
    const words = s.tokens.filter((t) => t.kind === 'word');
    if (words.length >= 2 && /^\d{1,3}$/.test(words[words.length - 1].text) && !/\d/.test(words[0].text)) teamKeys.add(keyOf(words[0].text));
  }
  const sports = sportsReport && teamKeys.size >= 2;
  const known = new Map<string, EntityType>();
  for (const c of typed) {
    known.set(keyOf(c.name), c.type!);
    if (c.type === 'person' && c.tokens.length > 1) {
      const last = c.tokens[c.tokens.length - 1];
      known.set(keyOf(stripPossessive(last).base), 'person');
      known.set(personKey([last])[0] ?? '', 'person');
    }
  }
  known.delete('');
  const out: Mention[] = [];
  for (const s of weak) {
    const toks = s.tokens;
    let i = 0;
    // a capitals dateline: "MONTE CARLO 1996-08-30", "MAHALA, Bosnia 1996-08-31"
    if (s.caps) {
      let j = 0;
      while (j < toks.length && j < 3 && toks[j].kind === 'word' && isAllCaps(toks[j].text) && !/\d/.test(toks[j].text)) j++;
      const after = toks[j];
      if (j > 0 && after && (/^\d{4}-\d\d-\d\d$/.test(after.text) || (after.text === ',' && toks.some((t) => /^\d{4}-\d\d-\d\d$/.test(t.text))))) {
        const words = textsOf(toks, 0, j);
        const key = keyOf(words.join(' '));
        const e = byKey.get(key);
        if (!e || e.type === 'place') {
          const scores = { person: 0, organization: 0, place: 1, other: 0 };
          const name = e?.name ?? words.map((w) => w[0] + w.slice(1).toLowerCase()).join(' ');
          out.push(mention({ start: toks[0].start, end: toks[j - 1].end, name, tokens: words, scores, type: 'place', group: e?.group, gazetteer: e?.kind, weak: true }));
          i = j;
        }
      }
    }
    while (i < toks.length) {
      if (toks[i].kind !== 'word') {
        i++;
        continue;
      }
      let found = 0;
      let type: EntityType | undefined;
      let group: string | undefined;
      let gazetteer: Candidate['gazetteer'];
      for (let len = Math.min(6, toks.length - i); len >= 1 && !found; len--) {
        let ok = true;
        for (let k = i; k < i + len; k++) {
          const t = toks[k];
          if (t.kind !== 'word' || (k > i && t.start - toks[k - 1].end > 1)) ok = false;
          else if (!s.caps && !isCapLike(t.text) && !(k > i && k < i + len - 1 && /^(of|the|and|de)$/.test(t.text))) ok = false;
        }
        if (!ok) continue;
        const { words, start, end } = spanWords(toks, i, len);
        const key = keyOf(words.join(' '));
        if (len === 1 && (SKIP_WEAK.has(key) || key.length < 2)) continue;
        let kt = known.get(key);
        // a dateline ("LONDON 1996-08-30") names a place whatever the body made of the word
        if (kt && kt !== 'place' && byKey.get(key)?.type === 'place' && toks.some((t) => /^\d{4}-\d\d-\d\d$/.test(t.text))) kt = undefined;
        if (kt) {
          type = kt;
        } else {
          const e = byKey.get(key);
          if (!e) continue;
          // In a Title Case headline a gazetteer word must be capitalised as in the gazetteer.
          if (!s.caps && !isCapLike(words[0])) continue;
          type = e.type;
          group = e.group;
          gazetteer = e.kind;
          // a city or state followed by a score in a results line is a team
          const after = toks[i + len];
          if (type === 'place' && e.kind !== 'country' && after?.kind === 'word' && /^\d{1,3}$/.test(after.text)) type = 'organization';
          if (type === 'place' && sports && (e.kind === 'city' || e.kind === 'state') && !toks.some((t) => /^\d{4}-\d\d-\d\d$/.test(t.text)) && toks.filter((t) => t.kind === 'word').length > 1)
            type = 'organization';
        }
        found = len;
        const scores = zero();
        scores[type] = 1;
        const display = gazetteer && !kt ? byKey.get(key)!.name : words.join(' ');
        out.push(mention({ start, end, name: isAllCaps(display) ? words.join(' ') : display, tokens: words, scores, type, group, gazetteer, weak: true }));
      }
      // "Claire Warwick" on an author line: a first name and a surname need no support
      const person = found || s.caps ? 0 : headlinePerson(toks, i);
      if (person) {
        const { words, start, end } = spanWords(toks, i, person);
        out.push(mention({ start, end, name: words.join(' '), tokens: words, scores: { person: 1, organization: 0, place: 0, other: 0 }, type: 'person', weak: true }));
        found = person;
      }
      i += found || 1;
    }
  }
  return out;
}

interface Cluster {
  type: EntityType;
  mentions: Mention[];
  /** normalised person tokens of the fullest name */
  pkey: string[];
  groups: Set<string>;
  keys: Set<string>;
  alive: boolean;
}

function initials(tokens: string[]): string {
  return tokens
    .filter((t) => !/^(of|the|and|for|de|in|on|&)$/.test(t))
    .map((t) => t[0])
    .join('')
    .toUpperCase();
}

/** Step 4: clusters of mentions, in order of first mention. */
export function clusterMentions(mentions: Mention[], text: string): Entity[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters: Cluster[] = [];
  const byGroup = new Map<string, Cluster>();
  const byKeyType = new Map<string, Cluster>();
  const companyByFirst = new Map<string, Cluster>();
  // people by normalised surname and first name, in order of creation (the latest wins)
  const byLastName = new Map<string, Cluster[]>();
  const byFirstName = new Map<string, Cluster[]>();
  const push = (map: Map<string, Cluster[]>, key: string | undefined, c: Cluster) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (list[list.length - 1] !== c) list.push(c);
    map.set(key, list);
  };
  const index = (c: Cluster) => {
    push(byLastName, c.pkey[c.pkey.length - 1], c);
    if (c.pkey.length >= 2) push(byFirstName, c.pkey[0], c);
  };
  let lastEnd = -1;
  for (const m of mentions) {
    if (m.start < lastEnd) continue; // overlapping (a weak lookup inside a strong span)
    lastEnd = m.end;
    const type = m.type ?? 'person';
    const k = keyOf(m.name);
    let c: Cluster | undefined;
    if (type === 'person') {
      const p = personKey(m.tokens);
      c = byKeyType.get('person\u0000' + k);
      if (!c && p.length >= 2) {
        const last = p[p.length - 1];
        // same surname and a compatible first name, or a surname-only cluster waiting for its full name
        const list = byLastName.get(last) ?? [];
        for (let x = list.length - 1; x >= 0 && !c; x--) {
          const op = list[x].pkey;
          if (op[op.length - 1] !== last) continue;
          if ((op.length >= 2 && firstNamesCompatible(op[0], p[0])) || op.length === 1) c = list[x];
        }
      } else if (!c && p.length === 1) {
        const t = p[0];
        const byLast = byLastName.get(t) ?? [];
        for (let x = byLast.length - 1; x >= 0 && !c; x--) if (byLast[x].pkey.length >= 2 && byLast[x].pkey[byLast[x].pkey.length - 1] === t) c = byLast[x];
        const byFirst = byFirstName.get(t) ?? [];
        for (let x = byFirst.length - 1; x >= 0 && !c; x--) if (byFirst[x].pkey.length >= 2 && byFirst[x].pkey[0] === t) c = byFirst[x];
      }
      if (c) {
        if (p.length > c.pkey.length) {
          c.pkey = p;
          index(c);
        }
      } else {
        c = { type, mentions: [], pkey: p, groups: new Set(), keys: new Set(), alive: true };
        clusters.push(c);
        index(c);
      }
    } else {
      if (m.group) c = byGroup.get(m.group);
      if (!c) c = byKeyType.get(type + '\u0000' + k);
      if (!c && type === 'organization' && m.tokens.length === 1 && !isAcronym(m.name)) {
        c = companyByFirst.get(k);
      }
      if (!c) {
        c = { type, mentions: [], pkey: [], groups: new Set(), keys: new Set(), alive: true };
        clusters.push(c);
      }
      if (m.group) {
        c.groups.add(m.group);
        byGroup.set(m.group, c);
      }
    }
    c.mentions.push(m);
    c.keys.add(k);
    byKeyType.set(c.type + '\u0000' + k, c);
    if (c.type === 'organization' && m.tokens.length > 1) {
      const last = m.tokens[m.tokens.length - 1];
      const first = keyOf(m.tokens[0]);
      if ((noStart.has(last) || orgHeads.has(last)) && !companyByFirst.has(first)) companyByFirst.set(first, c);
    }
  }
  mergeAcronyms(clusters);
  mergeAcronymPrefixes(clusters);
  mergeOrgSuffixes(clusters);
  return toEntities(clusters.filter((c) => c.alive), text);
}

function absorb(into: Cluster, from: Cluster): void {
  into.mentions.push(...from.mentions);
  for (const k of from.keys) into.keys.add(k);
  for (const g of from.groups) into.groups.add(g);
  from.alive = false;
}

/** "U.N." joins "United Nations", "EU" joins "European Union". */
function mergeAcronyms(clusters: Cluster[]): void {
  const long = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.type === 'person') continue;
    for (const m of c.mentions) {
      if (m.tokens.length < 2) continue;
      // "General Motors Corporation" is GM as well as GMC
      const bare = m.tokens.filter((t, k) => k === 0 || !/^(Inc|Corp|Corporation|Co|Company|Ltd|Limited|Group|Plc|PLC|LLC|AG|SA|NV)\.?$/.test(t));
      for (const ini of new Set([initials(m.tokens), initials(bare)])) {
        if (ini.length < 2) continue;
        const list = long.get(ini) ?? [];
        if (!list.includes(c)) list.push(c);
        long.set(ini, list);
      }
    }
  }
  for (const c of clusters) {
    if (!c.alive || c.type === 'person') continue;
    if (!c.mentions.every((m) => m.tokens.length === 1 && isAcronym(m.name))) continue;
    const letters = c.mentions[0].name.replace(/\./g, '').replace(/s$/, '');
    const targets = (long.get(letters) ?? []).filter((t) => t.alive && t !== c);
    if (targets.length === 1) absorb(targets[0], c);
  }
}

/** "U.N. Security Council" joins "United Nations Security Council". */
function mergeAcronymPrefixes(clusters: Cluster[]): void {
  const byTail = new Map<string, { c: Cluster; head: string[] }[]>();
  for (const c of clusters) {
    if (!c.alive || c.type !== 'organization') continue;
    for (const m of c.mentions) {
      for (let i = 1; i < m.tokens.length && i <= 4; i++) {
        const tail = keyOf(m.tokens.slice(i).join(' '));
        const list = byTail.get(tail) ?? [];
        list.push({ c, head: m.tokens.slice(0, i) });
        byTail.set(tail, list);
      }
    }
  }
  for (const list of byTail.values()) {
    for (const a of list) {
      if (a.head.length !== 1 || !isAcronym(a.head[0]) || !a.c.alive) continue;
      const letters = a.head[0].replace(/\./g, '').toUpperCase();
      const b = list.find((x) => x.c !== a.c && x.c.alive && x.head.length > 1 && initials(x.head) === letters);
      if (b) absorb(b.c, a.c);
    }
  }
}

/** "Security Council" joins "United Nations Security Council" when that is the only longer form. */
function mergeOrgSuffixes(clusters: Cluster[]): void {
  // proper suffixes of every organisation name -> clusters that have it
  const bySuffix = new Map<string, Set<Cluster>>();
  for (const o of clusters) {
    if (!o.alive || o.type !== 'organization') continue;
    for (const m of o.mentions) {
      const parts = keyOf(m.name).split(' ');
      for (let i = 1; i < parts.length - 1; i++) {
        const suffix = parts.slice(i).join(' ');
        const set = bySuffix.get(suffix) ?? new Set<Cluster>();
        set.add(o);
        bySuffix.set(suffix, set);
      }
    }
  }
  for (const c of clusters) {
    if (!c.alive || c.type !== 'organization') continue;
    if (!c.mentions.every((m) => m.tokens.length >= 2)) continue;
    let targets: Cluster[] | null = null;
    for (const n of new Set(c.mentions.map((m) => keyOf(m.name)))) {
      const here = [...(bySuffix.get(n) ?? [])].filter((o) => o.alive && o !== c);
      targets = targets === null ? here : targets.filter((t) => here.includes(t));
    }
    if (targets && targets.length === 1) absorb(targets[0], c);
  }
}

function canonicalOf(c: Cluster): Mention {
  let bestM = c.mentions[0];
  if (c.type === 'other') {
    // nationalities: the commonest spelling ("Russian" over "Russians")
    const freq = new Map<string, number>();
    for (const m of c.mentions) freq.set(m.name, (freq.get(m.name) ?? 0) + (m.weak ? 0.5 : 1));
    for (const m of c.mentions) if ((freq.get(m.name) ?? 0) > (freq.get(bestM.name) ?? 0)) bestM = m;
    return bestM;
  }
  const score = (m: Mention) =>
    (m.weak ? -100 : 0) + (isAllCaps(m.name) && !isAcronym(m.name) ? -50 : 0) + m.tokens.length * 10 + m.name.length / 100;
  for (const m of c.mentions) if (score(m) > score(bestM)) bestM = m;
  return bestM;
}

function toEntities(clusters: Cluster[], text: string): Entity[] {
  clusters.forEach((c) => c.mentions.sort((a, b) => a.start - b.start));
  clusters.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return clusters.map((c, idx) => {
    const canon = canonicalOf(c);
    const seen = new Set<string>([keyOf(canon.name)]);
    const aliases: string[] = [];
    // Prefer mixed-case spellings as aliases over headline capitals.
    const ordered = [...c.mentions].sort((a, b) => Number(isAllCaps(a.name)) - Number(isAllCaps(b.name)) || a.start - b.start);
    for (const m of ordered) {
      const k = keyOf(m.name);
      if (seen.has(k)) continue;
      seen.add(k);
      aliases.push(m.name);
    }
    const roles: string[] = [];
    if (c.type === 'person') {
      for (const m of c.mentions) {
        if (!m.role) continue;
        for (const r of m.role.split('; ')) if (r && !roles.includes(r)) roles.push(r);
      }
    }
    return {
      id: 'e' + (idx + 1),
      type: c.type,
      name: canon.name,
      aliases,
      roles,
      mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) })),
    };
  });
}
