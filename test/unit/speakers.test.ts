// Speaker attribution on invented passages, one pattern per test. The speaker stage runs with
// no entities (its own fallback) unless a test gives entities to link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from '../../server/src/engine/structure';
import { findQuotes } from '../../server/src/engine/quotes';
import { attributeSpeakers } from '../../server/src/engine/speakers';
import type { Entity, Quote } from '../../server/src/engine/types';

const HEAD = 'Harbour plan divides council\n\n';

function attribute(body: string, entities: Entity[] = []): Quote[] {
  const article = readArticle(HEAD + body, 'text');
  const { quotes } = findQuotes(article);
  return attributeSpeakers(article, quotes, entities);
}

/** [quote opening words, speaker text, cue text] for each quote. */
function who(quotes: Quote[]) {
  return quotes.map((q) => [q.text.slice(0, 12), q.speaker?.text ?? null, q.cue?.text ?? null]);
}

test('"…," X said', () => {
  const [q] = attribute('“We will rebuild the pier before winter,” Mayor Ana Ruiz said on Monday.');
  assert.equal(q.speaker?.text, 'Ana Ruiz'); // title stripped
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.kind, 'direct');
  assert.equal(q.speaker?.anonymous, false);
  assert.match(q.speaker?.method ?? '', /said/);
});

test('"…," said X', () => {
  const [q] = attribute('“The pier is older than the town hall,” said Tomas Berg, a local historian.');
  assert.equal(q.speaker?.text, 'Tomas Berg');
  assert.equal(q.cue?.text, 'said');
});

test('X said: "…" and X replied: "…"', () => {
  const qs = attribute(
    'Councillor Lena Ward said: “We cannot afford it.”\n\nAsked about the cost, Treasurer Omar Haddad replied: “We can if we borrow.”',
  );
  assert.deepEqual(who(qs), [
    ['“We cannot a', 'Lena Ward', 'said'],
    ['“We can if w', 'Omar Haddad', 'replied'],
  ]);
});

test('X told CNN, with a long appositive between the name and the verb', () => {
  const [q] = attribute(
    '“I think it is unlikely the council will relent,” Nicholas Burns, a former senior harbour official now at the Maritime Institute of Northern Studies told CNN.',
  );
  assert.equal(q.speaker?.text, 'Nicholas Burns');
  assert.equal(q.cue?.text, 'told');
});

test('according to X, and X was quoted as saying', () => {
  const qs = attribute(
    'The vote was “a foregone conclusion,” according to a spokesman for the harbour board.\n\n' +
      'Earlier, the Coastal News Agency quoted Captain Piet Hein as saying that the cranes would stay.\n\n' +
      '“We will not move them until the new quay is finished,” he was quoted as saying.',
  );
  assert.equal(qs[0].speaker?.text, 'a spokesman for the harbour board');
  assert.equal(qs[0].speaker?.anonymous, true);
  assert.equal(qs[0].cue?.text, 'according to');
  assert.equal(qs[1].speaker?.text, 'he');
  assert.equal(qs[1].cue?.text, 'quoted as saying');
  assert.match(qs[1].speaker?.method ?? '', /he → Piet Hein/);
});

test('a second quote in the paragraph continues the speaker; so does a quote-only next paragraph', () => {
  const qs = attribute(
    '“If the plan fails, we are stuck,” Sen. Lindsey Graham told reporters. “Nobody wants that.”\n\n' +
      '“And nobody will pay for a second plan.”',
  );
  assert.deepEqual(
    qs.map((q) => q.speaker?.text),
    ['Lindsey Graham', 'Lindsey Graham', 'Lindsey Graham'],
  );
  assert.match(qs[1].speaker?.method ?? '', /continues the previous quote/);
  assert.match(qs[2].speaker?.method ?? '', /previous paragraph/);
});

test('a multi-paragraph quote: every piece has the same speaker', () => {
  const qs = attribute(
    '“The first thing we did was count the boats,” the inspector said. “Then we counted the nets.\n\n' +
      '“After that we wrote to the ministry and waited for an answer.”',
  );
  assert.equal(qs.length, 3);
  for (const q of qs) assert.equal(q.speaker?.text, 'the inspector');
});

