// Loaders of the accuracy instrument, on tiny inline snippets (never the shared data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBrat, quotesFromBrat } from '../../scripts/eval/load-polnear';
import { iobChunks, parseConll } from '../../scripts/eval/load-conll';
import { parseTimeml } from '../../scripts/eval/load-timeml';
import { parseMeantime } from '../../scripts/eval/load-meantime';
import { gumDateValue, parseGum } from '../../scripts/eval/load-gum';
import { codePointToUtf16, decodeXml, detokenise } from '../../scripts/eval/text';

// Code points: 😀=0 ' '=1 Kerry=2..6 ' '=7 said=8..11 ' '=12 “=13 … ”=20; UTF-16 is one more after the emoji.
const BRAT_TEXT = '😀 Kerry said “we go.” Then he left, aides said.';
const BRAT_ANN = [
  'T1\tSource 2 7\tKerry',
  'T2\tCue 8 12\tsaid',
  'T3\tContent 13 21\t“we go.”',
  'T4\tAttribution 8 12\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tContent 22 38\tThen he left',
  'T6\tSource 38 43\taides',
  'E2\tAttribution:T4 Content:T5 Cue:T2 Source:T6',
  '#1\tAnnotatorNotes T1\ta note',
].join('\n');

test('code-point offsets become UTF-16 offsets', () => {
  assert.deepEqual(codePointToUtf16('a😀b'), [0, 1, 3, 4]);
  const { spans, events } = parseBrat(BRAT_ANN, BRAT_TEXT);
  const src = spans.get('T1')!;
  assert.deepEqual(src.parts, [{ start: 3, end: 8 }]);
  assert.equal(src.text, 'Kerry');
  assert.equal(spans.get('T3')!.text, '“we go.”');
  assert.equal(events.length, 2);
  assert.deepEqual(events[0].args, { Attribution: 'T4', Content: 'T3', Cue: 'T2', Source: 'T1' });
});

test('only attribution contents with a double quotation mark are gold quotes', () => {
  const quotes = quotesFromBrat(BRAT_ANN, BRAT_TEXT);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].start, 14);
  assert.equal(quotes[0].end, 22);
  assert.equal(quotes[0].sourceText, 'Kerry');
  assert.deepEqual(quotes[0].source, [{ start: 3, end: 8 }]);
});

test("two apostrophes (the NYT's double quotation mark) make a gold quote too", () => {
  const text = "''We go,'' Kerry said.";
  const ann = ['T1\tContent 0 10\t\'\'We go,\'\'', 'T2\tSource 11 16\tKerry', 'E1\tAttribution:T3 Source:T2 Content:T1'].join('\n');
  assert.equal(quotesFromBrat(ann, text).length, 1);
});

test('a headline quoted in single marks is a gold quote; apostrophes are not quotation marks', () => {
  const single = "Kasich: ‘We go all the way.’ Then Ohio’s farmers’ turn.";
  const ann = (s: number, e: number) => [`T1\tContent ${s} ${e}\tx`, 'E1\tAttribution:T3 Content:T1'].join('\n');
  assert.equal(quotesFromBrat(ann(8, 28), single).length, 1);
  assert.equal(quotesFromBrat(ann(29, 55), single).length, 0);
  assert.equal(quotesFromBrat(ann(0, 6), "'We go,' Kerry said.").length, 0);
  assert.equal(quotesFromBrat(ann(0, 8), "'We go,' Kerry said.").length, 1);
});

