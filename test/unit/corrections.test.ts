// Corrections in the engine: the file format, re-anchoring, and analyze() honouring decisions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import {
  applyCorrections,
  confirmRecords,
  newRecord,
  parseCorrections,
  parseNames,
  reanchor,
  serializeCorrections,
  shiftThroughEdits,
  timemlValueError,
  type CorrectionRecord,
  type Decision,
  type ReanchorStats,
  type TargetKind,
} from '../../server/src/engine/corrections/index';

const TEXT = [
  'Port talks collapse',
  '',
  'ROTTERDAM - Union leader Tom Keller said on Tuesday that talks with the Port Authority had collapsed.',
  '',
  '"We have been at the table for eleven months," Keller said. Harbour master Anna de Vries disagreed.',
  '',
  '"Nobody walked away," she said on Wednesday.',
].join('\n');
const OPTS = { published: '2025-03-04' };

function rec(text: string, kind: TargetKind, exact: string, decision: Decision, nth = 0): CorrectionRecord {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(exact, at + 1);
  assert.ok(at >= 0, `${exact} in text`);
  return newRecord({ text, kind, start: at, end: at + exact.length, decision, machine: null, by: 'Ana Ruiz', at: '2026-12-05T08:00:00.000Z' });
}

const QUOTE2 = '"Nobody walked away,"';

test('machine output: every quote, speaker, entity and date has origin "machine"', () => {
  const a = analyze(TEXT, OPTS);
  assert.ok(a.quotes.length >= 2 && a.entities.length >= 3 && a.dates.length >= 2);
  for (const q of a.quotes) {
    assert.equal(q.origin, 'machine');
    if (q.speaker) assert.equal(q.speaker.origin, 'machine');
  }
  for (const e of a.entities) assert.equal(e.origin, 'machine');
  for (const d of a.dates) assert.equal(d.origin, 'machine');
  assert.equal(a.corrections, undefined);
});

test('set-speaker: the corrected speaker, linked to the entity, with origin human and who decided', () => {
  const machine = analyze(TEXT, OPTS);
  assert.equal(machine.quotes.find((q) => q.text === QUOTE2)?.speaker?.text, 'she');
  const r = rec(TEXT, 'quote', QUOTE2, { action: 'set-speaker', speaker: { name: 'Tom Keller' } });
  const a = analyze(TEXT, { ...OPTS, corrections: { records: [r] } });
  const q = a.quotes.find((x) => x.text === QUOTE2)!;
  const keller = a.entities.find((e) => e.name === 'Tom Keller')!;
  assert.equal(q.speaker?.entity, keller.id);
  assert.equal(q.speaker?.text, 'Keller'); // nearest mention before the quote
  assert.equal(q.origin, 'human');
  assert.equal(q.speaker?.origin, 'human');
  assert.deepEqual(q.speaker?.correction, { id: r.id, action: 'set-speaker', by: 'Ana Ruiz', at: '2026-12-05T08:00:00.000Z' });
  const other = a.quotes.find((x) => x.text !== QUOTE2)!;
  assert.equal(other.origin, 'machine');
  assert.deepEqual(a.corrections?.unplaced, []);
});

test('set-speaker with free text not in the article: anonymous, empty span at the quote', () => {
  const r = rec(TEXT, 'quote', QUOTE2, { action: 'set-speaker', speaker: { name: 'a port official' } });
  const q = analyze(TEXT, { ...OPTS, corrections: { records: [r] } }).quotes.find((x) => x.text === QUOTE2)!;
  assert.deepEqual({ ...q.speaker, correction: undefined, origin: undefined }, { start: q.start, end: q.start, text: 'a port official', entity: null, anonymous: true, correction: undefined, origin: undefined });
});

