// Category nouns decide a name's type for the whole document (server/src/engine/entities/categories.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { categoryOf } from '../../server/src/engine/entities/categories';
import { termAcronyms } from '../../server/src/engine/entities/acronym-terms';
import { isCamelCase } from '../../server/src/engine/entities/camel-case';
import { isSportsReport } from '../../server/src/engine/entities/sports-context';

const typeOf = (text: string, name: string) => analyze(text, {}).entities.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === name))?.type;

test('a city that is also a surname is a place when the text says it is a city, in every mention', () => {
  const text = 'Visiting the lake shore\n\nCleveland is a culturally diverse city on the shores of Lake Erie. Like other rust belt towns, Cleveland has lost jobs.';
  assert.equal(typeOf(text, 'Cleveland'), 'place');
});

test('works and storms are other', () => {
  assert.equal(typeOf('Actor interview\n\nHe was cast on the television series Gilmore Girls, a role he played until 2005.', 'Gilmore Girls'), 'other');
  assert.equal(typeOf('Storm warning\n\nOfficials said Cyclone Phailin would weaken inland.', 'Cyclone Phailin'), 'other');
});

test('the category noun must end its noun phrase; people who were somewhere stay people', () => {
  const text = 'Budget row\n\nJane Smith, a city official, said the budget was late. While Smith was in Paris, the council met.';
  assert.equal(categoryOf(text, { start: text.indexOf('Jane Smith'), end: text.indexOf('Jane Smith') + 10, name: 'Jane Smith' }), null);
  const at = text.indexOf('Smith was');
  assert.equal(categoryOf(text, { start: at, end: at + 5, name: 'Smith' }), null);
  assert.equal(typeOf(text, 'Jane Smith'), 'person');
});

test('an appositive or "is located" names a place or an organization', () => {
  const a = 'Ferry news\n\nShips call at Faaborg, a small town on Funen, twice a day.';
  assert.equal(categoryOf(a, { start: a.indexOf('Faaborg'), end: a.indexOf('Faaborg') + 7, name: 'Faaborg' }), 'place');
  const b = 'Plant news\n\nKestrel Dynamics, the car parts company, hired 200 people.';
  assert.equal(categoryOf(b, { start: b.indexOf('Kestrel'), end: b.indexOf('Kestrel') + 16, name: 'Kestrel Dynamics' }), 'organization');
  const c = 'Town news\n\nBrinmoor is located between Ashford and the sea.';
  assert.equal(categoryOf(c, { start: c.indexOf('Brinmoor'), end: c.indexOf('Brinmoor') + 8, name: 'Brinmoor' }), 'place');
});

test('only modifiers come between the article and the category noun', () => {
  const text = 'Court rules\n\nJordan Pike, a lawyer for the firm, said the ruling was wrong.';
  assert.equal(categoryOf(text, { start: text.indexOf('Jordan'), end: text.indexOf('Jordan') + 11, name: 'Jordan Pike' }), null);
});

test('an acronym spelled out in lowercase words is a term, not an organization; a capitalised expansion is a name', () => {
  const text = 'Lighting survey\n\nHomes now use compact fluorescent lamps (CFLs). The CFL market grew, the Coastal Dockworkers Union (CDU) said. CDU members agreed.';
  const names = analyze(text, {}).entities.flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
  assert.ok(!names.some((n) => /^CFLs?$/.test(n)), names.join(', '));
  assert.ok(names.includes('CDU'), names.join(', '));
  assert.deepEqual([...termAcronyms(text)].sort(), ['CFL', 'CFLs']);
});

test('numbered parts of a study are other, not organizations', () => {
  const text = 'Survey results\n\nAnswers in Wave 4 differ from those in Wave 1, as Figure 2 shows.';
  assert.equal(typeOf(text, 'Wave'), 'other');
});

test('numbered parts of a law are other, also with Roman numerals; a name that only starts like one is not', () => {
  const text = 'Loan ruling\n\nThe Secretary may waive any Title IV provision, the judge said, and Factor 1 weighs against the Marsh Institute. Article 5 applies.';
  assert.equal(typeOf(text, 'Title IV'), 'other');
  assert.equal(typeOf(text, 'Factor'), 'other');
  assert.equal(typeOf(text, 'Article'), 'other');
  const at = text.indexOf('Marsh Institute');
  assert.equal(categoryOf(text, { start: at, end: at + 15, name: 'Marsh Institute' }), null);
});

