// Named entities: passages written for these tests (invented news copy), checked through analyze().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import type { Entity } from '../../server/src/engine/types';

const ARTICLE = `TALKS RESUME: Halvorsen To Meet Chinese Counterpart

OSLO - Norwegian Foreign Minister Ingrid Halvorsen flew to Beijing on Monday for talks with her Chinese counterpart Wang Lei, the ministry said.

Halvorsen’s visit follows months of tension over fishing rights, and U.N. officials said the United Nations would send an observer. Sen. Lindsey Marsh told CNN that the trip was overdue.

"I told my friend Ingrid that we need results," Wang said. White House spokesman Daniel Okafor said Washington supported the talks.

The Security Council - comprised of the United States, China, France, Britain and Russia - will meet on Friday, a diplomat said.

Tomas Ekberg, Norway's envoy to the European Union, said the Oslo-based Fjordline Shipping Corp would be affected. Ekberg added that talks in Kirkeby had stalled.

(photo credit: REUTERS)`;

function entities(text = ARTICLE): Entity[] {
  return analyze(text).entities;
}

function byName(list: Entity[], name: string): Entity {
  const e = list.find((x) => x.name === name || x.aliases.includes(name));
  assert.ok(e, `no entity named ${name}; have ${list.map((x) => `${x.name} (${x.type})`).join(', ')}`);
  return e;
}

test('titles are not part of the mention and become roles', () => {
  const list = entities();
  const marsh = byName(list, 'Lindsey Marsh');
  assert.equal(marsh.type, 'person');
  assert.equal(marsh.mentions[0].text, 'Lindsey Marsh');
  assert.ok(marsh.roles.includes('Senator'), `roles ${marsh.roles}`);
  const halvorsen = byName(list, 'Ingrid Halvorsen');
  assert.ok(halvorsen.roles.some((r) => r.includes('Foreign Minister')), `roles ${halvorsen.roles}`);
  const okafor = byName(list, 'Daniel Okafor');
  assert.ok(okafor.roles.some((r) => r.includes('White House spokesman')), `roles ${okafor.roles}`);
});