test('unattributed, not-a-quote, set-kind and mark-quote (speaker found by the rules)', () => {
  const text = TEXT + '\n\nThe union called the offer "insulting" and Keller said "talks are over for now."';
  const machine = analyze(text, OPTS);
  const last = machine.quotes[machine.quotes.length - 1];
  assert.equal(last.text, '"talks are over for now."');
  const records = [
    rec(text, 'quote', '"We have been', { action: 'unattributed' }),
    rec(text, 'quote', last.text, { action: 'not-a-quote' }),
  ];
  // The first record's target must be the whole quote.
  const q1 = machine.quotes[0];
  records[0] = newRecord({ text, kind: 'quote', start: q1.start, end: q1.end, decision: { action: 'unattributed' }, machine: null, by: 'x' });
  const a = analyze(text, { ...OPTS, corrections: { records } });
  assert.equal(a.quotes[0].speaker, null);
  assert.equal(a.quotes[0].origin, 'human');
  assert.ok(!a.quotes.some((q) => q.text === last.text), 'not-a-quote removes it');

  // A span the machine did not see as a quote: marked, its speaker found by the rules.
  const plain = 'ROTTERDAM - Union leader Tom Keller said talks are over for now, at least until spring.';
  assert.equal(analyze(plain, OPTS).quotes.length, 0);
  const mark = rec(plain, 'quote', 'talks are over for now', { action: 'mark-quote', kind: 'partial' });
  const b = analyze(plain, { ...OPTS, corrections: { records: [mark] } });
  assert.equal(b.quotes.length, 1);
  assert.equal(b.quotes[0].kind, 'partial');
  assert.equal(b.quotes[0].origin, 'human');
  assert.equal(b.quotes[0].speaker?.text, 'Tom Keller');
  assert.equal(b.quotes[0].speaker?.origin, 'machine', 'the rules found this speaker');

  const kind = newRecord({ text: TEXT, kind: 'quote', start: q1.start, end: q1.end, decision: { action: 'set-kind', kind: 'scare' }, machine: null, by: 'x' });
  assert.equal(analyze(TEXT, { ...OPTS, corrections: { records: [kind] } }).quotes[0].kind, 'scare');
});

test('names: set-type (article and mention), not-a-name, same-as, not-same-as, set-roles, mark-entity, workspace names', () => {
  const machine = analyze(TEXT, OPTS);
  const port = machine.entities.find((e) => e.name === 'Port Authority')!;
  assert.equal(port.type, 'organization');
  const typed = analyze(TEXT, { ...OPTS, corrections: { records: [rec(TEXT, 'mention', 'Port Authority', { action: 'set-type', type: 'place', scope: 'article' })] } });
  const typedPort = typed.entities.find((e) => e.name === 'Port Authority')!;
  assert.equal(typedPort.type, 'place');
  assert.equal(typedPort.origin, 'human');

  const gone = analyze(TEXT, { ...OPTS, corrections: { records: [rec(TEXT, 'mention', 'Port Authority', { action: 'not-a-name', scope: 'article' })] } });
  assert.ok(!gone.entities.some((e) => e.name === 'Port Authority'));

  // "she" is no name; make Anna de Vries the same as Tom Keller (a wrong merge, but a person's decision).
  const merged = analyze(TEXT, { ...OPTS, corrections: { records: [rec(TEXT, 'mention', 'Anna de Vries', { action: 'same-as', name: 'Keller' })] } });
  const keller = merged.entities.find((e) => e.name === 'Tom Keller')!;
  assert.ok(keller.mentions.some((m) => m.text === 'Anna de Vries'));
  assert.ok(keller.aliases.includes('Anna de Vries'));
  assert.ok(!merged.entities.some((e) => e.name === 'Anna de Vries'));
  assert.equal(keller.origin, 'human');

  const split = analyze(TEXT, { ...OPTS, corrections: { records: [rec(TEXT, 'mention', 'Keller', { action: 'not-same-as' }, 1)] } });
  const tom = split.entities.find((e) => e.name === 'Tom Keller')!;
  assert.equal(tom.mentions.length, 1);
  assert.ok(split.entities.some((e) => e.name === 'Keller' && e.origin === 'human'));

  const roles = analyze(TEXT, { ...OPTS, corrections: { records: [rec(TEXT, 'mention', 'Tom Keller', { action: 'set-roles', roles: ['union leader'] })] } });
  assert.deepEqual(roles.entities.find((e) => e.name === 'Tom Keller')!.roles, ['union leader']);

  const marked = analyze(TEXT, { ...OPTS, corrections: { records: [rec(TEXT, 'mention', 'Harbour master', { action: 'mark-entity', type: 'organization' })] } });
  const hm = marked.entities.find((e) => e.name === 'Harbour master')!;
  assert.equal(hm.type, 'organization');
  assert.equal(hm.origin, 'human');

  const names = [{ name: 'Rotterdam', type: null, by: 'Ana', at: '2026-12-05T08:00:00.000Z' }, { name: 'Port Authority', type: 'place' as const, by: 'Ana', at: '2026-12-05T08:00:00.000Z' }];
  const ws = analyze(TEXT, { ...OPTS, corrections: { records: [], names } });
  assert.ok(!ws.entities.some((e) => e.name === 'Rotterdam'));
  assert.equal(ws.entities.find((e) => e.name === 'Port Authority')!.type, 'place');
  // A decision in the article file wins over the workspace list.
  const both = analyze(TEXT, { ...OPTS, corrections: { records: [rec(TEXT, 'mention', 'Port Authority', { action: 'set-type', type: 'organization', scope: 'article' })], names } });
  assert.equal(both.entities.find((e) => e.name === 'Port Authority')!.type, 'organization');
});