test('discontinuous brat spans, Content2 and attributions without a source', () => {
  const text = '"One," he said, "two." "Three," it read.';
  //            0123456789012345678901234567890123456789
  const ann = [
    'T1\tContent 0 6;16 22\t"One," "two."',
    'T2\tSource 7 9\the',
    'T3\tCue 10 14\tsaid',
    'T4\tContent 30 31\t,',
    'E1\tAttribution:T3 Cue:T3 Source:T2 Content:T1 Content2:T5',
    'T5\tContent 23 31\t"Three,"',
    'E2\tAttribution-no-source:T6 ',
    'T6\tContent 23 31\t"Three,"',
    'E3\tAttribution:T6 Content:T6',
  ].join('\n');
  const quotes = quotesFromBrat(ann, text);
  assert.equal(quotes.length, 3);
  assert.deepEqual(quotes[0].parts, [
    { start: 0, end: 6 },
    { start: 16, end: 22 },
  ]);
  assert.equal(quotes[0].text, '"One," "two."');
  assert.equal(quotes[0].start, 0);
  assert.equal(quotes[0].end, 22);
  assert.equal(quotes[1].sourceText, 'he'); // Content2 shares the event's source
  assert.equal(quotes[2].source, null);
});

test('detokenise attaches punctuation and clitics and alternates quotes', () => {
  const { text, offsets } = detokenise([
    ['HEADLINE', 'HERE'],
    ['He', 'said', '``', 'it', "'s", 'fine', ',', "''", 'and', 'left', '.'],
    ['(', 'Reuters', ')', 'did', "n't", 'say', '"', 'why', '"', '.'],
  ]);
  assert.equal(text, 'HEADLINE HERE\n\nHe said "it\'s fine," and left. (Reuters) didn\'t say "why".');
  assert.equal(text.slice(...offsets[4]), '"');
  assert.equal(text.slice(...offsets[5]), 'it');
  assert.equal(text.slice(...offsets[6]), "'s");
  assert.equal(text.slice(...offsets[14]), 'Reuters');
});

test('a closing quote put at the start of the next sentence still attaches to the quote', () => {
  const { text } = detokenise([
    ['"', 'We', 'won', '.'],
    ['"', 'He', 'left', '.'],
  ]);
  assert.equal(text, '"We won." He left.');
});

test('IOB1: I- continues a chunk, B- splits two adjacent chunks of one type', () => {
  assert.deepEqual(iobChunks(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG']), [
    { type: 'PER', from: 0, to: 1 },
    { type: 'LOC', from: 3, to: 3 },
    { type: 'LOC', from: 4, to: 4 },
    { type: 'ORG', from: 5, to: 5 },
  ]);
});

test('CoNLL documents become text with character spans', () => {
  const data = [
    '-DOCSTART- -X- O O',
    '',
    'BERLIN NNP I-NP I-LOC',
    '1996-08-22 CD I-NP O',
    '',
    'Peter NNP I-NP I-PER',
    'Blackburn NNP I-NP I-PER',
    'of IN I-PP O',
    'the DT I-NP O',
    'EU NNP I-NP I-ORG',
    "'s POS B-NP O",
    'German JJ I-NP I-MISC',
    'office NN I-NP O',
    '. . O O',
    '',
    '-DOCSTART- -X- O O',
    '',
    'Paris NNP I-NP I-LOC',
    'Rome NNP I-NP B-LOC',
    '. . O O',
  ].join('\n');
  const docs = parseConll(data, 't');
  assert.equal(docs.length, 2);
  const [a, b] = docs;
  assert.equal(a.text, "BERLIN 1996-08-22\n\nPeter Blackburn of the EU's German office.");
  assert.equal(a.published, '1996-08-22');
  assert.deepEqual(
    a.entities!.map((e) => [e.type, e.text, a.text.slice(e.start, e.end)]),
    [
      ['LOC', 'BERLIN', 'BERLIN'],
      ['PER', 'Peter Blackburn', 'Peter Blackburn'],
      ['ORG', 'EU', 'EU'],
      ['MISC', 'German', 'German'],
    ],
  );
  assert.deepEqual(b.entities!.map((e) => e.text), ['Paris', 'Rome']);
});