test('"he said" goes to the subject of the previous sentence, not the last speaker', () => {
  const qs = attribute(
    'Harbour Master John Keel and Mayor Sergei Lavrin met on Thursday.\n\n' +
      '“Force might be needed,” Keel said, as Lavrin looked on.\n\n' +
      'But Lavrin made it clear that the town wants the harbour board to drop its threats.\n\n' +
      '“We proceed from the fact that no strike is needed,” he said.',
  );
  assert.equal(qs[0].speaker?.text, 'Keel');
  assert.equal(qs[1].speaker?.text, 'he');
  assert.match(qs[1].speaker?.method ?? '', /he → (Mayor )?Sergei Lavrin|he → Lavrin/);
  assert.match(qs[1].speaker?.method ?? '', /subject of the previous sentence/);
});

test('"he added" after a sentence that opens with an attributed quote', () => {
  const qs = attribute(
    '“It is too early to tell,” Obrien said in his speech.\n\n“But this has the potential to help,” he added.',
  );
  assert.equal(qs[1].speaker?.text, 'he');
  assert.match(qs[1].speaker?.method ?? '', /he → Obrien/);
});

test('a pronoun resolved earlier in the same sentence', () => {
  const [q] = attribute('While Mayor Ruiz has asked the board to wait, she did say that she wants the cranes moved “to keep the pressure on.”');
  assert.equal(q.kind, 'partial');
  assert.equal(q.speaker?.text, 'she');
  assert.match(q.speaker?.method ?? '', /she → Ruiz/);
});

test('nominal and anonymous sources: officials, sources, the newspaper', () => {
  const qs = attribute(
    'The talks covered what a senior harbour board official said was “a substantive discussion about the cranes.”\n\n' +
      '“The decision is final,” sources said.\n\n' +
      '“The council has lost its nerve,” the newspaper wrote in an editorial.',
  );
  assert.deepEqual(
    qs.map((q) => [q.speaker?.text, q.speaker?.anonymous]),
    [
      ['a senior harbour board official', true],
      ['sources', true],
      ['the newspaper', false],
    ],
  );
  assert.equal(qs[0].kind, 'partial');
});

test('partial quotes take the cue before them', () => {
  const [q] = attribute('Treasurer Haddad said “it obviously will take some time” to assess the damage.');
  assert.equal(q.kind, 'partial');
  assert.equal(q.speaker?.text, 'Haddad');
  assert.equal(q.cue?.text, 'said');
});

test('scare quotes and quoted titles get no speaker', () => {
  const qs = attribute('‘Verifiable process’ required\n\nThe so-called “experts” were absent from “Harbour Watch” on Sunday.');
  assert.ok(qs.length >= 2);
  for (const q of qs) {
    assert.equal(q.kind, 'scare');
    assert.equal(q.speaker, null);
  }
});

test('entities link by overlapping mention, pronouns through their antecedent', () => {
  const body = 'Mayor Ana Ruiz opened the meeting.\n\n“We will rebuild,” she said.\n\n“It will take a year,” Ruiz said.';
  const text = HEAD + body;
  const at = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    return { start, end: start + s.length, text: s };
  };
  const first = at('Ana Ruiz');
  const entities: Entity[] = [
    { id: 'e1', type: 'person', name: 'Ana Ruiz', aliases: ['Ruiz'], roles: ['Mayor'], mentions: [first, at('Ruiz', first.end)] },
  ];
  const qs = attribute(body, entities);
  assert.equal(qs[0].speaker?.text, 'she');
  assert.equal(qs[0].speaker?.entity, 'e1');
  assert.match(qs[0].speaker?.method ?? '', /she → Ana Ruiz/);
  assert.equal(qs[1].speaker?.entity, 'e1');
});

test('the speaker span is the text at its offsets', () => {
  const body = '“Force might be needed,” Keel said.\n\n“We proceed,” said the harbour board chairman.';
  const text = HEAD + body;
  for (const q of attribute(body)) {
    assert.ok(q.speaker);
    assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
    assert.ok(q.cue);
    assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
  }
});

