// Scorers, baseline glue and options of the accuracy instrument, on inline data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dateMetrics,
  nerPrf,
  newDateCounts,
  newNerCounts,
  newQuoteCounts,
  prf,
  scoreDates,
  scoreNer,
  scoreQuotes,
  namePrf,
  newNameCounts,
  sameValue,
  scoreNames,
  canonicalValue,
} from '../../scripts/eval/score';
import { groupErrors, contextOf } from '../../scripts/eval/report';
import { baseline, trimSpan } from '../../scripts/eval/baseline';
import { parseArgs } from '../../scripts/eval/args';
import type { GoldDoc } from '../../scripts/eval/types';

test('prf handles empty sides', () => {
  assert.deepEqual(prf(0, 0, 0, 0), { p: 0, r: 0, f: 0 });
  const m = prf(1, 2, 1, 4);
  assert.equal(m.p, 0.5);
  assert.equal(m.r, 0.25);
  assert.ok(Math.abs(m.f - 1 / 3) < 1e-9);
});

const QTEXT = 'Kerry said "we go." Lavrov added "no" and "maybe." A "scare" word.';
//             0         1         2         3         4         5         6
//             0123456789012345678901234567890123456789012345678901234567890123456
const qdoc: GoldDoc = {
  id: 'q',
  text: QTEXT,
  published: null,
  quotes: [
    { start: 11, end: 19, parts: [{ start: 11, end: 19 }], text: '"we go."', source: [{ start: 0, end: 5 }], sourceText: 'Kerry' },
    {
      start: 33,
      end: 49,
      parts: [
        { start: 33, end: 37 },
        { start: 42, end: 49 },
      ],
      text: '"no" "maybe."',
      source: [{ start: 20, end: 26 }],
      sourceText: 'Lavrov',
    },
  ],
};

test('quotes: overlap detection, speaker accuracy and error causes', () => {
  const c = newQuoteCounts();
  const errors = scoreQuotes(
    qdoc,
    [
      { start: 11, end: 19, kind: 'direct', speaker: { start: 0, end: 5, text: 'Kerry' } },
      { start: 38, end: 41, kind: 'partial', speaker: null }, // between the two parts: no overlap
      { start: 42, end: 49, kind: 'partial', speaker: { start: 0, end: 5, text: 'Kerry' } },
      { start: 53, end: 60, kind: 'scare', speaker: null }, // scare quotes are not scored
    ],
    c,
  );
  assert.deepEqual(c, { gold: 2, foundGold: 2, pred: 3, correctPred: 2, withSource: 2, rightSpeaker: 1 });
  assert.deepEqual(errors.map((e) => e.cause).sort(), ['false-quote', 'wrong-speaker']);
  const missed = scoreQuotes(qdoc, [{ start: 11, end: 19, kind: 'scare', speaker: null }], newQuoteCounts());
  assert.deepEqual(missed.map((e) => e.cause).sort(), ['missed-quote', 'scare-not-quote']);
});

const NTEXT = 'John Smith met Acme Corp officials in Paris and Berlin, a German said.';
//             0         1         2         3         4         5         6
//             0123456789012345678901234567890123456789012345678901234567890123456789
const ndoc: GoldDoc = {
  id: 'n',
  text: NTEXT,
  published: null,
  entities: [
    { start: 0, end: 10, type: 'PER', text: 'John Smith' },
    { start: 15, end: 24, type: 'ORG', text: 'Acme Corp' },
    { start: 38, end: 43, type: 'LOC', text: 'Paris' },
    { start: 48, end: 54, type: 'LOC', text: 'Berlin' },
    { start: 58, end: 64, type: 'MISC', text: 'German' },
  ],
};

test('NER: exact span and type, MISC and OTHER ignored, causes', () => {
  const preds = [
    { start: 0, end: 10, type: 'PER' as const }, // right
    { start: 0, end: 10, type: 'PER' as const }, // duplicate span: counted once
    { start: 15, end: 19, type: 'ORG' as const }, // boundary
    { start: 38, end: 43, type: 'ORG' as const }, // wrong type
    { start: 58, end: 64, type: 'LOC' as const }, // exactly a MISC span: ignored
    { start: 66, end: 70, type: 'OTHER' as const }, // ignored
    { start: 25, end: 34, type: 'PER' as const }, // spurious
  ];
  const c = newNerCounts();
  const errors = scoreNer(ndoc, preds, c);
  assert.deepEqual(c, { PER: { tp: 1, fp: 1, fn: 0 }, ORG: { tp: 0, fp: 2, fn: 1 }, LOC: { tp: 0, fp: 0, fn: 2 } });
  assert.deepEqual(errors.map((e) => e.cause).sort(), ['boundary ORG', 'missed LOC', 'spurious PER', 'wrong-type LOC as ORG']);
  const inside = scoreNer(ndoc, [{ start: 58, end: 62, type: 'LOC' }], newNerCounts());
  assert.deepEqual(inside.filter((e) => e.ours).map((e) => e.cause), ['inside-misc']);
  assert.equal(nerPrf(c, 'PER').p, 0.5);
  const all = nerPrf(c);
  assert.equal(all.p, 1 / 4);
  assert.equal(all.r, 1 / 4);
  // Relaxed matching accepts the boundary error.
  const r = newNerCounts();
  scoreNer(ndoc, preds, r, true);
  assert.equal(r.ORG.tp, 1);
});