test('a name ending in a building or street word is a place', () => {
  const text = 'Things to do\n\nThe Grand Lake Theater stands at the entrance of the neighbourhood. Buses stop at Calder Station and on Marrow Blvd.';
  assert.equal(typeOf(text, 'Grand Lake Theater'), 'place');
  assert.equal(typeOf(text, 'Calder Station'), 'place');
});

test('a one-word name with a capital inside is not a person; name prefixes are', () => {
  assert.ok(isCamelCase('LibriVox'));
  assert.ok(!isCamelCase('McDonald') && !isCamelCase('DiCaprio') && !isCamelCase('Okafor'));
  const text = 'Audio books\n\nVolunteers at QuillCast said the recordings were free. QuillCast has 900 readers, Dan McAdams said.';
  assert.notEqual(typeOf(text, 'QuillCast'), 'person');
  assert.equal(typeOf(text, 'Dan McAdams'), 'person');
});

test('a word and a number is not a score outside a sports report: towns in a travel guide stay places', () => {
  assert.ok(!isSportsReport('Flights land at Terminal 4 and Terminal 2; buses leave from Gate 12.'));
  assert.ok(isSportsReport('Feyenoord beat Utrecht 2-1 on Sunday. Kalou scored twice in the league match.'));
  // "Public School 4" and "Sun 10-6" look like two teams with scores; New York is still the city.
  const text = 'Things to do\n\nThe borough\'s Public School 4 runs a daily activity for children. The museum opens Sun 10-6 and Sat 9-5. Paramus is a short drive, and New York is across the bridge.';
  assert.equal(typeOf(text, 'New York'), 'place');
});

test('a compass direction, "along" or "the outskirts of" before a name says where a place is', () => {
  const text = 'Neighbourhoods\n\nOld Kellan is just west of Marrowby. The bus runs along Marrowby to the harbour. Marrowby has two theatres.';
  const at = text.indexOf('Marrowby');
  assert.equal(categoryOf(text, { start: at, end: at + 8, name: 'Marrowby' }), 'place');
  assert.equal(typeOf(text, 'Marrowby'), 'place');
});

test('a direction or part word before a known place is a place; a place as a surname needs a first name', () => {
  const text = 'Neighbourhoods\n\nNorth Oakland is quiet. West Oakland has the old station. Buses run to Oakland every hour.';
  assert.equal(typeOf(text, 'North Oakland'), 'place');
  assert.equal(typeOf(text, 'Oakland'), 'place');
  const bio = 'Early life\n\nShe was born in Paris and studied at the Conservatoire de Paris. She returned to Paris in 1950.';
  const at = bio.lastIndexOf('Paris');
  assert.equal(analyze(bio, {}).entities.find((e) => e.mentions.some((m) => m.start === at))?.type, 'place');
});

test('a title and its year in brackets is a work, unless the name is dated at fewer than half its mentions', () => {
  const text = 'Career\n\nHe starred in Quiet Lanterns (2010) and Paper Kites (2011). Teams: Carlow Pirates (2012). He hit .300 for the Carlow Pirates, and the Carlow Pirates traded him.';
  assert.equal(typeOf(text, 'Paper Kites'), 'other');
  assert.notEqual(typeOf(text, 'Carlow Pirates'), 'other');
});

test('a known place whose first word is a title is the place: St. Louis, Saint Lucia; St. Jerome stays a person', () => {
  const text = 'Travel\n\nHe lectured in St. Louis and sailed to Saint Lucia. St. Jerome wrote in Latin.';
  assert.equal(typeOf(text, 'St. Louis'), 'place');
  assert.equal(typeOf(text, 'Saint Lucia'), 'place');
  assert.equal(typeOf(text, 'Jerome'), 'person');
});

test('eras and currency codes are not names', () => {
  const text = 'Prices\n\nThe fort was built in 300 BC. A ticket costs DKK 50 or USD 8 at the Lindholm gate.';
  const names = analyze(text, {}).entities.flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
  assert.ok(!names.some((n) => ['BC', 'DKK', 'USD'].includes(n)), names.join(', '));
});

test('a capitalised expansion that reads as a term defines a term; one naming a body of people stays a name', () => {
  const text = 'Testing\n\nErrors are put into a System Under Test (SUT). The SUT then fails. The United Auto Workers (UAW) agreed; the UAW said so.';
  const names = analyze(text, {}).entities.flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
  assert.ok(!names.some((n) => /SUT|System Under Test/.test(n)), names.join(', '));
  assert.ok(names.includes('UAW'), names.join(', '));
  assert.ok(termAcronyms(text).has('SUT') && !termAcronyms(text).has('UAW'));
});