test('participles, "as X put it", and an attribution closing the sentence', () => {
  const qs = attribute(
    'The harbour board rejected the plan on Friday, saying “the numbers do not add up.”\n\n' +
      'Or, as Tomas Berg, author of “Harbour Lights,” put it, “The sea always wins.”\n\n' +
      '“Boats on the quay” would be a disaster, Councillor Lena Ward said after the vote.',
  );
  const real = qs.filter((q) => q.kind !== 'scare');
  assert.deepEqual(
    real.map((q) => q.speaker?.text),
    ['The harbour board', 'Tomas Berg', 'Lena Ward'],
  );
});

test('an interview transcript labels its speakers', () => {
  const qs = attribute('"HOST: Will the pier reopen this year?\n\n"RUIZ: Not before the spring, I am afraid."');
  assert.deepEqual(
    qs.map((q) => q.speaker?.text),
    ['HOST', 'RUIZ'],
  );
});

test('a past-tense verb after a comma-ended quote reports it, even outside the lexicon', () => {
  const [q] = attribute('“Let me help you out – the answer is no,” the harbour master riffed, to laughter.');
  assert.equal(q.speaker?.text, 'the harbour master');
  assert.equal(q.cue?.text, 'riffed');
});

test('a passive cue does not make its subject the speaker', () => {
  const [q] = attribute('Mayor Ruiz was asked, “Will the pier reopen this year?”');
  assert.notEqual(q.speaker?.text, 'Ruiz');
});

test('the owner of reported words speaks them: "Ruiz’s claim that “…”"', () => {
  const [q] = attribute('The board rejected Ruiz’s claim that “nobody knew about the cracks.”');
  assert.equal(q.speaker?.text, 'Ruiz');
  assert.equal(q.cue?.text, 'claim');
  assert.equal(q.kind, 'partial');
});

test('a paragraph ending with a colon introduces the quotation after it', () => {
  const qs = attribute('In response, Mayor Ana Ruiz released the following statement:\n\n“We offer our condolences to the families.”');
  assert.equal(qs[0].speaker?.text, 'Ana Ruiz');
});

test('a quoted title lends no speaker to the quote after it; "that said" is a relative clause', () => {
  const qs = attribute(
    'Her favourite show is “Harbour Nights.” “My guilty pleasure is that show,” the retired captain told the Gazette.\n\n' +
      'Volunteers handed out leaflets that said, “The harbour belongs to everyone.”',
  );
  assert.deepEqual(
    qs.map((q) => [q.kind, q.speaker?.text ?? null]),
    [
      ['scare', null],
      ['direct', 'the retired captain'],
      ['direct', 'that'],
    ],
  );
  assert.match(qs[2].speaker?.method ?? '', /that → leaflets/);
});

test('a partial quote with no reporting verb goes to a person subject; a quoted term does not', () => {
  const qs = attribute(
    'He pressed the council to “open its doors and let the fishermen back in.”\n\n' +
      'The storm wrecked the “temporary” pier.',
  );
  assert.equal(qs[0].kind, 'partial');
  assert.equal(qs[0].speaker?.text, 'He');
  assert.match(qs[0].speaker?.method ?? '', /no reporting verb/);
  assert.equal(qs[1].kind, 'scare');
  assert.equal(qs[1].speaker, null);
});

test('"…," saying …: a participle after a quote is not an inverted "said X"', () => {
  const qs = attribute('Mayor Ana Ruiz has mounted a spirited defence of “harbour values,” saying the town embodied the “grit and heart of the coast.”');
  assert.deepEqual(
    qs.map((q) => q.speaker?.text),
    ['Ana Ruiz', 'Ana Ruiz'],
  );
});

test('a determiner opens the subject, not an introductory phrase', () => {
  const [q] = attribute('The harbour master tried to calm the crowd, and took a heckler in stride, saying the man would “not be thrown out” of the meeting.');
  assert.match(q.speaker?.text ?? '', /^The harbour master\b/); // not "took a heckler"
});

test('He says he …: the outer reporting pronoun is the source', () => {
  const [q] = attribute('Ruiz spoke at the pier. She says she believes the council has “the tide at its back” before the vote.');
  assert.equal(q.speaker?.text, 'She');
  assert.equal(q.cue?.text, 'says');
});