const DTEXT = 'On Friday, March 3, they met for two weeks. Later that day it ended.';
//             0         1         2         3         4         5         6
//             01234567890123456789012345678901234567890123456789012345678901234567
const ddoc: GoldDoc = {
  id: 'd',
  text: DTEXT,
  published: '2000-03-01',
  timexes: [
    { start: 3, end: 18, text: 'Friday, March 3', type: 'DATE', value: '2000-03-03' },
    { start: 31, end: 42, text: 'two weeks', type: 'DURATION', value: 'P2W' },
    { start: 50, end: 58, text: 'that day', type: 'DATE', value: '2000-03-03' },
  ],
  ignore: [{ start: 0, end: 2 }],
};

test('dates: relaxed, strict, value accuracy and value F1', () => {
  const c = newDateCounts();
  const errors = scoreDates(
    ddoc,
    [
      { start: 3, end: 18, value: '2000-03-03' }, // exact, right value
      { start: 35, end: 42, value: 'P3W' }, // overlap, wrong value
      { start: 59, end: 61, value: null }, // spurious
      { start: 0, end: 2, value: 'X' }, // in an ignored span
    ],
    c,
  );
  assert.deepEqual(c, { gold: 3, pred: 3, relaxedGold: 2, relaxedPred: 2, strict: 1, rightValue: 1, valued: 2 });
  const m = dateMetrics(c);
  assert.ok(Math.abs(m.relaxed.f - 2 / 3) < 1e-9);
  assert.ok(Math.abs(m.strict.f - 1 / 3) < 1e-9);
  assert.equal(m.valueAcc, 0.5);
  assert.ok(Math.abs(m.valueF1 - 1 / 3) < 1e-9);
  assert.deepEqual(errors.map((e) => e.cause).sort(), ['missed DATE', 'spurious', 'wrong-value DURATION']);
});

test('errors are grouped by cause, largest group first', () => {
  const e = (cause: string) => ({ cause, doc: 'd', at: { start: 0, end: 1 }, gold: null, ours: null });
  const groups = groupErrors([e('a'), e('b'), e('b'), e('c'), e('b'), e('c')]);
  assert.deepEqual(groups.map(([cause, l]) => [cause, l.length]), [['b', 3], ['c', 2], ['a', 1]]);
});

test('error context is the sentence around the span', () => {
  assert.equal(contextOf(DTEXT, { start: 50, end: 58 }), 'Later ⟦that day⟧ it ended.');
});

test('baseline: trimmed compromise spans and chrono dates without the preposition', () => {
  assert.deepEqual(trimSpan('He met "Acme Corp." today', { start: 7, end: 19 }), { start: 8, end: 18 });
  assert.deepEqual(trimSpan('to Geneva. Then', { start: 3, end: 10 }), { start: 3, end: 9 });
  assert.deepEqual(trimSpan("surplus to England's needs", { start: 11, end: 20 }), { start: 11, end: 18 });
  const doc: GoldDoc = { id: 'b', text: 'They met on Friday, March 3, 2000 and again in May.', published: '2000-02-28' };
  const dates = baseline(doc, 'dates').dates!;
  assert.equal(doc.text.slice(dates[0].start, dates[0].end), 'Friday, March 3, 2000');
  assert.equal(dates[0].value, '2000-03-03');
  const may = dates.find((d) => doc.text.slice(d.start, d.end) === 'May');
  assert.equal(may?.value, '2000-05');
  const t: GoldDoc = { id: 't', text: 'It exploded at 10:35 a.m. on Friday.', published: '1998-08-08' };
  assert.equal(baseline(t, 'dates').dates![0].value, '1998-08-07T10:35');
});