test('TimeML: text of <TEXT> only, DCT gives the date and is not scored', () => {
  const tml = [
    '<?xml version="1.0" ?>',
    '<TimeML>',
    '<DOCID>X1</DOCID>',
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>',
    '<TITLE>Title <TIMEX3 tid="t9" type="DATE" value="1998">1998</TIMEX3></TITLE>',
    '<TEXT>',
    'AT&amp;T <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07" functionInDocument="NONE">yesterday</TIMEX3>\r',
    'for <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.<SIGNAL sid="s1"/>',
    '</TEXT>',
    '<TLINK lid="l1"/>',
    '</TimeML>',
  ].join('\n');
  const doc = parseTimeml(tml, 'X1');
  assert.equal(doc.published, '1998-01-08');
  assert.equal(doc.text, '\nAT&T rose yesterday\nfor two weeks.\n');
  assert.deepEqual(
    doc.timexes!.map((t) => [doc.text.slice(t.start, t.end), t.text, t.type, t.value]),
    [
      ['yesterday', 'yesterday', 'DATE', '1998-01-07'],
      ['two weeks', 'two weeks', 'DURATION', 'P2W'],
    ],
  );
});

test('MEANTIME: tokens to text, named PER/ORG/LOC mentions through REFERS_TO, timexes', () => {
  const tok = (id: number, s: number, w: string) => `<token number="${id - 1}" sentence="${s}" t_id="${id}">${w}</token>`;
  const words: [number, string][] = [
    [0, 'Acme'], [0, 'buys'], [0, 'Widget'],
    [1, 'May'], [1, '3'], [1, ','], [1, '2010'],
    [2, 'John'], [2, 'Smith'], [2, 'of'], [2, 'Acme'], [2, 'said'], [2, 'the'], [2, 'firm'], [2, 'will'], [2, 'pay'],
    [2, 'on'], [2, 'Friday'], [2, 'in'], [2, 'Paris'], [2, '.'],
  ];
  const anchors = (...ids: number[]) => ids.map((i) => `<token_anchor t_id="${i}"/>`).join('');
  const xml = [
    '<Document doc_id="1">',
    ...words.map(([s, w], i) => tok(i + 1, s, w)),
    '<Markables>',
    `<ENTITY_MENTION m_id="1" syntactic_type="NAM">${anchors(8, 9)}</ENTITY_MENTION>`,
    `<ENTITY_MENTION m_id="2" syntactic_type="NAM">${anchors(11)}</ENTITY_MENTION>`,
    `<ENTITY_MENTION m_id="3" syntactic_type="NOM">${anchors(13, 14)}</ENTITY_MENTION>`,
    `<ENTITY_MENTION m_id="4" syntactic_type="NAM">${anchors(20)}</ENTITY_MENTION>`,
    `<ENTITY_MENTION m_id="5" syntactic_type="NAM">${anchors(3)}</ENTITY_MENTION>`,
    `<TIMEX3 m_id="6" functionInDocument="CREATION_TIME" type="DATE" value="2010-05-03">${anchors(4, 5, 6, 7)}</TIMEX3>`,
    `<TIMEX3 m_id="7" functionInDocument="NONE" type="DATE" value="2010-05-07">${anchors(18)}</TIMEX3>`,
    '<TIMEX3 m_id="8" functionInDocument="NONE" type="DATE" value="2011"/>',
    '<ENTITY m_id="50" ent_type="PER"/>',
    '<ENTITY m_id="51" ent_type="ORG"/>',
    '<ENTITY m_id="52" ent_type="LOC"/>',
    '<ENTITY m_id="53" ent_type="PRO"/>',
    '</Markables>',
    '<Relations>',
    '<REFERS_TO r_id="1"><source m_id="1"/><target m_id="50"/></REFERS_TO>',
    '<REFERS_TO r_id="2"><source m_id="2"/><source m_id="3"/><target m_id="51"/></REFERS_TO>',
    '<REFERS_TO r_id="3"><source m_id="4"/><target m_id="52"/></REFERS_TO>',
    '<REFERS_TO r_id="4"><source m_id="5"/><target m_id="53"/></REFERS_TO>',
    '</Relations>',
    '</Document>',
  ].join('\n');
  const doc = parseMeantime(xml, 'm1');
  assert.equal(doc.text, 'Acme buys Widget\n\nMay 3, 2010\n\nJohn Smith of Acme said the firm will pay on Friday in Paris.');
  assert.equal(doc.published, '2010-05-03');
  assert.deepEqual(
    doc.entities!.map((e) => [e.type, e.text]),
    [
      ['PER', 'John Smith'],
      ['ORG', 'Acme'],
      ['LOC', 'Paris'],
    ],
  );
  assert.deepEqual(doc.timexes!.map((t) => [t.text, t.value]), [['Friday', '2010-05-07']]);
  assert.deepEqual(doc.ignore, [{ start: 18, end: 29 }]);
});