test('possessives are not part of the mention', () => {
  const list = entities();
  const halvorsen = byName(list, 'Ingrid Halvorsen');
  const texts = halvorsen.mentions.map((m) => m.text);
  assert.ok(texts.includes('Halvorsen'), `mentions ${texts}`);
  assert.ok(!texts.some((t) => /’s|'s/.test(t)), `mentions ${texts}`);
  assert.deepEqual(halvorsen.aliases.includes('Halvorsen’s'), false);
});

test('lists split into one place each', () => {
  const list = entities();
  for (const name of ['United States', 'China', 'France', 'Britain', 'Russia']) {
    assert.equal(byName(list, name).type, 'place', name);
  }
  assert.ok(!list.some((e) => /,/.test(e.name)), 'no entity spans a comma');
});

test('datelines and photo credits in capitals are found', () => {
  const list = entities();
  const oslo = byName(list, 'Oslo');
  assert.equal(oslo.type, 'place');
  assert.equal(oslo.mentions[0].text, 'OSLO');
  const reuters = byName(list, 'Reuters');
  assert.equal(reuters.type, 'organization');
});

test('acronyms are organisations and join their long form', () => {
  const list = entities();
  assert.equal(byName(list, 'CNN').type, 'organization');
  const un = byName(list, 'United Nations');
  assert.equal(un.type, 'organization');
  assert.ok(un.aliases.includes('U.N.'), `aliases ${un.aliases}`);
});

test('a capitals headline yields known names only', () => {
  const list = entities();
  assert.ok(!list.some((e) => /talks resume/i.test(e.name)), 'headline words are not an entity');
  assert.ok(!list.some((e) => /counterpart/i.test(e.name)), 'headline words are not an entity');
  const halvorsen = byName(list, 'Ingrid Halvorsen');
  const headline = ARTICLE.indexOf('Halvorsen');
  assert.equal(halvorsen.mentions[0].start, headline, 'the headline mention joins the person');
});

test('surnames and first names join the full name', () => {
  const list = entities();
  const halvorsen = byName(list, 'Ingrid Halvorsen');
  assert.ok(halvorsen.aliases.includes('Halvorsen'));
  assert.ok(halvorsen.aliases.includes('Ingrid'), `"my friend Ingrid" joins: ${halvorsen.aliases}`);
  const wang = byName(list, 'Wang Lei');
  assert.ok(wang.aliases.includes('Wang'));
  assert.equal(list.filter((e) => e.type === 'person' && /Halvorsen|Ingrid/.test(e.name)).length, 1);
});

test('appositive roles', () => {
  const ekberg = byName(entities(), 'Tomas Ekberg');
  assert.ok(
    ekberg.roles.some((r) => r.includes("Norway's envoy to the European Union")),
    `roles ${ekberg.roles}`,
  );
  assert.ok(ekberg.aliases.includes('Ekberg'));
});

test('context: -based, company suffixes, "in X"', () => {
  const list = entities();
  assert.equal(byName(list, 'Fjordline Shipping Corp').type, 'organization');
  assert.equal(byName(list, 'Oslo').type, 'place');
  assert.equal(byName(list, 'Kirkeby').type, 'place');
  assert.equal(byName(list, 'European Union').type, 'organization');
});

test('ids follow the order of first mention and mentions[0] is the first', () => {
  const list = entities();
  list.forEach((e, i) => {
    assert.equal(e.id, `e${i + 1}`);
    for (let k = 1; k < e.mentions.length; k++) assert.ok(e.mentions[k].start >= e.mentions[k - 1].start);
    if (i > 0) assert.ok(e.mentions[0].start > list[i - 1].mentions[0].start);
    for (const m of e.mentions) assert.equal(ARTICLE.slice(m.start, m.end), m.text);
  });
});

test('spelling variants merge into one person with the fullest name', () => {
  const text = `Syria talks stall

President Bashar al-Assad met envoys in Damascus. Later Bashar Assad said the plan was fair, and al-Assad's aides agreed.

Russian Foreign Minister Sergey Lavrov said Moscow backed it. Sergei Lavrov later repeated that. Lavrov left on Friday.`;
  const list = entities(text);
  const assad = byName(list, 'Bashar al-Assad');
  assert.equal(assad.name, 'Bashar al-Assad');
  assert.ok(assad.aliases.includes('Bashar Assad'));
  assert.ok(assad.aliases.includes('al-Assad'));
  assert.ok(assad.roles.includes('President'));
  const lavrov = byName(list, 'Sergey Lavrov');
  assert.ok(lavrov.aliases.includes('Sergei Lavrov') || lavrov.name === 'Sergei Lavrov');
  assert.ok(lavrov.aliases.includes('Lavrov'));
  assert.equal(list.filter((e) => /Lavrov/.test(e.name)).length, 1);
});

test('one name keeps one type in a document', () => {
  const text = `Court rules on merger

Jordan Pike, a lawyer for the firm, said Pike & Hale Inc would appeal. Pike said the ruling in Carrow was wrong.

Later, Pike told reporters in Carrow that the company would comply.`;
  const list = entities(text);
  const names = new Map<string, string>();
  for (const e of list) {
    for (const n of [e.name, ...e.aliases]) {
      const prev = names.get(n);
      if (prev) assert.equal(prev, e.type, `${n} typed ${prev} and ${e.type}`);
      names.set(n, e.type);
    }
  }
  assert.equal(byName(list, 'Jordan Pike').type, 'person');
  assert.equal(byName(list, 'Carrow').type, 'place');
});

test('an edit re-analyses only the changed block', () => {
  const store = new Map<string, unknown>();
  let computed = 0;
  const cache = {
    get: (k: string) => store.get(k),
    set: (k: string, v: unknown) => {
      if (k.startsWith('ent\u0000')) computed++;
      store.set(k, v);
    },
  };
  const first = analyze(ARTICLE, { cache }).entities;
  const blocks = computed;
  assert.ok(blocks >= 5, `one entry per block, got ${blocks}`);
  computed = 0;
  const edited = ARTICLE.replace('fishing rights', 'fishing right');
  const second = analyze(edited, { cache }).entities;
  assert.equal(computed, 1, 'only the edited block is recomputed');
  assert.deepEqual(
    second.map((e) => [e.name, e.type]),
    first.map((e) => [e.name, e.type]),
  );
  // the cached result does not leak offsets between documents
  const shifted = analyze('\n\n' + ARTICLE, { cache }).entities;
  assert.equal(shifted[0].mentions[0].start, first[0].mentions[0].start + 2);
});

test('company short forms join the company; "the Prime Minister of X" names X', () => {
  const text = `Auto parts deal

Shares of Calder Dynamics Inc rose on Tuesday after the company agreed to buy Brennock Corp. Calder said the deal would close in March, and Brennock shareholders approved it.

The Prime Minister of Portugal welcomed the investment.`;
  const list = entities(text);
  const calder = byName(list, 'Calder Dynamics Inc');
  assert.equal(calder.type, 'organization');
  assert.ok(calder.aliases.includes('Calder'), `aliases ${calder.aliases}`);
  assert.equal(byName(list, 'Brennock').type, 'organization');
  assert.equal(byName(list, 'Portugal').type, 'place');
  assert.ok(!list.some((e) => /Prime Minister/.test(e.name)));
});

test('odd input does not break the tagger', () => {
  assert.deepEqual(entities(''), []);
  assert.deepEqual(entities('... --- ???'), []);
  const caps = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 'PARIS' : 'WORD')).join(' ');
  const list = entities(`Headline\n\n${caps}\n\nA (B) C ( D ) "E" ’s ’s U.S.-led al- Mr. Inc.`);
  for (const e of list) for (const m of e.mentions) assert.ok(m.end > m.start);
  assert.equal(byName(list, 'Paris').type, 'place');
});

