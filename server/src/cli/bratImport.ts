// brat annotations → corrections: what a person's .ann says that the machine does not (or confirms, where
// the annotation's Origin is human) becomes records, so the article then shows the person's annotations.
import type { Analysis, Entity } from '../engine/types';
import { newRecord } from '../engine/corrections/records';
import type { CorrectionRecord, Decision, SpeakerRef, TargetKind } from '../engine/corrections/types';
import { LABEL_TYPES, utf16Index, type BratAnn, type BratText } from './brat';

interface Placed {
  t: BratText;
  start: number;
  end: number;
}

const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

export function bratToRecords(text: string, machine: Analysis, ann: BratAnn, by: string, at: string): { records: CorrectionRecord[]; problems: string[] } {
  const problems = ann.problems.map((p) => `line ${p.line}: ${p.message}`);
  const u16 = utf16Index(text);
  const placed = new Map<string, Placed>();
  for (const t of ann.texts.values()) {
    const cps = t.fragments.flat();
    if (cps.some((c) => c < 0 || c >= u16.length) || t.fragments.some(([s, e]) => e <= s)) {
      problems.push(`${t.id}: offsets ${t.fragments.map((f) => f.join(' ')).join(';')} are outside the text (${u16.length - 1} code points)`);
      continue;
    }
    const start = u16[t.fragments[0][0]];
    const end = u16[t.fragments[t.fragments.length - 1][1]];
    const got = t.fragments.map(([s, e]) => text.slice(u16[s], u16[e])).join(' ');
    if (got !== t.text) {
      problems.push(`${t.id}: its text "${t.text}" is not the text at its offsets ("${got}")`);
      continue;
    }
    placed.set(t.id, { t, start, end });
  }
  const attr = (id: string, name: string) => ann.attributes.find((a) => a.target === id && a.name === name)?.value;
  const human = (id: string) => attr(id, 'Origin') === 'human';
  const notes = (id: string) => ann.notes.filter((n) => n.target === id).map((n) => n.text);

  const out: { quotes: CorrectionRecord[]; typeAll: CorrectionRecord[]; removals: CorrectionRecord[]; marks: CorrectionRecord[]; moves: CorrectionRecord[]; dates: CorrectionRecord[] } = {
    quotes: [],
    typeAll: [],
    removals: [],
    marks: [],
    moves: [],
    dates: [],
  };
  const rec = (kind: TargetKind, s: { start: number; end: number }, decision: Decision, machineAnswer: CorrectionRecord['machine']) =>
    newRecord({ text, kind, start: s.start, end: s.end, decision, machine: machineAnswer, by, at });

  // Names and their clusters (Equiv), each cluster paired with at most one machine entity (its home).
  const mentions = [...placed.values()].filter((p) => p.t.label in LABEL_TYPES);
  const parent = new Map<string, string>(mentions.map((m) => [m.t.id, m.t.id]));
  const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x)!));
  for (const eq of ann.equivs) for (const id of eq.slice(1)) if (parent.has(id) && parent.has(eq[0])) parent.set(find(id), find(eq[0]));
  const clusters = new Map<string, Placed[]>();
  for (const m of mentions) {
    const root = find(m.t.id);
    clusters.set(root, [...(clusters.get(root) ?? []), m]);
  }
  const mEntityAt = new Map<string, Entity>();
  for (const e of machine.entities) for (const m of e.mentions) mEntityAt.set(key(m), e);
  const homes = new Map<string, Entity | null>();
  const taken = new Set<Entity>();
  for (const [root, members] of [...clusters].sort((a, b) => b[1].length - a[1].length)) {
    const counts = new Map<Entity, number>();
    for (const m of members) {
      const e = mEntityAt.get(key(m));
      if (e && !taken.has(e)) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    if (best) taken.add(best);
    homes.set(root, best);
  }
  const leaderName = (root: string) => homes.get(root)?.name ?? clusters.get(root)![0].t.text;

  const inBrat = new Set(mentions.map((m) => key(m)));
  for (const e of machine.entities)
    for (const m of e.mentions)
      if (!inBrat.has(key(m))) out.removals.push(rec('mention', m, { action: 'not-a-name', scope: 'mention' }, { type: e.type, name: e.name }));

  for (const [root, members] of clusters) {
    const type = LABEL_TYPES[members[0].t.label];
    const home = homes.get(root) ?? null;
    const name = leaderName(root);
    let homeType = home?.type;
    if (home && home.type !== type && home.mentions.every((m) => members.some((x) => key(x) === key(m)))) {
      const first = members.find((x) => mEntityAt.get(key(x)) === home)!;
      out.typeAll.push(rec('mention', first, { action: 'set-type', type, scope: 'article' }, { type: home.type, name: home.name }));
      homeType = type;
    }
    let splitDone = false;
    for (const m of members) {
      const e = mEntityAt.get(key(m));
      const t = LABEL_TYPES[m.t.label];
      const was = e ? { type: e.type, name: e.name } : null;
      if (!e) out.marks.push(rec('mention', m, { action: 'mark-entity', type: t, ...(members.length > 1 ? { name } : {}) }, null));
      else if (e === home && homeType === t) {
        if (human(m.t.id)) out.marks.push(rec('mention', m, { action: 'confirm', type: t, name }, was));
      } else if (e.type !== t || (e === home && homeType !== t)) out.marks.push(rec('mention', m, { action: 'mark-entity', type: t, name }, was));
      else if (home) out.moves.push(rec('mention', m, { action: 'same-as', name, scope: 'mention' }, was));
      else if (!splitDone && e.mentions.some((x) => !members.some((y) => key(y) === key(x)))) {
        out.marks.push(rec('mention', m, { action: 'not-same-as' }, was));
        splitDone = true;
      } else if (splitDone) out.moves.push(rec('mention', m, { action: 'same-as', name, scope: 'mention' }, was));
      else if (human(m.t.id)) out.marks.push(rec('mention', m, { action: 'confirm', type: t, name }, was));
    }
  }

  // Roles: notes "role: …" on a cluster's first mention, against the machine entity's roles.
  for (const [root, members] of clusters) {
    const first = members.reduce((a, b) => (b.start < a.start ? b : a));
    const roles = notes(first.t.id).filter((n) => n.startsWith('role: ')).map((n) => n.slice('role: '.length));
    const home = homes.get(root);
    const had = home?.roles ?? [];
    if (roles.length !== had.length || roles.some((r, i) => r !== had[i]))
      out.moves.push(rec('mention', first, { action: 'set-roles', roles }, home ? { type: home.type, name: home.name, roles: [...had] } : null));
  }

  // Quotes and their speakers.
  const clusterOf = (id: string) => (parent.has(id) ? find(id) : null);
  const mQuote = new Map(machine.quotes.map((q) => [key(q), q]));
  const bratQuotes = [...placed.values()].filter((p) => p.t.label === 'Quote');
  const bratQuoteKeys = new Set(bratQuotes.map((q) => key(q)));
  const nameOfEntity = (id: string | null) => (id ? machine.entities.find((e) => e.id === id)?.name : undefined);
  for (const q of machine.quotes)
    if (!bratQuoteKeys.has(key(q))) out.quotes.push(rec('quote', q, { action: 'not-a-quote' }, { kind: q.kind, speaker: q.speaker ? (nameOfEntity(q.speaker.entity) ?? q.speaker.text) : null }));
  for (const q of bratQuotes) {
    const said = ann.relations.find((r) => r.label === 'Said' && r.arg1 === q.t.id && placed.has(r.arg2));
    let speaker: SpeakerRef | null = null;
    let cluster: string | null = null;
    if (said) {
      const x = placed.get(said.arg2)!;
      cluster = clusterOf(x.t.id);
      if (!cluster && x.t.label === 'Speaker') {
        const refers = ann.relations.find((r) => r.label === 'Refers' && r.arg1 === x.t.id);
        if (refers) cluster = clusterOf(refers.arg2);
      }
      speaker = { name: cluster ? leaderName(cluster) : x.t.text, words: { start: x.start, end: x.end, exact: text.slice(x.start, x.end) } };
    } else {
      const note = notes(q.t.id).find((n) => n.startsWith('speaker: '));
      if (note) speaker = { name: note.slice('speaker: '.length) };
    }
    const kindAttr = attr(q.t.id, 'Kind');
    const m = mQuote.get(key(q));
    const kind = kindAttr === 'direct' || kindAttr === 'partial' || kindAttr === 'scare' ? kindAttr : (m?.kind ?? 'direct');
    const machineAnswer = m ? { kind: m.kind, speaker: m.speaker ? (nameOfEntity(m.speaker.entity) ?? m.speaker.text) : null } : null;
    if (!m) {
      out.quotes.push(rec('quote', q, { action: 'mark-quote', kind, speaker }, null));
      continue;
    }
    const ms = m.speaker;
    let same: boolean;
    if (!speaker || !ms) same = !speaker && !ms;
    else if (!speaker.words) same = ms.end === ms.start && ms.text === speaker.name;
    else {
      const home = cluster ? homes.get(cluster) : null;
      same = key(speaker.words) === key(ms) && (cluster ? !!home && home.id === ms.entity : ms.entity === null || !machine.entities.some((e) => e.id === ms.entity));
    }
    let changed = false;
    if (kind !== m.kind) {
      out.quotes.push(rec('quote', q, { action: 'set-kind', kind }, machineAnswer));
      changed = true;
    }
    if (!same) {
      out.quotes.push(rec('quote', q, speaker ? { action: 'set-speaker', speaker } : { action: 'unattributed' }, machineAnswer));
      changed = true;
    }
    if (!changed && human(q.t.id)) out.quotes.push(rec('quote', q, { action: 'confirm', kind, speaker }, machineAnswer));
  }

  // Dates and their values (the first note that is not a speaker note).
  const mDate = new Map(machine.dates.map((d) => [key(d), d]));
  const bratDates = [...placed.values()].filter((p) => p.t.label === 'Date');
  const bratDateKeys = new Set(bratDates.map((d) => key(d)));
  for (const d of machine.dates) if (!bratDateKeys.has(key(d))) out.dates.push(rec('date', d, { action: 'not-a-date' }, { type: d.type, value: d.value }));
  for (const d of bratDates) {
    const value = notes(d.t.id)[0]?.trim() || null;
    const typeAttr = attr(d.t.id, 'DateType');
    const m = mDate.get(key(d));
    const type = typeAttr === 'date' || typeAttr === 'time' || typeAttr === 'duration' || typeAttr === 'set' ? typeAttr : (m?.type ?? 'date');
    const was = m ? { type: m.type, value: m.value } : null;
    if (!m || m.type !== type) out.dates.push(rec('date', d, { action: 'mark-date', type, value }, was));
    else if (m.value !== value) out.dates.push(rec('date', d, { action: 'set-value', value }, was));
    else if (human(d.t.id)) out.dates.push(rec('date', d, { action: 'confirm', type, value }, was));
  }

  // Names before quotes (a speaker may name an entity a record creates); moves after the entities exist.
  return { records: [...out.typeAll, ...out.removals, ...out.marks, ...out.moves, ...out.quotes, ...out.dates], problems };
}