test('a letter code with a number is not an organization; hesitations and compass regions are not people or bodies', () => {
  const text = 'Language study\n\nResearch on second language (L2) learning has grown. L2 learners differ. Uh, I was called by Matthew Dunne. NATO must secure supplies for the West.';
  assert.notEqual(typeOf(text, 'L2'), 'organization');
  const names = analyze(text, {}).entities.flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
  assert.ok(!names.includes('Uh'), names.join(', '));
  assert.equal(typeOf(text, 'West'), 'place');
});

test('a discourse word or a pronoun with its verb contracted is not a name ("Alright", "They\'ve", "You’re")', () => {
  const text =
    'Hearing on the harbour lease\n\nJUDGE PERKINS: Alright. Counsel, you may proceed.\n\nMS. OKAFOR: Thank you. They\'ve told the port board twice. You’re aware of the letter, Alright, I will read it.';
  const names = analyze(text, {}).entities.flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
  for (const w of ['Alright', "They've", 'You’re']) assert.ok(!names.includes(w), names.join(', '));
});

test('a lowercase place noun after a name, or "the desert of" before it, says it is a place; a leading "Following" is not part of a name', () => {
  const text = 'History\n\nThe villages lie in the Kessaro area. He went to the desert of Chalbis for a year. Following Smetana\'s example, he wrote dances.';
  assert.equal(typeOf(text, 'Kessaro'), 'place');
  assert.equal(typeOf(text, 'Chalbis'), 'place');
  assert.equal(typeOf(text, 'Smetana'), 'person');
});

test('languages, cultures and doctrines are other, in every mention; the village a language is named for stays a place', () => {
  const text = 'Field notes\n\nMarrak is a Tavu language spoken in the hills. Most Marrak speakers also know Tavu. Marrak has six vowels, and speakers of Olenu say the same. The Derrin culture built canals. Ferns taught Structuralism. Kessel said the name means the language of Brintow, a village near the coast.';
  assert.equal(typeOf(text, 'Marrak'), 'other');
  assert.equal(typeOf(text, 'Tavu'), 'other');
  assert.equal(typeOf(text, 'Olenu'), 'other');
  assert.equal(typeOf(text, 'Derrin'), 'other');
  assert.equal(typeOf(text, 'Structuralism'), 'other');
  assert.equal(typeOf(text, 'Brintow'), 'place');
  const b = 'Rally\n\nJane Orlow speaking at the rally said the vote was close.';
  assert.equal(typeOf(b, 'Jane Orlow'), 'person');
});

test('visitor centres, reserves and numbered parts of a site are places; research centres and the Federal Reserve are not', () => {
  const text = 'Trip planner\n\nStart at the Harlow Community Center, then drive to the Kettle Bay Scenic Reserve. Terminal 2 serves two airlines. The Brandt Research Center published a study, and the Federal Reserve held rates.';
  assert.equal(typeOf(text, 'Harlow Community Center'), 'place');
  assert.equal(typeOf(text, 'Kettle Bay Scenic Reserve'), 'place');
  assert.equal(typeOf(text, 'Terminal'), 'place');
  assert.notEqual(typeOf(text, 'Brandt Research Center'), 'place');
  assert.notEqual(typeOf(text, 'Federal Reserve'), 'place');
});

test('"on" before an unknown island counts as place evidence', () => {
  const text = 'Ferries\n\nFrom Spodby there is a ferry to Tarnholm. Most visitors stay on Tarnholm, and the harbour on Tarnholm is small.';
  assert.equal(typeOf(text, 'Tarnholm'), 'place');
});

test('the place a noble title or a person is "of" is a place; a person "of" a named body keeps the body', () => {
  const text = 'Family history\n\nHe wrote to Robert Kell, 3rd Earl of Varrow, and to his cousin Alexander Kell of Dunmorrin. Troy Patten of Slate Magazine reviewed the letters.';
  assert.equal(typeOf(text, 'Varrow'), 'place');
  assert.equal(typeOf(text, 'Dunmorrin'), 'place');
  assert.notEqual(typeOf(text, 'Slate Magazine'), 'place');
});