test('acronym prefixes join: "U.N. Security Council" is the "United Nations Security Council"', () => {
  const text = `Council meets

The United Nations Security Council met on Monday. Diplomats said the U.N. Security Council would vote soon, and the Security Council chair agreed.`;
  const list = entities(text);
  const council = byName(list, 'United Nations Security Council');
  assert.ok(council.aliases.includes('U.N. Security Council'), `aliases ${council.aliases}`);
  assert.ok(council.aliases.includes('Security Council'), `aliases ${council.aliases}`);
  assert.equal(list.filter((e) => /Security Council/.test(e.name)).length, 1);
});

test('sports reports: sides named after places are organisations, national sides and venues stay places', () => {
  const text = `Cricket - county championship

TAUNTON 2026-06-12

Wessex beat Mercia by six wickets at Taunton on Friday. Mercia 212 and 187, Wessex 301 and 99-4.

Wessex captain Tom Hardy said his side deserved it. At Lord's, Kent v Essex was drawn. England play India on Sunday.`;
  const list = entities(text);
  assert.equal(byName(list, 'Kent').type, 'organization');
  assert.equal(byName(list, 'Essex').type, 'organization');
  assert.equal(byName(list, 'Taunton').type, 'place');
  assert.equal(byName(list, 'Taunton').mentions[0].text, 'TAUNTON');
  assert.equal(byName(list, 'England').type, 'place');
  assert.equal(byName(list, 'India').type, 'place');
  const hardy = byName(list, 'Tom Hardy');
  assert.equal(hardy.type, 'person');
});

test('results lists: people with their countries in brackets', () => {
  const text = `Athletics results

Men's 100 metres
1. Kwame Mensah (Ghana) 9.98
2. Piet Verhoeven (Netherlands) 10.01
3. Daniel Okoro (Nigeria) 10.05`;
  const list = entities(text);
  for (const p of ['Kwame Mensah', 'Piet Verhoeven', 'Daniel Okoro']) assert.equal(byName(list, p).type, 'person', p);
  for (const c of ['Ghana', 'Netherlands', 'Nigeria']) assert.equal(byName(list, c).type, 'place', c);
  assert.ok(!list.some((e) => e.name === 'Men'), 'the heading word is not an entity');
});

