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

test('two references in any common citation form make a text with references', () => {
  const authors = 'Word learning\n\nChildren give adult-like QI readings late (e.g., Hale, Marsh, & Cole, 2016). ' +
    'QI readings in German differ (Brandt Ruiz, 2003: 41), and QI was tested twice.';
  assert.equal(typeOf(authors, 'QI'), undefined);
  const numbered = 'Testing maps\n\nWe study mutation operators for Spatial Query Systems (SQS) [1]. Earlier tools [2–9] ignored SQS features.';
  assert.equal(typeOf(numbered, 'SQS'), undefined);
  assert.equal(typeOf(numbered, 'Spatial Query Systems'), undefined);
});

test('without references an unknown acronym is left to the other rules', () => {
  const text = 'Plant closes\n\nWorkers at the plant said the KTL board met on Monday (Reuters, 2019). KTL said it would close the site.';
  assert.equal(typeOf(text, 'KTL'), 'organization');
});

test('a verb opening the sentence and plural acronyms are not parts of names', () => {
  const text = 'Saving power\n\nUsing LEDs will cut bills. Visiting Norway in May, the minister praised the plan. Closing Loopholes and raising rates came next. ' +
    'Shops sold more DVDs and SUVs. Investors bought Halvorsen GDRs on Monday. Reading beat Stoke 2-1.';
  for (const w of ['Using LEDs', 'LEDs', 'Visiting Norway', 'Closing Loopholes', 'Loopholes', 'DVDs', 'SUVs', 'Halvorsen GDRs']) assert.equal(typeOf(text, w), undefined, w);
  assert.equal(typeOf(text, 'Norway'), 'place');
  assert.notEqual(typeOf(text, 'Halvorsen'), undefined);
  const quoted = 'New novel\n\nHer book "Sleeping Giants" sold well.';
  assert.notEqual(typeOf(quoted, 'Sleeping Giants'), undefined);
});

test('slogans and kinds of thing in capitals are not bodies; bodies named with common words stay', () => {
  const text = 'Campaign trail\n\nShe launched her Always Keep Fighting campaign in May, and fans carried a banner that read We Know. ' +
    'He wanted to be a Fighter Pilot, and he promised a Fair Wage for all. Shoppers went to Best Buy, and a Best Buy store opened downtown.';
  for (const w of ['Always Keep Fighting', 'We Know']) assert.equal(typeOf(text, w), 'other', w);
  for (const w of ['Fighter Pilot', 'Fair Wage']) assert.equal(typeOf(text, w), undefined, w);
  assert.notEqual(typeOf(text, 'Best Buy'), undefined);
  assert.notEqual(typeOf(text, 'Best Buy'), 'other');
});

test('outside sport, a common word before a number numbers a thing; in a match report it is a team', () => {
  const travel = 'Getting around\n\nBuses leave every hour. Forecasters said a Category 3 storm was coming.';
  assert.equal(typeOf(travel, 'Category'), 'other');
  const match = 'Rovers win\n\nRangers beat Athletic 2-1 in the league on Saturday. Rovers 3 United 0 in the other match; the striker scored two goals.';
  assert.notEqual(typeOf(match, 'Rovers'), 'other');
});

test('forms of address name the person spoken to, not a body; the House of Lords stays a body', () => {
  const text = 'Appeal hearing\n\nWell, Your Honor, the statute is clear. My Lords, thank you. The point, my Lords, is narrow. The bill now goes to the House of Lords.';
  assert.equal(typeOf(text, 'Your Honor'), 'person');
  assert.equal(typeOf(text, 'Lords'), 'person');
  assert.equal(typeOf(text, 'House of Lords'), 'organization');
});

test('an epithet after "the" ends the name of a ruler and is no name on its own', () => {
  const text = 'Old capital\n\nThe city was founded by Tsar Peter the Great in 1703. Later Catherine the Great added a palace, and Peter is still remembered.';
  assert.equal(typeOf(text, 'Peter the Great'), 'person');
  assert.equal(typeOf(text, 'Catherine the Great'), 'person');
  assert.equal(typeOf(text, 'Great'), undefined);
});

test('a genus before a Latin epithet is a living thing, not a person, and so is its short form', () => {
  const text = 'Ants in the lab\n\nThe team collected colonies of Pheidola rufina near the river. Each colony of Pheidola was split in two, and P. rufina workers were counted. Dr. Mara Lindqvist led the work.';
  assert.equal(typeOf(text, 'Pheidola'), 'other');
  assert.equal(typeOf(text, 'P.'), 'other');
  assert.equal(typeOf(text, 'Mara Lindqvist'), 'person');
});

