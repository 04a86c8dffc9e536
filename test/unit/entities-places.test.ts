// Typing one-off names by their context: places in travel and biography texts, cited authors, news outlets (server/src/engine/entities/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { isForeignPlaceName } from '../../server/src/engine/entities/foreign-place-words';

const typeOf = (text: string, name: string) => analyze(text, {}).entities.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === name))?.type;

test("another language's word for a kind of place, opening or closing a name, makes it a place", () => {
  const text = 'See\n\nWalk from Anse Maurice to Plac Teodora, then visit Wat Somchai and the Catedral de San Rafael. Groups stay at Tamara Marae. Ferries leave for Petite Lorraine Terre daily.';
  assert.equal(typeOf(text, 'Anse Maurice'), 'place');
  assert.equal(typeOf(text, 'Plac Teodora'), 'place');
  assert.equal(typeOf(text, 'Wat Somchai'), 'place');
  assert.equal(typeOf(text, 'Catedral de San Rafael'), 'place');
  assert.equal(typeOf(text, 'Tamara Marae'), 'place');
});

test('a surname that is also a place word, or a lone place word, is not a place by that word', () => {
  assert.equal(isForeignPlaceName(['Wat']), false);
  assert.equal(isForeignPlaceName(['Maria', 'Costa']), false);
  assert.equal(isForeignPlaceName(['Costa', 'Rica']), false);
  assert.equal(typeOf('Match\n\nStriker Paulo Costa scored twice, coach Ana Serra said.', 'Paulo Costa'), 'person');
});

test('in a text that cites by name and year, a one-word name cited with a year is a person in every mention, though it is a town', () => {
  const text = 'Enjambment\n\nSeveral studies describe the cut, among others Exeter (1964), Hollis, (2000) and Marlow (1983). The list in Exeter (1964) is long, and Exeter’s terms are used here. The project met at the Sorbonne in Paris (1927).';
  assert.equal(typeOf(text, 'Exeter'), 'person');
  assert.equal(typeOf(text, 'Paris'), 'place');
  const news = 'Trains\n\nThe line to Exeter (1964 was its last year) closed, and Exeter lost its station.';
  assert.equal(typeOf(news, 'Exeter'), 'place');
});

test('names listed after a plural noun for places are places, all of them and in their other mentions', () => {
  const text = 'Islands\n\nFrom the pier you can see the islands Marie Kessel, Petra Lund and Anna Vik. Ferries to Anna Vik leave daily. Cars wait in villages like Tomas Berg and Dunmar.';
  for (const name of ['Marie Kessel', 'Petra Lund', 'Anna Vik', 'Tomas Berg', 'Dunmar']) assert.equal(typeOf(text, name), 'place', name);
  const b = 'Towns\n\nThe report on the towns, Ann Lee said, was late.';
  assert.equal(typeOf(b, 'Ann Lee'), 'person');
});

test('in a bracketed author–year citation a one-word name is a person, also a common word or at the bracket start', () => {
  const text = 'Practice\n\nAttention improves with practice (Marlow, 2013). Others disagree (Baker, 2015; Ferrant et al., 2010, p. 12), and the effect is small (Laws, Hollis, & Dunmore, 2011).';
  for (const name of ['Marlow', 'Baker', 'Ferrant', 'Laws', 'Dunmore']) assert.equal(typeOf(text, name), 'person', name);
  const news = 'Floods\n\nThe river rose again (Baker, the town nearest the dam, was evacuated in 2013).';
  assert.notEqual(typeOf(news, 'Baker'), 'person');
});

test('a one-word name coined on "news" is a news outlet, whatever verb it goes with', () => {
  const text = 'Interview\n\nWikinews interviewed the founder of the site on Monday. He told Wikinews that a Newsmax poll was wrong, and Euronews reported it. The Newsletter said nothing.';
  assert.equal(typeOf(text, 'Wikinews'), 'organization');
  assert.equal(typeOf(text, 'Newsmax'), 'organization');
  assert.equal(typeOf(text, 'Euronews'), 'organization');
  assert.notEqual(typeOf(text, 'Newsletter'), 'organization');
});