test('dates: set-value, not-a-date, mark-date; TimeML values checked', () => {
  const records = [
    rec(TEXT, 'date', 'Tuesday', { action: 'set-value', value: '2025-02-25' }),
    rec(TEXT, 'date', 'Wednesday', { action: 'not-a-date' }),
    rec(TEXT, 'date', 'Port talks', { action: 'mark-date', type: 'date', value: 'XXXX' }),
  ];
  const a = analyze(TEXT, { ...OPTS, corrections: { records } });
  const tue = a.dates.find((d) => d.text === 'Tuesday')!;
  assert.equal(tue.value, '2025-02-25');
  assert.equal(tue.origin, 'human');
  assert.equal(tue.relative, undefined);
  assert.ok(!a.dates.some((d) => d.text === 'Wednesday'));
  assert.equal(a.dates[0].text, 'Port talks');
  assert.equal(a.dates.find((d) => d.text === 'eleven months')!.origin, 'machine');
  for (const ok of ['2013-09-12', '2013-09', '2013', '2013-W38', '2013-W38-WE', '2013-Q3', '2013-SU', '201X', '2013-09-12T14:00', '2013-09-12TEV', 'T09:30', 'P3D', 'PT2H', 'P1Y6M', 'PXD', 'PRESENT_REF'])
    assert.equal(timemlValueError(ok), null, ok);
  for (const bad of ['', 'yesterday', '2013-13', '13-09-2013', 'P', 'PT', '2013-09-12 14:00']) assert.ok(timemlValueError(bad), bad);
});

test('confirm: a reviewed article stays as reviewed even when the rules would now say otherwise', () => {
  const a = analyze(TEXT, OPTS);
  const confirms = confirmRecords(a, TEXT, 'Ana Ruiz');
  assert.equal(confirms.length, a.quotes.length + a.entities.reduce((n, e) => n + e.mentions.length, 0) + a.dates.length);
  const c = analyze(TEXT, { ...OPTS, corrections: { records: confirms } });
  for (const q of c.quotes) assert.equal(q.origin, 'human');
  for (const e of c.entities) assert.equal(e.origin, 'human');
  for (const d of c.dates) assert.equal(d.origin, 'human');
  const strip = (x: object) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'origin' || k === 'correction' || k === 'corrections' || k === 'method' ? undefined : v)));
  assert.deepEqual(strip(c.quotes), strip(a.quotes));
  assert.deepEqual(strip(c.dates), strip(a.dates));
  // A "later engine" that lost a quote and a date: the confirmed ones come back from the records.
  const later = { ...a, quotes: a.quotes.slice(1), dates: a.dates.slice(1) };
  const back = applyCorrections(later, TEXT, confirms).analysis;
  assert.equal(back.quotes.length, a.quotes.length);
  assert.equal(back.quotes[0].speaker?.text, a.quotes[0].speaker?.text);
  assert.equal(back.dates[0].value, a.dates[0].value);
});

// ---------------------------------------------------------------------------------------------

test('file: serialize → parse gives the same records; a few lines per record', () => {
  const records = [rec(TEXT, 'quote', QUOTE2, { action: 'set-speaker', speaker: { name: 'Tom Keller' } }), rec(TEXT, 'date', 'Tuesday', { action: 'set-value', value: '2025-02-25' })];
  const json = serializeCorrections({ version: 1, records });
  const parsed = parseCorrections(json);
  assert.ok('file' in parsed, JSON.stringify(parsed));
  assert.deepEqual(parsed.file.records, records);
  assert.equal(serializeCorrections(parsed.file), json);
  assert.ok(json.split("\n").length <= 6 + records.length * 8);
});