test('a capitalised common word the article also uses as a name is a subject, not an opener', () => {
  const qs = attribute(
    'The harbour plan was backed by Councillor Tom Baker on Monday.\n\nBaker didn’t seem impressed with the mayor’s remarks, telling reporters, “A lot of people want the pier rebuilt.”',
  );
  assert.equal(qs[0].speaker?.text, 'Baker');
});

test('"…," she went on', () => {
  const qs = attribute('“The pier is the heart of this town, and we will not let it rot,” she went on.\n\nRuiz went on local radio to defend “a plan nobody else had.”');
  assert.equal(qs[0].speaker?.text, 'she');
  assert.equal(qs[0].cue?.text, 'went');
  assert.notEqual(qs[1].cue?.text, 'went'); // "went on local radio" reports nothing
});

test('a continuation skips a quoted title between it and the quote it continues', () => {
  const qs = attribute('“We will rebuild the pier,” Ruiz said during an interview on Harbour Radio’s “Morning Tide” show. “The money is there. The will is there.”');
  assert.equal(qs[0].speaker?.text, 'Ruiz');
  assert.equal(qs[1].kind, 'scare');
  assert.equal(qs[2].speaker?.text, 'Ruiz');
});

test('a name set off by a dash before the colon labels the quotation', () => {
  const qs = attribute(
    'Turnout models missed the surge - Carl Brandt: “The late deciders broke for the newcomer by a wide margin.”\n\nMore from Brandt: “Nobody polled after Friday.”',
  );
  assert.equal(qs[0].speaker?.text, 'Carl Brandt');
  assert.equal(qs[1].speaker?.text, 'Brandt');
});

test('X said Y urged …: the outer reporting clause wins over an inner name', () => {
  const [q] = attribute('Councillor Lena Ward said Ruiz urged members to stay “closely coordinated” before the vote.');
  assert.equal(q.speaker?.text, 'Lena Ward');
});

test('"according to X" in the sentence names the source over the speaker it reports', () => {
  const qs = attribute(
    '“The pier will be ready by June,” Ruiz said, according to a transcript of the meeting.\n\nAccording to the town clerk, Ward said the plan was “a costly gamble.”',
  );
  assert.equal(qs[0].speaker?.text, 'a transcript of the meeting');
  assert.equal(qs[1].speaker?.text, 'the town clerk');
});

test('"X denounced what he called the “…”": the subject, not the pronoun', () => {
  const [q] = attribute('Councillor Lena Ward denounced what she called the “reckless” harbour budget.');
  assert.equal(q.speaker?.text, 'Lena Ward');
});

test('"X called Y’s remarks on Sunday “…”": the quote describes the words, X said it', () => {
  const [q] = attribute('Councillor Lena Ward called Ruiz’s remarks on Sunday “reckless and unkind.”');
  assert.equal(q.speaker?.text, 'Lena Ward');
});

test('"delivered a snappy retort: “…”": a bare cue form after a/the + modifier is a noun', () => {
  const [q] = attribute('Ruiz delivered a snappy retort: “No one is tearing up the pier. We are going forward.”');
  assert.equal(q.speaker?.text, 'Ruiz');
});

test('"X confirmed she had been and said, “…”": coordinated verbs share the named subject', () => {
  const [q] = attribute('Ruiz confirmed she had been warned and said, “The pier was never safe for crowds.”');
  assert.equal(q.speaker?.text, 'Ruiz');
});

test('a quoted term inside an appositive does not cut off the attribution', () => {
  const [q] = attribute('“We have had better meetings than this one,” harbour pilot Bill Eastland, wearing a cap with “Pier 9” on it, said quietly.');
  assert.equal(q.speaker?.text, 'Bill Eastland');
});

test('"…," the note says: a cue form after an article is the noun naming the source', () => {
  const [q] = attribute('“Fix the pier or resign!” the note says.');
  assert.equal(q.speaker?.text, 'the note');
  assert.equal(q.cue?.text, 'says');
});

test('"X issued a statement, “…”": a direct quote after a comma with no cue belongs to the subject', () => {
  const [q] = attribute('Ruiz issued a statement on Friday, “The pier will reopen in June. We owe the town nothing less.”');
  assert.equal(q.speaker?.text, 'Ruiz');
});