test('name particles stay inside the name and the surname joins it', () => {
  const text = `Rugby report

Scrum-half Joost van der Westhuizen scored twice on Saturday. Van der Westhuizen said the side was ready, and Westhuizen's coach agreed.`;
  const list = entities(text);
  const joost = byName(list, 'Joost van der Westhuizen');
  assert.equal(joost.type, 'person');
  assert.ok(joost.aliases.includes('Westhuizen'), `aliases ${joost.aliases}`);
});

test('a capitalised pair needs a plausible first name to be a person; company words make it a company', () => {
  const text = `Defence contracts

The contract went to Halberd Lockheed, a rival of Northrop Grumman, after Jordan Peterson reviewed the bids. Port Talbot said nothing.`;
  const list = entities(text);
  assert.equal(byName(list, 'Northrop Grumman').type, 'organization');
  assert.equal(byName(list, 'Halberd Lockheed').type, 'organization');
  // "Jordan" is a country too, but a common first name
  assert.equal(byName(list, 'Jordan Peterson').type, 'person');
});

test('a company named in full keeps its short name when a person shares it; company possessions and title-only runs', () => {
  const text = `Carmaker cuts jobs

Brenton Motor Company will cut 3,000 jobs. The plan, drawn up by Brenton's Chief Executive Officer, Edgar Brenton Jr., is to end Brenton's North American losses. Shares of Brenton rose, and 20 percent of Brenton's workforce will go.`;
  const list = entities(text);
  const company = byName(list, 'Brenton Motor Company');
  assert.equal(company.type, 'organization');
  assert.ok(company.mentions.length >= 4, `mentions ${company.mentions.map((m) => m.text)}`);
  assert.equal(byName(list, 'Edgar Brenton Jr.').type, 'person');
  assert.ok(!list.some((e) => e.name === 'Officer' || e.name === 'Chief Executive Officer'), 'a title alone is no entity');
  assert.equal(byName(list, 'North American').type, 'other');
});

test('possessed nouns and two-word cues type a lone name', () => {
  const list = entities(`Market report

An analyst at Quellbrook said trading was thin. Meanwhile Varga's wife told reporters the family was relieved.`);
  assert.equal(byName(list, 'Quellbrook').type, 'organization');
  assert.equal(byName(list, 'Varga').type, 'person');
});

test('organisation names joined by and/on, and widened to the initials of a bracketed acronym', () => {
  const text = `Regulators meet

The talks were chaired by the Council for Fisheries and Coastal Protection in Norland (CFCPN), which invited the Commission on Harbour Safety, the Ministry of Trade and Industry and the Food and Drug Administration. The Bank of England and Barclays declined. The CFCPN said it was pleased.`;
  const list = entities(text);
  const council = byName(list, 'Council for Fisheries and Coastal Protection in Norland');
  assert.equal(council.type, 'organization');
  assert.ok(council.mentions.some((m) => m.text === 'CFCPN'), 'the acronym joins the long name');
  for (const n of ['Commission on Harbour Safety', 'Ministry of Trade and Industry', 'Food and Drug Administration']) assert.equal(byName(list, n).type, 'organization', n);
  assert.ok(byName(list, 'Bank of England') !== byName(list, 'Barclays'), 'two banks stay two names');
});

test('facilities, designators and amounts: airport and prison names are places, Bros ends a company, "Around 100" is no team', () => {
  const text = `Travel news

Marchers gathered outside Raymond Poincaré airport on Monday, and two guards were moved from Kestrel Prison. Around 100 passengers were stranded, said Hollis Bros, whose buses were late. Net 415 million was reported.`;
  const list = entities(text);
  assert.equal(byName(list, 'Raymond Poincaré').type, 'place');
  assert.equal(byName(list, 'Kestrel Prison').type, 'place');
  assert.equal(byName(list, 'Hollis Bros').type, 'organization');
  assert.ok(!list.some((e) => e.name === 'Around' || e.name === 'Net'), list.map((e) => e.name).join(', '));
});

test('an organisation that opens with its head keeps its name ("Radio Veritas"); "New York" is not cut to "York"', () => {
  const list = entities(`Media

Radio Veritas quoted local police on Tuesday.
-- New York Newsdesk 212-555-0100`);
  assert.equal(byName(list, 'Radio Veritas').type, 'organization');
  assert.ok(list.some((e) => e.name.startsWith('New York')), list.map((e) => e.name).join(', '));
});