test('file: clear errors with the line for bad JSON, schema failures, newer versions, bad spans', () => {
  const good = serializeCorrections({ version: 1, records: [rec(TEXT, 'quote', QUOTE2, { action: 'unattributed' })] });
  const lines = good.split('\n');
  // A missing comma on line 5.
  const broken = lines.map((l, i) => (i === 4 ? l.replace(/,$/, '') : l)).join('\n');
  const e1 = parseCorrections(broken);
  assert.ok('error' in e1);
  assert.match(e1.error.message, /not valid JSON/);
  assert.equal(e1.error.line, 6);
  const cut = parseCorrections(good.slice(0, 60));
  assert.ok('error' in cut && /not valid JSON/.test(cut.error.message) && cut.error.line! >= 3, JSON.stringify(cut));

  const unknownAction = good.replace('"unattributed"', '"make-it-up"');
  const e2 = parseCorrections(unknownAction);
  assert.ok('error' in e2);
  assert.match(e2.error.message, /schema.*decision/);
  assert.equal(e2.error.line, lines.findIndex((l) => l.includes('"decision"')) + 1);

  const e3 = parseCorrections(good.replace('"version": 1', '"version": 2').replace('"unattributed"', '"something-new"'));
  assert.ok('error' in e3);
  assert.match(e3.error.message, /newer version of News Lens \(file version 2; this version reads 1\)/);
  assert.equal(e3.error.line, 2);

  const e4 = parseCorrections('');
  assert.ok('error' in e4 && /empty/.test(e4.error.message));
  const e5 = parseCorrections('[1, 2]');
  assert.ok('error' in e5 && /JSON object/.test(e5.error.message));
  const e6 = parseCorrections(good.replace(/"end":(\d+)/, (_m, n) => `"end":${Number(n) + 3}`));
  assert.ok('error' in e6 && /selector\.exact has/.test(e6.error.message), JSON.stringify(e6));
  const names = parseNames('{"version": 1, "names": [{"name": "X", "type": "planet", "by": "a", "at": "2026-12-05T08:00:00Z"}]}');
  assert.ok('error' in names && /must be one of/.test(names.error.message));
});

// ---------------------------------------------------------------------------------------------

test('reanchor: unchanged, moved (exact text), repeated text (context), diff, fuzzy, and gone', () => {
  const records = [
    rec(TEXT, 'quote', QUOTE2, { action: 'unattributed' }),
    rec(TEXT, 'mention', 'Keller', { action: 'not-same-as' }, 1),
    rec(TEXT, 'mention', 'Anna de Vries', { action: 'set-type', type: 'place', scope: 'mention' }),
  ];
  const stats: ReanchorStats = { steps: [0, 0, 0, 0] };
  assert.deepEqual(reanchor(records, TEXT, undefined, stats).records, records);
  assert.deepEqual(stats.steps, [3, 0, 0, 0]);

  const para = 'A new paragraph written above everything, mentioning Keller once.\n\n';
  const moved = para + TEXT;
  const s1: ReanchorStats = { steps: [0, 0, 0, 0] };
  const r1 = reanchor(records, moved, undefined, s1);
  assert.equal(r1.unplaced.length, 0);
  for (const [i, r] of r1.records.entries()) {
    assert.equal(moved.slice(r.target.start, r.target.end), records[i].target.selector.exact);
    assert.equal(r.target.start, records[i].target.start + para.length, r.target.selector.exact);
  }
  assert.equal(s1.steps[1], 3);

  // The quote reworded a little: fuzzy.
  const edited = moved.replace('Nobody walked away', 'Nobody has walked away');
  const s3: ReanchorStats = { steps: [0, 0, 0, 0] };
  const r3 = reanchor(records, edited, undefined, s3);
  assert.equal(r3.unplaced.length, 0);
  assert.equal(edited.slice(r3.records[0].target.start, r3.records[0].target.end), '"Nobody has walked away,"');
  assert.equal(r3.records[0].target.selector.exact, '"Nobody has walked away,"');
  assert.equal(s3.steps[3], 1);

  // With the old text known, a repeated name whose context also changed is mapped by the diff.
  const renamed = TEXT.replace('"We have been at the table for eleven months," Keller said.', '"We sat at that table for a year," Keller said, and Keller left.');
  const s2: ReanchorStats = { steps: [0, 0, 0, 0] };
  const r2 = reanchor([records[1]], renamed, TEXT, s2);
  assert.equal(r2.unplaced.length, 0);
  const at = r2.records[0].target.start;
  assert.equal(renamed.slice(at, at + 6), 'Keller');
  assert.equal(renamed.slice(at - 35, at), '"We sat at that table for a year," ');
  assert.equal(s2.steps[2], 1);

  // Gone: never dropped silently.
  const gone = TEXT.replace(QUOTE2, 'Nothing was said');
  const r4 = reanchor(records, gone.slice(0, 30));
  assert.equal(r4.unplaced.length, 3);
  assert.match(r4.unplaced[0].reason, /could not be placed: “"Nobody walked away,"” is no longer in the article \(its span \d+–\d+ is past the end of the text, 30 characters\)/);
});