test('in a pair with a sure place, a bare name is a place; a surname beside a country is not', () => {
  const text = 'Visas\n\nCitizens of Jamaica and Barbova need no visa. He studied near Austria and Pannorra.';
  assert.equal(typeOf(text, 'Barbova'), 'place');
  assert.equal(typeOf(text, 'Pannorra'), 'place');
  const b = 'Talks\n\nTalks between Smith and Jordan ended, Smith said.';
  assert.equal(typeOf(b, 'Smith'), 'person');
});

test("a person's named thing with no evidence of its own is a work; a person's company or city is not", () => {
  const text = "Theatre notes\n\nShe starred in George Kessel's Pellinore and later read Ann Morrow's Quiet Harvest. Rupert Vane's Vane Holdings Inc said it would sell. Ann Morrow's Chicago is a city of the mind.";
  assert.equal(typeOf(text, 'Pellinore'), 'other');
  assert.equal(typeOf(text, 'Quiet Harvest'), 'other');
  assert.equal(typeOf(text, 'Vane Holdings Inc'), 'organization');
  assert.equal(typeOf(text, 'Chicago'), 'place');
});

test('music halls, opera houses, numbered roads, periods of a place and a nation\'s compass region are places; "the Xs" after "X Islands" is the island group', () => {
  const text = 'Guide\n\nThe Marsh Islands lie far out at sea. Concerts are held in the Dorrow Music Hall and the Vellan Opera House. You can take US-412 West or I-44 East. The town was important in Roman Britain and in the American Southwest. Flights to the Marshes leave twice a week from the Royal Palace grounds.';
  assert.equal(typeOf(text, 'Dorrow Music Hall'), 'place');
  assert.equal(typeOf(text, 'Vellan Opera House'), 'place');
  assert.equal(typeOf(text, 'US-412 West'), 'place');
  assert.equal(typeOf(text, 'Roman Britain'), 'place');
  assert.equal(typeOf(text, 'American Southwest'), 'place');
  assert.equal(typeOf(text, 'Marshes'), 'place');
  assert.equal(typeOf(text, 'Royal Palace'), 'place');
  const b = 'Jets\n\nThe F/A-18 and the A-10 flew over the base.';
  assert.ok(!analyze(b, {}).entities.some((e) => e.type === 'place' && e.name === 'A-10'));
});

test('a street in an address is a place; "Port X" is a place; "X is a group of islands" is a place; a year before a name is no house number', () => {
  const text = 'Shops\n\nKessel Market, 1214 Anderson Ave, opens at nine. The station is at 319 S. Denver (downtown). Port Hutt has a harbour. Kelva is a group of more than 40 islands. In 1996 Clinton won.';
  assert.equal(typeOf(text, 'Anderson'), 'place');
  assert.equal(typeOf(text, 'S. Denver'), 'place');
  assert.equal(typeOf(text, 'Port Hutt'), 'place');
  assert.equal(typeOf(text, 'Kelva'), 'place');
  assert.notEqual(typeOf(text, 'Clinton'), 'place');
  const b = 'Getting there\n\nFlights land at Harrow Field (IATA: HRW), near Kettle Springs and Elm Junction.';
  assert.equal(typeOf(b, 'HRW'), 'place');
  assert.equal(typeOf(b, 'Kettle Springs'), 'place');
  assert.equal(typeOf(b, 'Elm Junction'), 'place');
});

test('a capitalised "The" or "A" inside a sentence opens the title of a work; a body keeps its name', () => {
  const a = 'Actor profile\n\nShe played a nurse in the ITV drama The Borrowed Hours and later starred in the 2004 film A Quiet Winter.';
  assert.equal(typeOf(a, 'Borrowed Hours') ?? typeOf(a, 'The Borrowed Hours'), 'other');
  assert.equal(typeOf(a, 'A Quiet Winter') ?? typeOf(a, 'Quiet Winter'), 'other');
  const b = 'Media row\n\nThe claim was first reported by The Daily Telegraph and by The Boston Globe on Monday.';
  assert.notEqual(typeOf(b, 'Daily Telegraph') ?? typeOf(b, 'The Daily Telegraph'), 'other');
});