const GUM = `# newdoc id = GUM_test\n# meta::dateCreated = 2019-05-02\n# newpar\n# text = Ana Ruiz visited the University of Lyon in 2019.\n1\tAna\tAna\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1-coref-Ana_Ruiz\n2\tRuiz\tRuiz\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)\n3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(2-organization-new-nnnnn-cf2-2-coref\n5\tUniversity\tUniversity\tPROPN\tNNP\t_\t3\tobj\t_\t_\n6\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n7\tLyon\tLyon\tPROPN\tNNP\t_\t5\tnmod\t_\tEntity=(3-place-new-nnnnn-cf3-1-sgl-Lyon)2)\n8\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_\n9\t2019\t2019\tNUM\tCD\t_\t3\tobl\t_\tSpaceAfter=No|XML=<date when:::"2019"></date>\n10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n# text = She's calling it "Expo"\n1-2\tShe's\t_\t_\t_\t_\t_\t_\t_\t_\n1\tShe\tshe\tPRON\tPRP\t_\t3\tnsubj\t_\tEntity=(1-person-giv:act-sssss-cf1-1-coref)\n2\t's\tbe\tAUX\tVBZ\t_\t3\taux\t_\t_\n3\tcalling\tcall\tVERB\tVBG\t_\t0\troot\t_\t_\n4\tit\tit\tPRON\tPRP\t_\t3\tobj\t_\t_\n5\t"\t"\tPUNCT\t\`\`\t_\t6\tpunct\t_\tSpaceAfter=No|XML=<q>\n6\tExpo\tExpo\tPROPN\tNNP\t_\t3\txcomp\t_\tEntity=(4-event-new-nnnnn-cf4-1-coref)|SpaceAfter=No\n7\t"\t"\tPUNCT\t''\t_\t6\tpunct\t_\tXML=</q>\n\n`;

test('GUM: text from # text lines, named mentions by head, dates and <q> quotations', () => {
  const d = parseGum(GUM, 'gum/GUM_test');
  assert.equal(d.text, 'Ana Ruiz visited the University of Lyon in 2019. She\'s calling it "Expo"');
  assert.equal(d.published, '2019-05-02');
  // "She" is not named (pronoun head); the university's proper nouns leave out the nested "Lyon".
  assert.deepEqual(
    d.names!.map((n) => [n.text, n.type, n.parts.map((p) => d.text.slice(p.start, p.end)).join('+')]),
    [
      ['Ana Ruiz', 'PER', 'Ana+Ruiz'],
      ['the University of Lyon', 'ORG', 'University'],
      ['Lyon', 'LOC', 'Lyon'],
      ['Expo', 'OTHER', 'Expo'],
    ],
  );
  assert.deepEqual(d.timexes!.map((t) => [t.text, t.value]), [['2019', '2019']]);
  assert.deepEqual(d.quotes!.map((q) => q.text), ['"Expo"']);
});

test('GUM date values: when, or a whole year, decade or century range', () => {
  assert.equal(gumDateValue('<date when:::"2015-09-01">'), '2015-09-01');
  assert.equal(gumDateValue('<date from:::"1990" to:::"1999">'), '199');
  assert.equal(gumDateValue('<date from:::"1600-01-01" to:::"1699-12-31">'), '16');
  assert.equal(gumDateValue('<date from:::"1534" to:::"1814">'), '');
  assert.equal(gumDateValue('<date notBefore:::"1900">'), '');
});

test('XML entities are decoded', () => {
  assert.equal(decodeXml('AT&amp;T &quot;x&quot; &#233; &#x41; &bogus;'), 'AT&T "x" é A &bogus;');
});