test('a small town the city list lacks is a place on its own; a company named after one stays a company', () => {
  const list = entities(`Regional news

Police said the fire in Roermond was out by noon, and Kehl stayed calm. Bergkamen Holdings said on Monday its profit rose; Bergkamen expects more.`);
  assert.equal(byName(list, 'Roermond').type, 'place');
  assert.equal(byName(list, 'Kehl').type, 'place');
  const company = byName(list, 'Bergkamen Holdings');
  assert.equal(company.type, 'organization');
  assert.ok(company.mentions.some((m) => m.text === 'Bergkamen'), `mentions ${company.mentions.map((m) => m.text)}`);
});

test('a surname that is also a country is the person when the document names them in full', () => {
  const list = entities(`Film festival

Director Neil Jordan defended his new film on Friday. "It is a story about courage," Jordan said, adding that Jordan had never shied away from hard subjects. The film was shot in Jordan last year.`);
  const neil = byName(list, 'Neil Jordan');
  assert.equal(neil.type, 'person');
  assert.ok(neil.mentions.length >= 2, `mentions ${neil.mentions.map((m) => m.text)}`);
  const country = list.find((e) => e.type === 'place' && e.name === 'Jordan');
  assert.ok(country, 'the country after "in" stays a place');
});

test('Korean given names keep their hyphenated syllable; a regnal "I" joins a monarch but not a pronoun', () => {
  const list = entities(`Anniversaries

Pyongyang asked for the return of Park Sung-ho, and Kang Mi-ran said the Seoul-based group would answer. 1558 - Queen Adela I crowned. I told Martin I was leaving.`);
  assert.equal(byName(list, 'Park Sung-ho').type, 'person');
  assert.equal(byName(list, 'Kang Mi-ran').type, 'person');
  assert.equal(byName(list, 'Seoul').type, 'place');
  assert.equal(byName(list, 'Adela I').type, 'person');
  assert.equal(byName(list, 'Martin').mentions[0].text, 'Martin');
});

test('nationality prefixes that are also first names; a sentence-opening role noun is not part of the name', () => {
  const list = entities(`Sport and politics

German Defence Minister Volker Ruehl will visit Oslo. Mark Brooks and Tom Lehman took the week off. Air France chairman Christian Blanc spoke. Fullback Andre Joubert scored twice. Player Development Office staff left early.`);
  assert.equal(byName(list, 'Volker Ruehl').mentions[0].text, 'Volker Ruehl');
  assert.equal(byName(list, 'Mark Brooks').type, 'person');
  assert.equal(byName(list, 'Christian Blanc').type, 'person');
  assert.equal(byName(list, 'Andre Joubert').mentions[0].text, 'Andre Joubert');
  assert.equal(byName(list, 'Player Development Office').type, 'organization');
});

test('a nationality in front of a known organisation, acronym, ministry or place is its own word; parties keep theirs', () => {
  const list = entities(`Diplomacy

A letter came from the Palestinian U.N. observer mission, and the German Foreign Ministry replied. Jewish West Bank settlements grew. The Scottish Labour Party met. Northern Iraq was calm.`);
  assert.equal(byName(list, 'U.N.').type, 'organization');
  assert.equal(byName(list, 'Foreign Ministry').type, 'organization');
  assert.equal(byName(list, 'West Bank').type, 'place');
  assert.equal(byName(list, 'Scottish Labour Party').type, 'organization');
  assert.equal(byName(list, 'Iraq').type, 'place');
});

test('what a name is said to be types it: "X, the largest automaker", "X is a mining town", "X has announced … its"', () => {
  const list = entities(`Industry

Drummond, the country's second-largest carmaker, cut jobs. Velsberg is a mining town in the north. Ostrava Pellworth has announced cuts at its plants. Ruiz, the company's chief executive, resigned.`);
  assert.equal(byName(list, 'Drummond').type, 'organization');
  assert.equal(byName(list, 'Velsberg').type, 'place');
  assert.equal(byName(list, 'Ostrava Pellworth').type, 'organization');
  assert.equal(byName(list, 'Ruiz').type, 'person');
});