test('"…!" beamed X: a past-tense verb before a name after an open-ended quote', () => {
  const [q] = attribute('“This is the best day the pier has seen!” beamed Donald Hartley of Port Ellis, who had queued since dawn.');
  assert.equal(q.speaker?.text, 'Donald Hartley');
  assert.equal(q.cue?.text, 'beamed');
});

test('a run-on sentence of thousands of quoted terms still attributes the quote at its end', () => {
  // The sentence context is capped around each quote, so this stays linear; the attribution
  // right after the last quote is still read.
  const terms = Array.from({ length: 3000 }, (_, i) => `“term${i}”`).join(' ');
  const quotes = attribute(`${terms} and “we will not move,” Ana Ruiz said.`);
  const last = quotes[quotes.length - 1];
  assert.equal(quotes.length, 3001);
  assert.equal(last.speaker?.text, 'Ana Ruiz');
  assert.equal(last.cue?.text, 'said');
});

test('"X said, however, that Y hopes “…”": a comma-set aside before "that" keeps the outer reporting clause', () => {
  const [q] = attribute('Ana Ruiz said, however, that she hopes “the pier reopens before the summer.”');
  assert.equal(q.speaker?.text, 'Ana Ruiz');
  assert.equal(q.cue?.text, 'said');
});

test('"The mayor noted that she … and added: “…”": coordinated verbs share a person-noun subject over the inner pronoun', () => {
  const [q] = attribute('The mayor noted that she had sailed from the pier as a girl, and added: “It is the heart of this town.”');
  assert.equal(q.speaker?.text, 'The mayor');
  assert.equal(q.cue?.text, 'added');
});

test('"X hammered Y, calling him a “…”": a past-tense verb ends the subject phrase, so the participle is X’s', () => {
  const [q] = attribute('Councillor Ana Ruiz hammered Mayor Tom Hale, calling him a “harbor wrecker” on Monday.');
  assert.equal(q.speaker?.text, 'Ana Ruiz');
  assert.equal(q.cue?.text, 'calling');
});

test('"“…,” Harbor Radio morning co-host Dana Pike said": a long unpunctuated subject after a quote that opens its sentence', () => {
  const quotes = attribute('The pier stayed shut.\n\n“But that was the first time in a long time, mayor,” Harbor Radio morning co-host Dana Pike said.');
  const q = quotes[quotes.length - 1];
  assert.equal(q.speaker?.text, 'Dana Pike');
  assert.equal(q.cue?.text, 'said');
});

test('"a harbor official who spoke anonymously … said, “…”": the phrase before "who" is the subject of the main cue', () => {
  const quotes = attribute('The talks went on.\n\nA harbor official who spoke anonymously to discuss internal planning said Wednesday, “There are discussions between the port and the union.”');
  const q = quotes[quotes.length - 1];
  assert.equal(q.speaker?.text, 'A harbor official');
  assert.equal(q.cue?.text, 'said');
});

test('"“…” ― Jane Doe": a name after a dash signs a quotation that opens its paragraph, but not a dash aside in prose', () => {
  const quotes = attribute('Readers wrote in about the pier.\n\n“It was the heart of this town. Now it is a parking lot.” ― Marta Quinlan\n\n“Bring back the ferry.” — Tom Okafor, 62, a retired welder.\n\nShe called the plan a “giveaway” — Hale, by contrast, said it would pay for itself.');
  const [a, b, c] = quotes;
  assert.equal(a.speaker?.text, 'Marta Quinlan');
  assert.equal(a.cue, null);
  assert.equal(b.speaker?.text, 'Tom Okafor');
  assert.notEqual(c.speaker?.text, 'Hale');
});

test('"X -- an aside -- told me, “…”": a typewriter dash aside sits between the speaker and the cue', () => {
  for (const dash of ['--', '—']) {
    const [q] = attribute(`Ana Ruiz, the head of the port authority ${dash} the agency that runs the pier, which reopened in May ${dash} told me, “We are not selling the pier.”`);
    assert.equal(q.speaker?.text, 'Ana Ruiz', dash);
    assert.equal(q.cue?.text, 'told', dash);
  }
});