test('a demonym before a noun is no place, even one a gazetteer lists as a country; coordinated adjectives too', () => {
  const text = 'Dress codes\n\nIn Thailand, Thai men generally wear long trousers. The city has good Korean and Ethiopian restaurants.';
  assert.equal(typeOf(text, 'Thai'), 'other');
  assert.equal(typeOf(text, 'Korean'), 'other');
  assert.equal(typeOf(text, 'Thailand'), 'place');
});

test('a courtesy title makes a common-word surname a person, and its later bare uses too', () => {
  const text = 'Copyright case\n\nThe case began because Ms. Goldsmith wrote to the foundation. A ruling for Goldsmith would follow. Mr. Baker, a farmer, said so.';
  assert.equal(typeOf(text, 'Goldsmith'), 'person');
  assert.equal(typeOf(text, 'Baker'), 'person');
});

test('a one-word title alone after "the" is the person holding it; "the Government" alone is no name', () => {
  const text = 'Loan relief\n\nCongress authorized the Secretary to waive the rule, and the Secretary acted. The Government did not contest it, and the Government of Chile said nothing.';
  assert.equal(typeOf(text, 'Secretary'), 'person');
  assert.equal(typeOf(text, 'Government'), undefined);
  assert.equal(typeOf(text, 'Chile'), 'place');
});

test('a capitalised word the text counts with "a" is a thing, not a person; its plural too', () => {
  const text = 'Mapping zones\n\nThese areas are called Zonefences. A Zonefence is drawn around a point, and by moving a Zonefence the app fails. The Zonefences were shown in red, said Dr. Ana Ruiz.';
  assert.equal(typeOf(text, 'Zonefence'), 'other');
  assert.equal(typeOf(text, 'Zonefences'), 'other');
  assert.equal(typeOf(text, 'Ana Ruiz'), 'person');
});

test('currency abbreviations and plurals of abbreviations are no names', () => {
  const text = 'Island guide\n\nMaps cost 150 Kr at the tourist office. He sold books and CDs, and three CEOs came.';
  assert.equal(typeOf(text, 'Kr'), undefined);
  assert.equal(typeOf(text, 'CDs'), undefined);
  assert.equal(typeOf(text, 'CEOs'), undefined);
});

test('a name of several words after "the" is a body or a place, not a person; a name modifying a noun stays', () => {
  const text = 'Season notes\n\nHe signed with the Tallow Creek Otters in May. Against the Marlow Foxes, he hit twice, and the Marlow Foxes lost. ' +
    'She studied at the Conservatoire de Lyon. Critics compared it with the Tom Brandt novel, and the Marquis de Villon praised it.';
  assert.equal(typeOf(text, 'Tallow Creek Otters'), 'organization');
  assert.equal(typeOf(text, 'Marlow Foxes'), 'organization');
  assert.equal(typeOf(text, 'Conservatoire de Lyon'), 'organization');
  assert.equal(typeOf(text, 'Tom Brandt'), 'person');
  assert.notEqual(typeOf(text, 'Marquis de Villon'), 'organization');
  // no word of it names a body or a place, and it is no plural
  const visit = 'Visit\n\nThe Dalai Lama met pupils in Delhi on Monday, and the Dalai Lama spoke.';
  assert.equal(typeOf(visit, 'Dalai Lama'), 'person');
});

test('two authors joined by "&" and cited with a year are people', () => {
  const text = 'Attention and play\n\nGames help attention (Miller & Tanner, 2010; Feng, 2007; Ruiz, 2012). Others disagree (Baker & Mason 2014; Olsen, 2011).';
  assert.equal(typeOf(text, 'Miller & Tanner'), 'person');
  assert.equal(typeOf(text, 'Baker & Mason'), 'person');
});

test('one-word names built on a media or software word are companies or sites, not people', () => {
  const text = 'Ants that heal\n\nBiologist Ana Ruiz tells Floranews about her ants. She spoke with Floranews in May, and Metricast ranks her blog high, said Ruiz.';
  assert.equal(typeOf(text, 'Floranews'), 'organization');
  assert.equal(typeOf(text, 'Metricast'), 'organization');
  assert.equal(typeOf(text, 'Ana Ruiz'), 'person');
});
