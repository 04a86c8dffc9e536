// False alarms among names: terms, award categories and adjectives of peoples and creeds
// (server/src/engine/entities/common-phrases.ts, people-adjectives.ts). Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';

const typeOf = (text: string, name: string) => analyze(text, {}).entities.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === name))?.type;

test('capitalised terms of a field and award categories are not names', () => {
  const text = 'A new reader\n\nThe team built a parser based on Natural Language Processing for court records. Her theory, known as Dynamic Equivalence, spread fast. She won a nomination for Best Actress in 2019.';
  assert.equal(typeOf(text, 'Natural Language Processing'), undefined);
  assert.equal(typeOf(text, 'Dynamic Equivalence'), undefined);
  assert.equal(typeOf(text, 'Best Actress'), undefined);
});

test('bodies named with common words stay names', () => {
  const text = 'Charity report\n\nThe money went to Cats Protection. Shoppers went to Best Buy. The Second Circuit ruled on Monday, and Time Magazine covered it.';
  assert.notEqual(typeOf(text, 'Cats Protection'), undefined);
  assert.notEqual(typeOf(text, 'Best Buy'), undefined);
  assert.notEqual(typeOf(text, 'Second Circuit'), undefined);
  assert.notEqual(typeOf(text, 'Time Magazine'), undefined);
});

test('adjectives of peoples, periods and creeds before a noun are not people', () => {
  const text = 'Neighbourhood guide\n\nThe street has many Korean restaurants and original Victorian houses. A Pachomian monk once lived here, and Theravada Buddhist monks still visit.';
  for (const w of ['Korean', 'Victorian', 'Pachomian', 'Theravada Buddhist']) assert.notEqual(typeOf(text, w), 'person', w);
});

test('a surname shaped like an adjective stays a person when it acts', () => {
  const text = 'Council vote\n\nMayor Ellen Duncan opened the meeting. Duncan said the budget was late, and Duncan told reporters she would stay.';
  assert.equal(typeOf(text, 'Duncan'), 'person');
});

test('in a text with references, unknown acronyms are terms; bodies defined as bodies stay', () => {
  const text = 'Gait and balance in early birds\n\nThe loss of tail mass moved the CoM forward (Smith, 2011). Earlier work measured CoM position in lizards [3], [4]. ' +
    'Data came from the Northern Survey Agency (NSA) [5]. Geographic Information Systems (GIS) tools mapped the sites, and GIS layers were merged (Jones et al., 2015).';
  assert.equal(typeOf(text, 'CoM'), undefined);
  assert.equal(typeOf(text, 'GIS'), undefined);
  assert.equal(typeOf(text, 'Geographic Information Systems'), undefined);
  assert.equal(typeOf(text, 'NSA'), 'organization');
});

test('without references an unknown acronym is left to the other rules', () => {
  const text = 'Plant closes\n\nWorkers at the plant said the KTL board met on Monday. KTL said it would close the site.';
  assert.equal(typeOf(text, 'KTL'), 'organization');
});

test('outside sport, a common word before a number numbers a thing; in a match report it is a team', () => {
  const travel = 'Getting around\n\nBuses leave every hour. Forecasters said a Category 3 storm was coming.';
  assert.equal(typeOf(travel, 'Category'), 'other');
  const match = 'Rovers win\n\nRangers beat Athletic 2-1 in the league on Saturday. Rovers 3 United 0 in the other match; the striker scored two goals.';
  assert.notEqual(typeOf(match, 'Rovers'), 'other');
});