test('shiftThroughEdits: edits above move, inside resize, deleting the text unplaces', () => {
  const r = rec(TEXT, 'quote', QUOTE2, { action: 'set-speaker', speaker: { name: 'Tom Keller', words: { start: TEXT.indexOf('Tom Keller'), end: TEXT.indexOf('Tom Keller') + 10, exact: 'Tom Keller' } } });
  const start = r.target.start;
  // Type a paragraph above the quote (two edits, as an editor sends them).
  let text = TEXT;
  const e1 = { start: 0, end: 0, text: 'Breaking: ' };
  text = e1.text + text;
  const e2 = { start: start + 10, end: start + 10, text: 'A new paragraph.\n\n' };
  text = text.slice(0, e2.start) + e2.text + text.slice(e2.end);
  const moved = shiftThroughEdits([r], [e1, e2], text);
  assert.equal(moved.unplaced.length, 0);
  const t = moved.records[0].target;
  assert.equal(text.slice(t.start, t.end), QUOTE2);
  assert.equal(t.selector.prefix.endsWith('A new paragraph.\n\n'), true);
  const words = (moved.records[0].decision as { speaker: { words: { start: number; end: number } } }).speaker.words;
  assert.equal(text.slice(words.start, words.end), 'Tom Keller');

  // Typing inside the quote grows it.
  const inside = { start: t.start + 8, end: t.start + 8, text: 'really ' };
  const text2 = text.slice(0, inside.start) + inside.text + text.slice(inside.end);
  const grown = shiftThroughEdits(moved.records, [inside], text2).records[0].target;
  assert.equal(text2.slice(grown.start, grown.end), '"Nobody really walked away,"');

  // Deleting the quote and more around it.
  const del = { start: t.start - 3, end: t.end + 3, text: '' };
  const text3 = text.slice(0, del.start) + text.slice(del.end);
  const lost = shiftThroughEdits(moved.records, [del], text3);
  assert.equal(lost.records.length, 0);
  assert.match(lost.unplaced[0].reason, /was deleted/);

  // Deleting the start of it keeps the rest.
  const head = { start: t.start - 2, end: t.start + 8, text: '' };
  const text4 = text.slice(0, head.start) + text.slice(head.end);
  const rest = shiftThroughEdits(moved.records, [head], text4).records[0].target;
  assert.equal(text4.slice(rest.start, rest.end), 'walked away,"');
});

test('reanchor: a short name whose paragraph was deleted is unplaced, not moved onto another mention', () => {
  const text = 'Union leader Tom Keller walked out.\n\nThe port was quiet.\n\nLater, Keller returned to the table with a new offer.';
  const second = rec(text, 'mention', 'Keller', { action: 'set-type', type: 'organization', scope: 'mention' }, 1);
  const first = rec(text, 'mention', 'Tom Keller', { action: 'set-roles', roles: ['union leader'] });
  const cut = text.slice(0, text.lastIndexOf('\n\nLater'));
  for (const old of [undefined, text]) {
    const r = reanchor([first, second], cut, old);
    assert.deepEqual(r.records.map((x) => x.id), [first.id], String(old !== undefined));
    assert.equal(r.unplaced[0].record.id, second.id);
  }
  // The same name moved with its context (a paragraph inserted before it) is still found.
  const moved = text.replace('The port was quiet.', 'The port was quiet. Keller said nothing.');
  const r = reanchor([second], moved);
  assert.equal(moved.slice(r.records[0].target.start - 7, r.records[0].target.end), 'Later, Keller');
});