test('industry words end company names, and words after them stay in the name', () => {
  const list = entities(`Industry

The plant was built by Harrow Aircraft and later sold to Bexley Steel, an editor on the Kestrel Energy Desk said.`);
  assert.equal(byName(list, 'Harrow Aircraft').type, 'organization');
  assert.equal(byName(list, 'Bexley Steel').type, 'organization');
  assert.ok(list.some((e) => e.name === 'Kestrel Energy Desk'), list.map((e) => e.name).join(', '));
});

test('airlines from the OpenFlights list are organisations, short forms included', () => {
  const list = entities(`Aviation

Investigators said an El Al freighter and an Aer Lingus jet had been cleared, and Lufthansa said it agreed.`);
  for (const n of ['El Al', 'Aer Lingus', 'Lufthansa']) assert.equal(byName(list, n).type, 'organization', n);
});

test('names in one list lean to the kind of the rest of the list', () => {
  const list = entities(`Squad news

The coach named Breen, Roermond, Irwin, McAteer and Harte for the match, while Pellwick, Danforth Group and Oakrise Holdings bid for the club.`);
  assert.equal(byName(list, 'Roermond').type, 'person');
  assert.equal(byName(list, 'Pellwick').type, 'organization');
});

test('company names with "of" before a designator, a possessive before a company word, and "Electric Power"', () => {
  const list = entities(`Deals

Gravel Ridge of Ontario Ltd agreed to buy Fishermen's Bancshares Inc. The paying agent is Ashford National Bank, Detroit. Tarn Electric Power will sell bonds. Dana Wells of Kestrel Banks Inc. said so.`);
  assert.equal(byName(list, 'Gravel Ridge of Ontario Ltd').type, 'organization');
  assert.equal(byName(list, "Fishermen's Bancshares Inc.").type, 'organization');
  assert.equal(byName(list, 'Detroit').type, 'place');
  assert.equal(byName(list, 'Tarn Electric Power').type, 'organization');
  assert.equal(byName(list, 'Dana Wells').type, 'person');
  assert.equal(byName(list, 'Kestrel Banks Inc.').type, 'organization');
});

test('index names are no teams, compass initials and St/Saint spellings find places, surname heads and families', () => {
  const list = entities(`Markets and politics

London's FTSE 100, Paris' CAC 40 and Frankfurt's DAX 30 indices each closed lower. N. Korea urged S. Korea to act. In St Louis, fans cheered. "It is a hard day," said Jim Press, the vice chairman. Senator Bill Clinton spoke; the findings could damage the Clintons.`);
  for (const p of ['London', 'Paris', 'Frankfurt', 'St Louis']) assert.equal(byName(list, p).type, 'place', p);
  assert.equal(byName(list, 'N. Korea').type, 'place');
  assert.equal(byName(list, 'Jim Press').type, 'person');
  assert.equal(byName(list, 'Clintons').type, 'person');
});

test('treaties, wars and tours take "of" and are named things, not places', () => {
  const list = entities(`On this day

In 1714 the Treaty of Rastatt was signed, ending the War of the Spanish Succession. Years later he won the final stage of the Tour of the Netherlands.`);
  assert.equal(byName(list, 'Treaty of Rastatt').type, 'other');
  assert.equal(byName(list, 'Tour of the Netherlands').type, 'other');
  assert.ok(!list.some((e) => e.name === 'Rastatt' || e.name === 'Netherlands'), list.map((e) => e.name).join(', '));
});

test('a capitalised common word with strong context is a name: a paper before "newspaper", a known body at a sentence start', () => {
  const list = entities(`Boxing

The champion has quit the ring, Britain's Star newspaper reported on Friday. "We are ready," Pentagon spokesman Doug Kennett said.`);
  assert.equal(byName(list, 'Star').type, 'organization');
  assert.equal(byName(list, 'Pentagon').type, 'organization');
});