test('a partial quote whose sentence opens with ordinary words keeps no speaker rather than a wrong one', () => {
  const [a, b, c] = attribute('Tunnels are so common here that the harbor is now “Swiss cheese.”\n\nRuiz wants the pier to “stay open for everyone.”\n\nGovernor Tom Bush toured the pier. Bush wants it to “stay a working harbor.”');
  assert.equal(a.kind, 'partial');
  assert.equal(a.speaker, null);
  assert.equal(b.speaker?.text, 'Ruiz');
  assert.equal(c.speaker?.text, 'Bush', 'a surname that is also a common word, known as a name from its title');
});

test('"A harbor official familiar with the talks told Reuters, “…”": the source is the phrase before its modifier', () => {
  const quotes = attribute('A harbor official familiar with the talks told Reuters, “The pier will close.”\n\nAnother source speaking on condition of anonymity said, “The union agreed.”\n\nThe mayor, speaking to reporters, said, “We are done.”');
  assert.deepEqual(quotes.map((q) => q.speaker?.text), ['A harbor official', 'Another source', 'The mayor']);
});

test('a continued quote takes the nearest mention of its speaker from the sentence between', () => {
  const quotes = attribute('“The pier is ours,” said Marta Quinlan, a welder from the east side. She says the plan ignores the fishermen. “It is our living.”\n\n“We will fight,” said Tom Okafor. Okafor has run the bait shop since 1990. “It is all I have.”');
  assert.deepEqual(quotes.map((q) => q.speaker?.text), ['Marta Quinlan', 'She', 'Tom Okafor', 'Okafor']);
  assert.match(quotes[1].speaker?.method ?? '', /Marta Quinlan/);
});

test('"X took to the radio to accuse Y of being “…”": a stance verb of speech in an infinitive reports its subject’s words', () => {
  const quotes = attribute('Ruiz took to the radio to accuse the council of being “asleep at the wheel.”\n\nHale ordered the crews to maintain “a steady pace.”');
  assert.equal(quotes[0].speaker?.text, 'Ruiz');
  assert.equal(quotes[0].kind, 'partial');
  assert.notEqual(quotes[1].cue?.text, 'maintain');
});

test('a cue inside a relative clause that does not introduce the quote leaves it to the outer reporting clause', () => {
  const quotes = attribute('Ruiz mocked the plan, saying anybody who complains about the smell “has never worked a boat.”\n\nHale told a fisherman who suggested that the pier may close because of costs that “this pier is not for sale.”\n\nThe mayor met the man who complained that “the pier is dirty.”');
  assert.deepEqual(quotes.map((q) => q.speaker?.text), ['Ruiz', 'Hale', 'who']);
});

test('"Protesters marching through the streets chanted “…”": any participle phrase after a source; "of Republican claims" is a noun', () => {
  const quotes = attribute('Protesters marching past the pier chanted “Save our harbor!” until dark.\n\nHer most striking appeal came when she said, “This is our town.”\n\nThe board rated 30% of council claims as “misleading,” compared with 10% of harbor claims.');
  assert.deepEqual(quotes.slice(0, 2).map((q) => q.speaker?.text), ['Protesters', 'she']);
  assert.notEqual(quotes[2].speaker?.text, 'council');
  assert.notEqual(quotes[2].cue?.text, 'claims');
});

test('"her campaign account posted: “…”": a past-tense cue after a possessive phrase is a verb, not a noun', () => {
  const [q] = attribute('The next day, her campaign account posted: “Vote for the harbor plan.”');
  assert.equal(q.speaker?.text, 'her campaign account');
  assert.equal(q.cue?.text, 'posted');
});

test('before a colon: coordinated names label the quotation; a person named after a thing-subject beats it, but not a place after a preposition', () => {
  const quotes = attribute('Turnout shifted late - More from Ana Ruiz and Tom Hale: “The harbor vote moved in the last week.”\n\nThe timing of the vote does not surprise pollster Dana Pike: “Harbor towns decide late.”\n\nA familiar voice mocked the plan on Harborview: “Nobody will come.”');
  assert.deepEqual(quotes.map((q) => q.speaker?.text), ['Ana Ruiz and Tom Hale', 'Dana Pike', 'A familiar voice']);
});