test('spacecraft and telescopes named before their noun, and the Games, are other', () => {
  const a = 'Space news\n\nThe Juno and Cassini spacecraft carried cameras. Mission staff said Halcyon is a NASA space capsule.';
  assert.equal(typeOf(a, 'Cassini'), 'other');
  assert.equal(typeOf(a, 'Halcyon'), 'other');
  const b = 'Sport on TV\n\nViewers in Canada will see more of the Paralympics this year, and the Games will be shown live.';
  assert.equal(typeOf(b, 'Paralympics'), 'other');
  const c = 'Space news\n\nEngineers from an ESA probe team met NASA scientists in Houston.';
  assert.notEqual(typeOf(c, 'NASA'), 'other');
});

test('a name ending in the word for a law, a work of music, a theory or a grant is other; ensembles stay bodies', () => {
  const a = 'Court report\n\nThe appeal turns on the Penal Code and the Fourth Amendment, the lawyer said.';
  assert.equal(typeOf(a, 'Penal Code'), 'other');
  assert.equal(typeOf(a, 'Fourth Amendment'), 'other');
  const b = 'Composer profile\n\nHe finished his Ninth Symphony and a Piano Trio in 1902, and won a Rowan Travel Scholarship.';
  assert.equal(typeOf(b, 'Ninth Symphony'), 'other');
  assert.equal(typeOf(b, 'Piano Trio'), 'other');
  assert.equal(typeOf(b, 'Rowan Travel Scholarship'), 'other');
  const c = 'Music news\n\nThe Kelvin Quartet will tour Europe, the ensemble said.';
  assert.notEqual(typeOf(c, 'Kelvin Quartet'), 'other');
});

test("a genre or someone's work noun before a name makes it a title; a noun that is no work does not", () => {
  const a = "Books\n\nCritics praised Mara Lindqvist's book Saltwater Hours. Her latest novel, Grey Orchard, sold well. The period drama Winter Ledger opens today.";
  assert.equal(typeOf(a, 'Saltwater Hours'), 'other');
  assert.equal(typeOf(a, 'Grey Orchard'), 'other');
  assert.equal(typeOf(a, 'Winter Ledger'), 'other');
  const b = 'Campaign\n\nOn his campaign website, Halvorsen says he backs school choice. After the war, Dufresne designed a badge.';
  assert.equal(typeOf(b, 'Halvorsen'), 'person');
  assert.equal(typeOf(b, 'Dufresne'), 'person');
});

test('a storm keeps its type when named without its kind; a language "spoken in" a country is other', () => {
  const a = 'Weather\n\nCyclone Marwa made landfall on Sunday. Marwa brought heavy rain to the coast.';
  const m = analyze(a, {}).entities.filter((e) => e.mentions.some((x) => a.slice(x.start, x.end) === 'Marwa'));
  assert.ok(m.length > 0 && m.every((e) => e.type === 'other'));
  const b = 'Linguistics\n\nWe compare Tiwa, a Gur language spoken in Togo, with English.';
  assert.equal(typeOf(b, 'Tiwa'), 'other');
});

test('a name ending in an event word is other', () => {
  const a = 'Sport\n\nShe played at the Maple Leaf Tournament before the Winter Paralympics.';
  assert.equal(typeOf(a, 'Maple Leaf Tournament'), 'other');
  assert.equal(typeOf(a, 'Winter Paralympics'), 'other');
});

test('a quoted run of capitalised words with no person, place or body word is a title; quoted places and first names stay', () => {
  const a = 'City guide\n\nLocals call the harbour district the "Second Wind Quarter". The town earned the nickname the "Rusted Crown" in 1990, and the ring road is the "Cedar Turnpike".';
  assert.equal(typeOf(a, 'Rusted Crown'), 'other');
  assert.notEqual(typeOf(a, 'Cedar Turnpike'), 'other');
  const b = 'Talk\n\nHer slide was titled "Marta Left Early" and nobody laughed.';
  assert.notEqual(typeOf(b, 'Marta Left Early'), 'other');
});

test('the kind noun before "called" or "named" types the name; a thing named after a person the text names stays theirs', () => {
  const a = 'Research\n\nIn 1997 she started a project called Lexibank. Later, Lexibank grew. The old harbour has a district called Marrowgate.';
  assert.equal(typeOf(a, 'Lexibank'), 'other');
  assert.equal(typeOf(a, 'Marrowgate'), 'place');
  const b = 'Bar talk\n\nThe bar serves a cocktail called Pellowe. Senator Dana Pellowe did not comment. Pellowe said nothing.';
  assert.equal(typeOf(b, 'Dana Pellowe'), 'person');
  assert.notEqual(typeOf(b, 'Pellowe'), 'other');
});