test('holidays, festivals and periods of history are other, not people or bodies', () => {
  const text = 'Town\n\nThe market grew in the Middle Ages and burned in the Great Depression. After WWII the square was rebuilt. Families gather at Thanksgiving, during Ramadan and for Chinese New Year, and the Hajj empties the mosque. Advent International bought the hall. February is Black History Month, and the fans of Comic-Con fill the hotels.';
  for (const name of ['Middle Ages', 'Great Depression', 'WWII', 'Thanksgiving', 'Ramadan', 'Chinese New Year', 'Hajj', 'Black History Month', 'Comic-Con']) assert.equal(typeOf(text, name), 'other', name);
  assert.equal(typeOf(text, 'Advent International'), 'organization');
});

test('a capitalised word that swallowed the full stop ends the name and the sentence; after "the", a lone compass word is a region', () => {
  const text = 'Veterans\n\nHis grandfather wrote about the Civil War. He kept the letters. The family lived in the South during the war and later moved to the Southwest.';
  assert.equal(typeOf(text, 'Civil War'), 'other');
  assert.equal(typeOf(text, 'Civil War. He'), undefined);
  assert.equal(typeOf(text, 'South'), 'place');
  assert.equal(typeOf(text, 'Southwest'), 'place');
});

test('common names of animals and plants written with capitals are other, teams named after animals are not', () => {
  const text = 'Wildlife\n\nFrom the ferry you may see the Arctic Tern, the Harbour Porpoise and Shore Crabs, and on the hill the rare Cucumber Tree. Fans of the Miami Dolphins and Pete Rose came too.';
  for (const name of ['Arctic Tern', 'Harbour Porpoise', 'Shore Crabs', 'Cucumber Tree']) assert.equal(typeOf(text, name), 'other', name);
  assert.equal(typeOf(text, 'Miami Dolphins'), 'organization');
  assert.equal(typeOf(text, 'Pete Rose'), 'person');
});

test('on a byline or caption line a first name and a surname are a person without support from the body', () => {
  const text = 'Reading Old Maps With New Eyes\nMarta Lindqvist, Harbour University\n\nThe study looked at maps.\n\nThe Old Harbour (1650), by Pieter Vandeloo';
  assert.equal(typeOf(text, 'Marta Lindqvist'), 'person');
  assert.equal(typeOf(text, 'Pieter Vandeloo'), 'person');
  assert.equal(typeOf('Grace Period Ends Today\n\nThe bank said the period ends today.', 'Grace Period'), undefined);
});

test("after an abbreviation that ends a sentence, the next sentence's first word is no part of the name", () => {
  const text = 'Trade\n\nThe firm moved its plant to the U.S. It employs 300 people. Sales fell in the U.K. They rose in France.';
  const names = analyze(text, {}).entities.flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
  assert.ok(names.includes('U.S.') && names.includes('U.K.'), names.join(', '));
  assert.ok(!names.some((n) => /U\.[SK]\. \w/.test(n)), names.join(', '));
});

test('a first name and a regnal number name a person, also when the first name is a town', () => {
  const text = 'Honours\n\nIn 2012 the architect was honoured by Elizabeth II, and a portrait of Henry VIII hangs in the hall.';
  assert.equal(typeOf(text, 'Elizabeth II'), 'person');
  assert.equal(typeOf(text, 'Henry VIII'), 'person');
});

test('a word before a name that is also a property of every JavaScript object ("constructor") gives no context, and spoils no score', () => {
  // The place cues before a name were read from a plain object, so "constructor" added a function to the place score.
  assert.equal(typeOf('The bridge was built by a constructor Lisbon hired in 2019.', 'Lisbon'), 'place');
  assert.equal(typeOf('A constructor Berlin chose built the new airport.', 'Berlin'), 'place');
});