test('"After the vote in Salem, Ore., Sen. Ana Ruiz (D-Ore.), said, “…”": a party tag and a comma after the name', () => {
  const [q] = attribute('After the vote in Salem, Ore., on Tuesday, Sen. Ana Ruiz (D-Ore.), said, “The harbor stays open.”');
  assert.equal(q.speaker?.text, 'Ana Ruiz');
});

test('the subject of a participle clause skips an introductory phrase at the sentence start', () => {
  const quotes = attribute('Shortly after the vote ended, the Ruiz campaign sent out a press release saying Hale owes “the harbor an apology.”\n\nAppearing before cheering supporters at the pier, Ruiz, 70, said it was too early but added, “I think you know the result.”');
  assert.deepEqual(quotes.map((q) => q.speaker?.text), ['the Ruiz campaign', 'Ruiz']);
});

test('"the newspaper", "the company", "the ministry" link to the fitting organization named earlier; "the campaign" stays unlinked', async () => {
  const { analyze } = await import('../../server/src/engine/analyze');
  const a = analyze(
    HEAD +
      'The Harbor Times reported on Monday that the pier would close. Acme Shipping Corp. said the report was wrong, and the Foreign Ministry issued a note.\n\n' +
      '“We never planned to close the pier,” the company said. “We stand by our reporting,” the newspaper said. “We object,” the ministry said. “This is a scandal,” the campaign said.',
  );
  const linked = a.quotes.map((q) => (q.speaker?.entity ? a.entities.find((e) => e.id === q.speaker!.entity)!.name : null));
  assert.deepEqual(linked, ['Acme Shipping Corp.', 'Harbor Times', 'Foreign Ministry', null]);
});

test('a relative pronoun after a time phrase refers to what comes before the time ("a note from the harbor master Friday afternoon that says")', () => {
  const [q] = attribute('Ruiz released a note from the harbor master Friday afternoon that says the pier is in “excellent shape” for its age.');
  assert.equal(q.speaker?.text, 'that');
  assert.match(q.speaker?.method ?? '', /harbor master/);
});

test('a quotation inside a paragraph, after a sentence about a named person, is theirs, not the previous paragraph speaker’s', () => {
  const quotes = attribute('“We need a new pier,” Hale said on Harbor Radio.\n\nOn the evening news, Ana Ruiz named the fishermen as the reason to wait. “They have waited long enough for a plan.”');
  assert.deepEqual(quotes.map((q) => q.speaker?.text), ['Hale', 'Ana Ruiz']);
});

test('"… in a heavily Democratic state." ends with a noun, not the cue "state"', () => {
  const quotes = attribute('Ruiz praised the governor and his ability to get things done in a heavily Democratic state. “We need someone who will fix the pier.”');
  assert.equal(quotes[0].speaker?.text, 'Ruiz');
});

test('"referred to X as “…”" and "started to portray X as a “…”" report the subject’s words; "referred the case to" does not', () => {
  const quotes = attribute('In Salem, he referred to the protesters as “my friends” and left.\n\nHarbor officials started to portray the closure as a “safety” issue.\n\nThe mayor referred the “pier case” to the police.');
  assert.deepEqual(quotes.map((q) => [q.kind, q.speaker?.text ?? null]), [['partial', 'he'], ['partial', 'Harbor officials'], ['scare', null]]);
});

test('a nickname between parts of a name reads as part of the name: "“…!” Marcia “Cia” Price shouted"', () => {
  const quotes = attribute('“This is a big year for the harbor!” Marcia “Cia” Price shouted to the crowd. “The state is watching.”');
  const said = quotes.filter((q) => q.kind !== 'scare');
  assert.deepEqual(said.map((q) => q.speaker?.text), ['Marcia “Cia” Price', 'Marcia “Cia” Price']);
  assert.equal(quotes.find((q) => q.text === '“Cia”')?.kind, 'scare');
});