test('eval options', () => {
  assert.deepEqual(parseArgs([]), { task: 'all', split: 'dev', errors: false, baselineErrors: false, limit: Infinity, baseline: true, json: null, help: false, corpora: [] });
  const o = parseArgs(['--task', 'ner', '--split=train', '--errors', '--limit', '5', '--no-baseline', '--json', 'out.json']);
  assert.deepEqual(o, { task: 'ner', split: 'train', errors: true, baselineErrors: false, limit: 5, baseline: false, json: 'out.json', help: false, corpora: [] });
  assert.deepEqual(parseArgs(['--corpus', 'gum,conll']).corpora, ['gum', 'conll']);
  assert.throws(() => parseArgs(['--corpus', 'reuters']));
  assert.throws(() => parseArgs(['--task', 'nope']));
  assert.throws(() => parseArgs(['--limit', '0']));
  assert.throws(() => parseArgs(['--tasks', 'ner']));
});

test('GUM names: head match by type; PER/ORG/LOC on an OTHER name is a false alarm, OTHER is not scored overall', () => {
  const text = 'Ana Ruiz flew to Lyon for Expo 2019.';
  const doc: GoldDoc = {
    id: 'g',
    text,
    published: null,
    names: [
      { start: 0, end: 8, type: 'PER', etype: 'person', parts: [{ start: 0, end: 3 }, { start: 4, end: 8 }], text: 'Ana Ruiz' },
      { start: 17, end: 21, type: 'LOC', etype: 'place', parts: [{ start: 17, end: 21 }], text: 'Lyon' },
      { start: 26, end: 35, type: 'OTHER', etype: 'event', parts: [{ start: 26, end: 30 }], text: 'Expo 2019' },
    ],
  };
  const c = newNameCounts();
  const errors = scoreNames(
    doc,
    [
      { start: 4, end: 8, type: 'PER' }, // one proper noun of the name is enough
      { start: 17, end: 21, type: 'ORG' }, // wrong type
      { start: 26, end: 30, type: 'ORG' }, // an event typed as an organization
    ],
    c,
  );
  assert.deepEqual(c.PER, { gold: 1, found: 1, pred: 1, right: 1 });
  assert.deepEqual(c.ORG, { gold: 0, found: 0, pred: 2, right: 0 });
  const m = namePrf(c);
  assert.ok(Math.abs(m.p - 1 / 3) < 1e-9);
  assert.equal(m.r, 0.5);
  assert.deepEqual(errors.map((e) => e.cause).sort(), ['wrong-type LOC as ORG', 'wrong-type OTHER as ORG']);
  const withOther = newNameCounts();
  scoreNames(doc, [{ start: 26, end: 35, type: 'OTHER' }], withOther);
  assert.deepEqual(withOther.OTHER, { gold: 1, found: 1, pred: 1, right: 1 });
  assert.equal(namePrf(withOther).p, 0); // no PER/ORG/LOC prediction: nothing to be right or wrong
});

test('GUM partial date values match full ones', () => {
  assert.ok(sameValue('2015-09', '--09'));
  assert.ok(sameValue('2015-09-01', '--09-01'));
  assert.ok(!sameValue('2015-10', '--09'));
  assert.ok(sameValue('2015-09-01T12:30', '12:30:00'));
});

test('date values are compared in one spelling, not one granularity', () => {
  assert.equal(canonicalValue('2031-w4'), '2031-W04');
  assert.equal(canonicalValue('2031-W4-WE'), '2031-W04-WE');
  assert.equal(canonicalValue('2031-W14'), '2031-W14');
  assert.equal(canonicalValue('P3.5Y'), 'P3Y6M');
  assert.equal(canonicalValue('P0.25Y'), 'P3M');
  assert.equal(canonicalValue('P4.0Y'), 'P4Y');
  assert.equal(canonicalValue('P1.1Y'), 'P1.1Y'); // not a whole number of months
  assert.ok(sameValue('2031-W04', '2031-W4'));
  assert.ok(sameValue('P3Y6M', 'P3.5Y'));
  // TimeML's decade, century, millennium and quarter are ISO years and months; a vague count is not.
  assert.ok(sameValue('P10Y', 'P1E'));
  assert.ok(sameValue('P3Q', 'P9M'));
  assert.ok(sameValue('P2000Y', 'P2L'));
  assert.ok(sameValue('P1CE', 'P100Y'));
  assert.ok(!sameValue('PXY', 'PXE'));
  assert.ok(!sameValue('P1E', 'P1Y'));
  // An hour is not a minute, a month of a year is not the year.
  assert.ok(!sameValue('2031-03-02T17:00', '2031-03-02T17'));
  assert.ok(!sameValue('2031', '2031-XX'));
  assert.ok(!sameValue('2031-W41', '2031-W4'));
});
