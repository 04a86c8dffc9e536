// The shared-article checker, on an invented analysis and gold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type ArticleGold, checkArticle } from '../../scripts/eval/articles';
import type { Analysis, Entity, Quote } from '../../server/src/engine/types';

const person = (id: string, name: string, aliases: string[], roles: string[] = []): Entity => ({
  id, type: 'person', name, aliases, roles, mentions: [{ start: 0, end: 1, text: name }],
});
const org = (id: string, name: string, type: Entity['type'] = 'organization'): Entity => ({
  id, type, name, aliases: [], roles: [], mentions: [{ start: 0, end: 1, text: name }],
});
const quote = (start: number, kind: Quote['kind'], speaker: Quote['speaker']): Quote => ({
  id: `q${start}`, start, end: start + 5, text: '"…"', kind, speaker, cue: null,
});

const gold: ArticleGold = {
  published: '2013-09-12',
  quotes: [
    { start: 10, opening: '"We go', kind: 'direct', speaker: 'John Kerry', alsoAccepted: [] },
    { start: 40, opening: '"soon', kind: 'partial', speaker: 'a senior official', alsoAccepted: [] },
    { start: 70, opening: '‘red line’', kind: 'scare', speaker: null, alsoAccepted: [] },
    { start: 90, opening: '"Later', kind: 'direct', speaker: 'Sergei Lavrov', alsoAccepted: ['John Kerry'] },
  ],
  people: { 'John Kerry': ['Kerry'], 'Sergei Lavrov': ['Lavrov'] },
  roles: { 'John Kerry': 'Secretary of State' },
  organizations: ['State Department'],
  places: ['Geneva'],
  dates: [{ start: 120, end: 128, text: 'Thursday', type: 'date', value: '2013-09-12' }],
};

function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    published: '2013-09-12',
    publishedSource: 'option',
    entities: [
      person('e1', 'John Kerry', ['Kerry'], ['U.S. Secretary of State']),
      person('e2', 'Sergei Lavrov', ['Lavrov']),
      org('e3', 'State Department'),
      org('e4', 'Geneva', 'place'),
    ],
    quotes: [
      quote(10, 'direct', { start: 0, end: 5, text: 'Kerry', entity: 'e1', anonymous: false }),
      quote(40, 'partial', { start: 30, end: 47, text: 'a senior Official', entity: null, anonymous: true }),
      quote(70, 'scare', null),
      quote(90, 'direct', { start: 80, end: 82, text: 'he', entity: 'e1', anonymous: false }),
    ],
    dates: [{ start: 120, end: 128, text: 'Thursday', type: 'date', value: '2013-09-12' }],
    problems: [],
    blocks: [],
    ...over,
  };
}

test('a matching analysis has no misses (aliases, anonymous speakers, alsoAccepted, role containment)', () => {
  assert.deepEqual(checkArticle(analysis(), gold), []);
});

test('every kind of miss is listed', () => {
  const a = analysis({
    published: null,
    entities: [person('e1', 'John Kerry', [], ['diplomat']), person('e5', 'Kerry', []), org('e4', 'Geneva', 'organization')],
    quotes: [
      quote(10, 'partial', { start: 0, end: 5, text: 'Kerry', entity: 'e5', anonymous: false }),
      quote(41, 'partial', null),
      quote(70, 'scare', { start: 60, end: 62, text: 'he', entity: 'e1', anonymous: false }),
      quote(90, 'direct', null),
    ],
    dates: [{ start: 120, end: 128, text: 'Thursday', type: 'date', value: '2013-09-19' }],
  });
  const misses = checkArticle(a, gold);
  const has = (re: RegExp) => assert.ok(misses.some((m) => re.test(m)), `expected a miss matching ${re}\n${misses.join('\n')}`);
  has(/^published/);
  has(/quote at 10 .*kind partial, expected direct/);
  has(/quote at 10 .*speaker "Kerry" → Kerry, expected John Kerry/);
  has(/quote at 40 .*not found \(a quote starts at 41/);
  has(/extra partial quote at 41/);
  has(/quote at 70 .*expected none/);
  has(/quote at 90 .*no speaker/);
  has(/person John Kerry: aliases missing Kerry/);
  has(/person John Kerry: alias Kerry is a separate entity/);
  has(/person Sergei Lavrov: not found/);
  has(/role of John Kerry/);
  has(/organization State Department: not found/);
  has(/place Geneva: not found \(found as organization\)/);
  has(/date "Thursday" at 120: value 2013-09-19/);
});