test('"“…,” as X said on the radio" attributes to X; a quoted show title in the sentence before does not block the subject rule', () => {
  const quotes = attribute('Still, the fact that the vote “is a dead heat right now,” as Ruiz said on the radio on Monday, matters.\n\nOn “Harbor Hour,” Tom Hale named the fishermen as the reason. “They deserve better.”');
  const said = quotes.filter((q) => q.kind !== 'scare');
  assert.deepEqual(said.map((q) => q.speaker?.text), ['Ruiz', 'Tom Hale']);
});

test('a pronoun whose antecedent is a role phrase with a name in apposition resolves to the name, and "she" never to a company', async () => {
  const { analyze } = await import('../../server/src/engine/analyze');
  const a = analyze(HEAD + 'A spokeswoman for Acme Shipping Corp., Marieke de Vries, said the company had offered guarantees. “That offer remains on the table,” she said.\n\nThe port’s chief engineer, Professor Sam Kariuki, said the cranes held up. “We saw no damage,” he said.');
  const names = a.quotes.map((q) => a.entities.find((e) => e.id === q.speaker?.entity)?.name ?? null);
  assert.deepEqual(names, ['Marieke de Vries', 'Sam Kariuki']);
});

test('a possessive pronoun whose antecedent is the sentence’s named subject gives the name; "X said he …" gives X', async () => {
  const { analyze } = await import('../../server/src/engine/analyze');
  const a = analyze(
    HEAD +
      'Mayor Ana Ruiz opened the meeting on Monday. Ruiz also repeated her claim that the pier was “safe for another decade” despite the cracks.\n\n' +
      'Tomas Berg, a harbor pilot, spoke next. Berg said he began calling the port office and making an effort to “get the cranes moving,” a reference to the stalled repairs.\n\n' +
      'Even as Ruiz was praising the crews, she came under fire from the council over her assertion that the repairs were “nearly done.”',
  );
  assert.deepEqual(a.quotes.map((q) => q.speaker?.text ?? null), ['Ruiz', 'Berg', 'her']);
});

test('a title-case headline closed by its source: ", Lena Ward Says"', () => {
  const article = readArticle('Harbor Plan Is ‘A Gift To Developers,’ Council Member Lena Ward Says\n\nThe plan was approved on Monday.', 'text');
  const { quotes } = findQuotes(article);
  const [q] = attributeSpeakers(article, quotes, []);
  assert.deepEqual([q.kind, q.speaker?.text, q.cue?.text], ['partial', 'Council Member Lena Ward', 'Says']);
});

test('", saying" belongs to the reporting clause, not to a verb with an infinitive ("we must continue to invest")', () => {
  const [q] = attribute('Ruiz told the council that she believes we must continue to invest in the pier, saying that “the harbor still decides too much” in this town.');
  assert.equal(q.speaker?.text, 'Ruiz');
});

test('"the 41-year-old father of two replied" names the speaker', () => {
  const [q] = attribute('Omar Haddad spoke on Monday. He said the fund was empty, and when pressed on why, the 41-year-old father of two replied, “We spent it on the pier.”');
  assert.equal(q.speaker?.text, 'the 41-year-old father of two');
});

test('the sentence subject skips "Early in …,", "A few days later," and a dateline with its agency', () => {
  const quotes = attribute(
    'Early in her campaign, Ruiz attacked the harbor board, calling it “a club for insiders.”\n\n' +
      'But a few days later, Ruiz reversed herself again, telling reporters that the board was “doing its best.”\n\n' +
      'Salem (AFP) – Councillor Omar Haddad has taken a swipe at the board, saying that “secret meetings” do more harm than good.',
  );
  assert.deepEqual(quotes.map((q) => q.speaker?.text ?? null), ['Ruiz', 'Ruiz', 'Omar Haddad']);
});

test('a colon after "With X worried about …," is introduced by the main clause; "exemplified by this finding:" by the agent', () => {
  const quotes = attribute(
    'With council aides increasingly worried about turnout among young voters, Mayor Ana Ruiz is rolling out a new and more personal message: “It is about me.”\n\n' +
      'The harbor’s decline is exemplified by this finding: “Four of the six cranes have not moved since May.”',
  );
  assert.deepEqual(quotes.map((q) => q.speaker?.text ?? null), ['Ana Ruiz', 'this finding']);
});