test('quoted titles of works are one named thing; a nationality and a people before a group noun describe a group', () => {
  const list = entities(`Culture and conflict

He is best known for "Lawrence of Arabia" and "The Quiet Harbour", and later for "Sleeping Bread". Many Rwandan Hutu refugees refuse to go home.`);
  assert.equal(byName(list, 'Lawrence of Arabia').type, 'other');
  assert.equal(byName(list, 'The Quiet Harbour').type, 'other');
  assert.ok(!list.some((e) => e.name === 'Lawrence' || e.name === 'Arabia'), list.map((e) => e.name).join(', '));
  assert.equal(byName(list, 'Rwandan Hutu').type, 'other');
});

test('a place before an acronym is its own mention; a name before the year of an event is the event', () => {
  const list = entities(`Briefs

Airbus won a UK RAF tanker contract. Debt futures fell after the Chicago NAPM report. His Expo 98 pavilion drew crowds.`);
  assert.equal(byName(list, 'UK').type, 'place');
  assert.equal(byName(list, 'RAF').type, 'organization');
  assert.equal(byName(list, 'Chicago').type, 'place');
  assert.equal(byName(list, 'Expo').type, 'other');
});

test('a person named in full keeps a short form that is a common word even when a foundation shares it; "Washington DC"', () => {
  const list = entities(`Campaign notes

Donald Grump spoke in Washington DC on Saturday. Grump says he will win, and Grump said the Grump Foundation did nothing wrong.`);
  const grump = byName(list, 'Donald Grump');
  assert.equal(grump.type, 'person');
  assert.ok(grump.mentions.length >= 3, `mentions ${grump.mentions.map((m) => m.text)}`);
  assert.equal(byName(list, 'Grump Foundation').type, 'organization');
  assert.equal(byName(list, 'Washington DC').type, 'place');
});

test('political copy: a surname that also names a university stays the person named first; Senate seats, USA TODAY, Mt. Everest', () => {
  const list = entities(`Campaign notes

With two months to go, Brandvold still ducks on taxes. If the candidate is Donald Brandvold, the answer is no. Critics point to fraud at Brandvold University, and Brandvold's running mate said nothing. Tim Kaine's Senate seat is safe, USA TODAY reported. Two climbers died on Mt. Everest.`);
  const donald = byName(list, 'Donald Brandvold');
  assert.equal(donald.type, 'person');
  assert.ok(donald.mentions.length >= 3, `mentions ${donald.mentions.map((m) => m.text)}`);
  assert.equal(byName(list, 'Tim Kaine').type, 'person');
  assert.equal(byName(list, 'Senate').type, 'organization');
  assert.equal(byName(list, 'USA Today').type, 'organization');
  assert.equal(byName(list, 'Mt. Everest').type, 'place');
});

test('a carmaker is no town even when a town shares its name; "Bill of Rights" is a named thing', () => {
  const list = entities(`Business and law

He used to work for Honda before joining the campaign. Critics said the plan ignored the Bill of Rights.`);
  assert.notEqual(byName(list, 'Honda').type, 'place');
  assert.equal(byName(list, 'Bill of Rights').type, 'other');
});

test('peoples are named groups, not persons: "Native Americans", "Muslim-Americans"', () => {
  const list = entities(`Outreach

The campaign courted Muslim-Americans, Native Americans and Jewish-Americans this week.`);
  for (const n of ['Muslim-Americans', 'Native Americans', 'Jewish-Americans']) assert.equal(byName(list, n).type, 'other', n);
});

test("after a possessive only what a body owns says organisation: a person's newspaper is theirs, a company's board is its", () => {
  const list = entities(`Press freedom

The judge overturned a decision to shut down Vipheak's newspaper. Cofinec said Petrava general manager Laszlo Sebesvari would remain on Petrava's board.`);
  assert.equal(byName(list, 'Vipheak').type, 'person');
  assert.equal(byName(list, 'Petrava').type, 'organization');
});

test("a town before a player's position and name is the club", () => {
  const list = entities(`Football

The Irish took a 4-0 lead through captain Andy Townsend, 20-year-old Norwich striker Keith O'Neill and Sunderland forward Niall Quinn.`);
  assert.equal(byName(list, 'Norwich').type, 'organization');
  assert.equal(byName(list, 'Sunderland').type, 'organization');
  assert.equal(byName(list, "Keith O'Neill").type, 'person');
});

test('table headings of single letters and short capitals are no names', () => {
  const list = entities(`Standings

Eastern Division
W L PCT GB
Harbor City 80 55 .593 -`);
  assert.ok(!list.some((e) => /\bPCT\b/.test(e.name)), list.map((e) => e.name).join(', '));
});

test('a country after a name makes a company branch, unless the country is a common surname', () => {
  const list = entities(`Industry aid

The government will give Brenton Australia a grant, minister Ian MacDonald said. Coach Phil Jordan agreed.`);
  assert.equal(byName(list, 'Brenton Australia').type, 'organization');
  assert.equal(byName(list, 'Phil Jordan').type, 'person');
});

test('titles with nationality-shaped prefixes, "wa" in names, "Jan" and "I." opening names, a country before a person', () => {
  const list = entities(`Regional news

Zairean Prime Minister Kengo wa Dondo said so, and the Holy Roman Emperor Charles VI was recalled. Andrei Medvedev beat Jan Kroslak on Monday. Drakes 52; I. Austin 4-37. Prices fell on Jan 5.
Results: U.S. Maggie McNeil won.`);
  assert.equal(byName(list, 'Kengo wa Dondo').type, 'person');
  assert.equal(byName(list, 'Charles VI').type, 'person');
  assert.ok(!list.some((e) => e.type === 'organization' && /Zairean/.test(e.name)), list.map((e) => e.name).join(', '));
  assert.equal(byName(list, 'Jan Kroslak').type, 'person');
  assert.equal(byName(list, 'I. Austin').type, 'person');
  assert.equal(byName(list, 'Maggie McNeil').type, 'person');
  assert.ok(!list.some((e) => e.name === 'Jan'), 'the month is no name');
});

test('an organisation head at the end wins over a first name at the start', () => {
  const list = entities(`Contacts

Readers can reach the Paris Newsroom by phone, the desk said.`);
  assert.equal(byName(list, 'Paris Newsroom').type, 'organization');
});

test('a sentence-opening occupation before a name is not part of it ("Forecaster Dana Whitlock said")', async () => {
  const { analyze } = await import('../../server/src/engine/analyze');
  const a = analyze('Fire update\n\nThe wind eased overnight. Forecaster Dana Whitlock said humidity should rise. Epidemiologist Ana Ruiz agreed.');
  const people = a.entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.ok(people.includes('Dana Whitlock'), people.join(', '));
  assert.ok(people.includes('Ana Ruiz'), people.join(', '));
});

test('an event word ending a name outweighs a first name opening it ("the Porter Fire")', async () => {
  const { analyze } = await import('../../server/src/engine/analyze');
  const a = analyze('Fire update\n\nThe Porter Fire had burned 2,300 acres by Tuesday. Crews from Cal Fire held the line.');
  const fire = a.entities.find((e) => e.name === 'Porter Fire');
  assert.equal(fire?.type, 'other');
  assert.equal(a.entities.find((e) => e.name === 'Cal Fire')?.type, 'organization');
});

test('plural weekdays ("on Sundays") are no names', async () => {
  const { analyze } = await import('../../server/src/engine/analyze');
  const a = analyze('Library news\n\nThe library will close on Sundays starting next month, Ana Ruiz said.');
  assert.deepEqual(a.entities.map((e) => e.name), ['Ana Ruiz']);
});

test('utility names join two utility words across "and" ("Pacific Gas and Electric"), not a bare "Oil and Gas"', async () => {
  const { analyze } = await import('../../server/src/engine/analyze');
  const a = analyze('Power news\n\nPacific Gas and Electric said it cut power to 18,000 customers. Exports of Oil and Gas rose.');
  assert.ok(a.entities.some((e) => e.name === 'Pacific Gas and Electric' && e.type === 'organization'), a.entities.map((e) => e.name).join(', '));
  assert.ok(!a.entities.some((e) => e.name === 'Oil and Gas'));
});
