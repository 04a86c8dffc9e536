// The command line with corrections: annotate honours them, export (brat, jsonl, csv), import from brat
// (round trip), and agreement figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../server/src/cli/main';
import { analyze } from '../../server/src/engine/analyze';
import { newRecord, serializeCorrections, type CorrectionRecord, type Decision, type TargetKind } from '../../server/src/engine/corrections/index';
import { codePointIndex } from '../../server/src/cli/brat';

const root = path.resolve(__dirname, '..', '..');
const SHARED = path.resolve(root, '..', 'shared', 'articles');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'news-lens-corr-cli-'));

const ARTICLE = [
  'Port talks collapse',
  '',
  'ROTTERDAM - Union leader Tom Keller said on Tuesday that talks with the Port Authority had collapsed. 🎉 Nobody celebrated.',
  '',
  '"We have been at the table for eleven months," Keller said. Harbour master Anna de Vries disagreed.',
  '',
  '"Nobody walked away,"\nshe said on Wednesday, calling the union\'s claims "fairy tales."',
].join('\n');

function rec(text: string, kind: TargetKind, exact: string, decision: Decision, nth = 0): CorrectionRecord {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(exact, at + 1);
  assert.ok(at >= 0, exact);
  return newRecord({ text, kind, start: at, end: at + exact.length, decision, machine: null, by: 'Ana Ruiz', at: '2026-12-05T08:00:00.000Z' });
}

function writeArticle(dir: string, name: string, text: string, records: CorrectionRecord[] = []): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  if (records.length) writeFileSync(file + '.lens.json', serializeCorrections({ version: 1, records }));
  return file;
}

/**
 * An independent reader of brat standoff for the tests: every T line's text must be the code-point slice
 * of the .txt (fragments joined by a space), and every R, A, # and Equiv must name existing ids.
 */
function checkBrat(txt: string, ann: string): { t: number; r: number; labels: Map<string, number> } {
  const cps = [...txt];
  const ids = new Set<string>();
  const lines = ann.split('\n').filter((l) => l !== '');
  const labels = new Map<string, number>();
  for (const line of lines) {
    const [id, body, text] = line.split('\t');
    if (!id.startsWith('T')) continue;
    const [label, ...rest] = body.split(' ');
    const frs = rest.join(' ').split(';').map((f) => f.split(' ').map(Number));
    const got = frs.map(([s, e]) => cps.slice(s, e).join('')).join(' ');
    assert.equal(got, text, `${id}: text equals the code point slice`);
    assert.ok(!/[\r\n]/.test(text));
    assert.ok(!ids.has(id), `unique ${id}`);
    ids.add(id);
    labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  let r = 0;
  for (const line of lines) {
    const [id, body] = line.split('\t');
    const parts = body.split(' ');
    if (id.startsWith('R')) {
      r++;
      assert.match(body, /^\S+ Arg1:T\d+ Arg2:T\d+$/);
      for (const arg of parts.slice(1)) assert.ok(ids.has(arg.split(':')[1]), `${id} names ${arg}`);
    } else if (id.startsWith('A') || id.startsWith('#')) assert.ok(ids.has(parts[1]), `${id} names ${parts[1]}`);
    else if (id === '*') for (const x of parts.slice(1)) assert.ok(ids.has(x), `Equiv names ${x}`);
    else assert.match(id, /^T\d+$/);
  }
  return { t: ids.size, r, labels };
}

function checkExport(dir: string): number {
  let n = 0;
  assert.ok(existsSync(path.join(dir, 'annotation.conf')));
  for (const name of readdirSync(dir).filter((x) => x.endsWith('.ann'))) {
    checkBrat(readFileSync(path.join(dir, name.slice(0, -4) + '.txt'), 'utf8'), readFileSync(path.join(dir, name), 'utf8'));
    n++;
  }
  return n;
}

function sameFolder(a: string, b: string): void {
  const names = readdirSync(a).filter((n) => !n.endsWith('.lens.json')).sort();
  assert.deepEqual(readdirSync(b).filter((n) => !n.endsWith('.lens.json')).sort(), names);
  for (const n of names) assert.equal(readFileSync(path.join(b, n), 'utf8'), readFileSync(path.join(a, n), 'utf8'), n);
}

// ---------------------------------------------------------------------------------------------

test('annotate reads the corrections beside the article; --no-corrections ignores them; a bad file falls back', async () => {
  const dir = tempDir();
  const file = writeArticle(dir, 'talks.news', ARTICLE, [rec(ARTICLE, 'quote', '"Nobody walked away,"', { action: 'set-speaker', speaker: { name: 'Tom Keller' } })]);
  const r = await run('annotate', '--published', '2025-03-04', file);
  assert.equal(r.code, 0, r.err);
  const q = JSON.parse(r.out).quotes.find((x: { text: string }) => x.text === '"Nobody walked away,"');
  assert.equal(q.speaker.text, 'Keller');
  assert.equal(q.speaker.origin, 'human');
  assert.equal(q.origin, 'human');
  // A correction whose text is gone is reported, and the others still apply.
  const gone = rec(ARTICLE, 'quote', '"We have been at the table for eleven months,"', { action: 'not-a-quote' });
  gone.target.selector.exact = '"A quote that is no longer in the article,"';
  gone.target.end = gone.target.start + gone.target.selector.exact.length;
  writeFileSync(file + '.lens.json', serializeCorrections({ version: 1, records: [rec(ARTICLE, 'quote', '"Nobody walked away,"', { action: 'set-speaker', speaker: { name: 'Tom Keller' } }), gone] }));
  const withGone = await run('annotate', '--published', '2025-03-04', file);
  assert.equal(withGone.code, 0, withGone.err);
  assert.match(withGone.err, /talks\.news: correction could not be placed: “"A quote that is no longer in the article,"” is no longer in the article/);
  assert.equal(JSON.parse(withGone.out).quotes.find((x: { text: string }) => x.text === '"Nobody walked away,"').speaker.origin, 'human');

  const plain = await run('annotate', '--no-corrections', '--published', '2025-03-04', file);
  const mq = JSON.parse(plain.out).quotes.find((x: { text: string }) => x.text === '"Nobody walked away,"');
  assert.equal(mq.speaker.text, 'she');
  assert.equal(mq.origin, 'machine');

  writeFileSync(file + '.lens.json', '{\n  "version": 1,\n  "records": [\n    {"id": }\n  ]\n}\n');
  const bad = await run('annotate', '--published', '2025-03-04', file);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /talks\.news\.lens\.json:4:\d+: not valid JSON.*\(using machine output for this article\)/);
  assert.equal(JSON.parse(bad.out).quotes.find((x: { text: string }) => x.text === '"Nobody walked away,"').speaker.text, 'she');
  assert.equal(readFileSync(file + '.lens.json', 'utf8'), '{\n  "version": 1,\n  "records": [\n    {"id": }\n  ]\n}\n', 'never overwritten');
});

test('annotate over a folder: every article after the first still finds its own corrections file, and a bad one is reported', async () => {
  // The CLI lists a folder's corrections files once it reads a second article there, instead of asking for each.
  const dir = tempDir();
  const fix = [rec(ARTICLE, 'quote', '"Nobody walked away,"', { action: 'set-speaker', speaker: { name: 'Tom Keller' } })];
  writeArticle(dir, 'a.news', ARTICLE, fix);
  writeArticle(dir, 'b.news', ARTICLE, []);
  writeArticle(dir, 'c.news', ARTICLE, fix);
  writeFileSync(path.join(dir, 'd.news'), ARTICLE);
  writeFileSync(path.join(dir, 'd.news.lens.json'), '{"version": 1, "records": [');
  for (const jobs of ['1', '2']) {
    const r = await run('annotate', '--jobs', jobs, '--published', '2025-03-04', dir);
    assert.equal(r.code, 1, 'the bad corrections file is an error');
    const speakers = Object.fromEntries(
      r.out.trim().split('\n').map((line) => {
        const a = JSON.parse(line);
        return [path.basename(a.file), a.quotes.find((x: { text: string }) => x.text === '"Nobody walked away,"').speaker.origin];
      }),
    );
    assert.deepEqual(speakers, { 'a.news': 'human', 'b.news': 'machine', 'c.news': 'human', 'd.news': 'machine' }, `--jobs ${jobs}`);
    assert.match(r.err, /d\.news\.lens\.json.*\(using machine output for this article\)/);
  }
});

test('export brat: code point offsets after an emoji, quotes across a line break as fragments, speakers as relations', async () => {
  const dir = tempDir();
  const file = writeArticle(dir, 'talks.news', ARTICLE);
  const out = path.join(dir, 'out');
  const r = await run('export', '--format', 'brat', '--out', out, '--published', '2025-03-04', file);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(readdirSync(out).sort(), ['annotation.conf', 'talks.ann', 'talks.txt']);
  const txt = readFileSync(path.join(out, 'talks.txt'), 'utf8');
  assert.equal(txt, ARTICLE);
  const ann = readFileSync(path.join(out, 'talks.ann'), 'utf8');
  const { labels, r: rels } = checkBrat(txt, ann);
  assert.ok((labels.get('Quote') ?? 0) >= 2 && (labels.get('Person') ?? 0) >= 2 && (labels.get('Date') ?? 0) >= 2 && (labels.get('Cue') ?? 0) >= 1, JSON.stringify([...labels]));
  assert.ok(rels >= 3);
  // The quote after the emoji: its UTF-16 offset is one more than its code point offset.
  const at = ARTICLE.indexOf('"We have been');
  const line = ann.split('\n').find((l) => l.includes('\tQuote ') && l.endsWith('"We have been at the table for eleven months,"'))!;
  assert.ok(line, ann);
  assert.equal(Number(line.split('\t')[1].split(' ')[1]), at - 1);
  assert.equal(codePointIndex(ARTICLE)[at], at - 1);
  // A quote running over a line break is written as two fragments.
  const wrapped = ann.split('\n').filter((l) => l.includes('\tQuote ') && l.includes(';'));
  for (const w of wrapped) assert.match(w, /\tQuote \d+ \d+;\d+ \d+\t/);
  // Speaker: "she" is not a name: a Speaker annotation, referring to Anna de Vries.
  assert.match(ann, /\tSpeaker \d+ \d+\tshe\n/);
  assert.match(ann, /\tRefers Arg1:T\d+ Arg2:T\d+/);
  assert.match(ann, /\tAnnotatorNotes T\d+\t2025-03-04\n/);
  assert.match(ann, /\*\tEquiv T\d+ T\d+/);
  assert.match(readFileSync(path.join(out, 'annotation.conf'), 'utf8'), /\[entities\][\s\S]*Quote[\s\S]*\[relations\][\s\S]*Said\tArg1:Quote/);
});

test('brat export of ../shared/articles: every T is its code point slice, every relation names existing ids, and it round-trips', async (t) => {
  if (!existsSync(SHARED)) return t.skip('../shared/articles is not here');
  const out1 = path.join(tempDir(), 'one');
  const r1 = await run('export', '--format', 'brat', '--out', out1, SHARED);
  assert.equal(r1.code, 0, r1.err);
  assert.equal(checkExport(out1), 2);
  const imp = await run('import', '--format', 'brat', out1);
  assert.equal(imp.code, 0, imp.err);
  const out2 = path.join(tempDir(), 'two');
  const r2 = await run('export', '--format', 'brat', '--out', out2, out1);
  assert.equal(r2.code, 0, r2.err);
  sameFolder(out1, out2);
});

test('export → import → export gives the same files, with corrections of every kind', async (t) => {
  if (!existsSync(SHARED)) return t.skip('../shared/articles is not here');
  const dir = tempDir();
  const name = 'cnn-2013-09-11-kerry-lavrov.txt';
  copyFileSync(path.join(SHARED, name), path.join(dir, name));
  const text = readFileSync(path.join(dir, name), 'utf8');
  const a = analyze(text, { fileName: name });
  const q = a.quotes.filter((x) => x.kind === 'direct');
  const records = [
    newRecord({ text, kind: 'quote', start: q[0].start, end: q[0].end, decision: { action: 'set-speaker', speaker: { name: 'Sergei Lavrov' } }, machine: null, by: 'x' }),
    newRecord({ text, kind: 'quote', start: q[1].start, end: q[1].end, decision: { action: 'not-a-quote' }, machine: null, by: 'x' }),
    newRecord({ text, kind: 'quote', start: q[2].start, end: q[2].end, decision: { action: 'unattributed' }, machine: null, by: 'x' }),
    newRecord({ text, kind: 'quote', start: q[3].start, end: q[3].end, decision: { action: 'set-speaker', speaker: { name: 'a diplomat nobody named' } }, machine: null, by: 'x' }),
    newRecord({ text, kind: 'quote', start: q[4].start, end: q[4].end, decision: { action: 'confirm', kind: q[4].kind, speaker: null }, machine: null, by: 'x' }),
    rec(text, 'mention', 'Geneva', { action: 'set-type', type: 'organization', scope: 'mention' }),
    rec(text, 'mention', 'CNN', { action: 'not-a-name', scope: 'article' }),
    rec(text, 'mention', 'Army', { action: 'set-roles', roles: ['service'] }),
    rec(text, 'mention', 'Armed Services Committee', { action: 'mark-entity', type: 'place' }),
    rec(text, 'date', 'Thursday', { action: 'set-value', value: '2013-09-19' }),
    rec(text, 'date', 'Monday', { action: 'not-a-date' }),
  ];
  writeFileSync(path.join(dir, name + '.lens.json'), serializeCorrections({ version: 1, records }));
  const out1 = path.join(dir, 'one');
  const r1 = await run('export', '--format', 'brat', '--out', out1, path.join(dir, name));
  assert.equal(r1.code, 0, r1.err);
  checkExport(out1);
  const ann1 = readFileSync(path.join(out1, 'cnn-2013-09-11-kerry-lavrov.ann'), 'utf8');
  assert.match(ann1, /AnnotatorNotes T\d+\tspeaker: a diplomat nobody named/);
  assert.match(ann1, /AnnotatorNotes T\d+\trole: service\n/);
  const imp = await run('import', '--format', 'brat', out1);
  assert.equal(imp.code, 0, imp.err);
  assert.match(imp.out, /cnn-2013-09-11-kerry-lavrov\.txt: \d+ records/);
  const out2 = path.join(dir, 'two');
  assert.equal((await run('export', '--format', 'brat', '--out', out2, out1)).code, 0);
  sameFolder(out1, out2);

  // A person edits the .ann in brat: a place becomes an organization, a quote is deleted, a date added.
  const lines = ann1.split('\n');
  const syria = lines.find((l) => /\tPlace \d+ \d+\tSyria$/.test(l))!;
  const quote = lines.find((l) => /\tQuote /.test(l))!;
  const qid = quote.split('\t')[0];
  const edited = lines
    .map((l) => (l === syria ? l.replace('\tPlace ', '\tOrganization ') : l.replace('\trole: Secretary of State', '\trole: top diplomat')))
    .filter((l) => l !== quote && !l.includes(` ${qid} `) && !l.endsWith(` ${qid}`) && !l.includes(`Arg1:${qid} `))
    .join('\n');
  const cp = [...text];
  const word = text.indexOf('Geneva');
  const cpStart = codePointIndex(text)[word];
  writeFileSync(path.join(out1, 'cnn-2013-09-11-kerry-lavrov.ann'), edited + `T999\tDate ${cpStart} ${cpStart + 6}\t${cp.slice(cpStart, cpStart + 6).join('')}\n#999\tAnnotatorNotes T999\t2013-09-12\n`);
  const imp2 = await run('import', '--format', 'brat', out1);
  assert.equal(imp2.code, 0, imp2.err);
  const out3 = path.join(dir, 'three');
  assert.equal((await run('export', '--format', 'brat', '--out', out3, out1)).code, 0);
  const ann3 = readFileSync(path.join(out3, 'cnn-2013-09-11-kerry-lavrov.ann'), 'utf8');
  checkBrat(text, ann3);
  const syriaSpan = syria.split('\t')[1].split(' ').slice(1).join(' ');
  assert.ok(ann3.includes(`\tOrganization ${syriaSpan}\tSyria`), 'the retyped name');
  assert.ok(!ann3.includes(quote.split('\t').slice(1).join('\t')), 'the deleted quote');
  assert.ok(ann3.includes(`\tDate ${cpStart} ${cpStart + 6}\tGeneva`), 'the added date');
  assert.match(ann3, /\trole: top diplomat\n/);
  assert.ok(!ann3.includes('role: Secretary of State'));
});

test('export jsonl and csv: text and origin on every annotation; one row per quote', async () => {
  const dir = tempDir();
  const file = writeArticle(dir, 'talks.news', ARTICLE, [rec(ARTICLE, 'date', 'Tuesday', { action: 'set-value', value: '2025-02-25' })]);
  const out = path.join(dir, 'out');
  assert.equal((await run('export', '--format', 'jsonl', '--out', out, '--published', '2025-03-04', file)).code, 0);
  const lines = readFileSync(path.join(out, 'annotations.jsonl'), 'utf8').trim().split('\n');
  assert.equal(lines.length, 1);
  const obj = JSON.parse(lines[0]);
  assert.equal(obj.text, ARTICLE);
  assert.deepEqual(Object.keys(obj).slice(0, 2), ['file', 'text']);
  for (const list of [obj.quotes, obj.entities, obj.dates]) for (const x of list) assert.ok(x.origin === 'machine' || x.origin === 'human');
  assert.equal(obj.dates.find((d: { text: string }) => d.text === 'Tuesday').origin, 'human');
  assert.equal((await run('export', '--format', 'csv', '--out', out, '--published', '2025-03-04', file)).code, 0);
  const csv = readFileSync(path.join(out, 'quotes.csv'), 'utf8').split('\r\n').filter(Boolean);
  assert.equal(csv[0], 'file,quote_id,start,end,kind,quote,speaker,speaker_words,cue,origin,speaker_origin');
  assert.equal(csv.length - 1, analyze(ARTICLE, { published: '2025-03-04' }).quotes.length);
  const bad = await run('export', '--format', 'xml', '--out', out, file);
  assert.equal(bad.code, 2);
  assert.equal((await run('export', '--format', 'brat', file)).code, 2);
});

test('agreement: figures per article and overall on invented articles', async () => {
  const dir = tempDir();
  const a = analyze(ARTICLE, { published: '2025-03-04' });
  assert.equal(a.quotes.length, 3, JSON.stringify(a.quotes.map((q) => q.text)));
  const records = [
    // The machine's scare quote "fairy tales." is not a quote to this person: one machine false positive.
    rec(ARTICLE, 'quote', a.quotes[2].text, { action: 'not-a-quote' }),
    // The second quote's speaker is wrong: speaker accuracy 1 of 2.
    rec(ARTICLE, 'quote', '"Nobody walked away,"', { action: 'set-speaker', speaker: { name: 'Tom Keller' } }),
    // A quote the machine missed: a false negative.
    rec(ARTICLE, 'quote', 'Nobody celebrated', { action: 'mark-quote', kind: 'partial', speaker: null }),
    // One date value wrong, one date not a date.
    rec(ARTICLE, 'date', 'Tuesday', { action: 'set-value', value: '2025-02-25' }),
    rec(ARTICLE, 'date', 'eleven months', { action: 'not-a-date' }),
    // A place that is an organization: people unchanged, places lose one, organizations gain one.
    rec(ARTICLE, 'mention', 'ROTTERDAM', { action: 'set-type', type: 'organization', scope: 'mention' }),
  ];
  writeArticle(dir, 'a.news', ARTICLE, records);
  writeArticle(dir, 'b.news', ARTICLE, [rec(ARTICLE, 'date', 'Wednesday', { action: 'confirm', type: 'date', value: a.dates.find((d) => d.text === 'Wednesday')!.value })]);
  writeArticle(dir, 'c.news', ARTICLE); // no corrections: not counted
  const r = await run('agreement', '--format', 'json', '--published', '2025-03-04', dir);
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out);
  assert.deepEqual(json.articles.map((x: { file: string }) => path.basename(x.file)), ['a.news', 'b.news']);
  const first = json.articles[0];
  assert.deepEqual(first.kinds.quotes, { both: 2, machine: 3, human: 3, precision: 0.667, recall: 0.667, f1: 0.667 });
  assert.deepEqual(first.speakers, { same: 1, of: 2, accuracy: 0.5 });
  const dates = a.dates.length;
  assert.deepEqual(first.kinds.dates, { both: dates - 1, machine: dates, human: dates - 1, precision: round((dates - 1) / dates), recall: 1, f1: round((2 * (dates - 1)) / (2 * dates - 1)) });
  assert.deepEqual(first.dateValues, { same: dates - 2, of: dates - 1, accuracy: round((dates - 2) / (dates - 1)) });
  // ROTTERDAM was the only place: none left in the person's annotations.
  assert.deepEqual(first.kinds.places, { both: 0, machine: 1, human: 0, precision: 0, recall: null, f1: 0 });
  assert.deepEqual(first.kinds.organizations, { both: 2, machine: 2, human: 3, precision: 1, recall: 0.667, f1: 0.8 });
  assert.deepEqual(first.kinds.people, { both: 3, machine: 3, human: 3, precision: 1, recall: 1, f1: 1 });
  assert.equal(json.articles[1].kinds.quotes.f1, 1);
  assert.equal(json.articles[1].speakers.accuracy, 1);
  assert.equal(json.overall.articles, 2);
  assert.deepEqual(json.overall.kinds.quotes, { both: 5, machine: 6, human: 6, precision: 0.833, recall: 0.833, f1: 0.833 });
  assert.deepEqual(json.overall.speakers, { same: 4, of: 5, accuracy: 0.8 });
  const text = await run('agreement', '--published', '2025-03-04', dir);
  assert.match(text.out, /Overall, 2 articles\n  kind +P +R +F1/);
  assert.match(text.out, /speaker accuracy +80\.0% \(4 of 5\)/);
  const none = await run('agreement', path.join(dir, 'c.news'));
  assert.equal(none.code, 1);
  assert.match(none.err, /no article with a corrections file/);
});

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

test('import: bad brat lines are reported, not fatal; a corrections file that cannot be read is not replaced', async () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'x.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'x.ann'), 'T1\tPerson 0 4\tNope\nE1\tEvent:T1\nT2\tPerson 9999 10005\tfar\n');
  writeFileSync(path.join(dir, 'x.txt.lens.json'), 'not json');
  const r = await run('import', '--format', 'brat', dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /T1: its text "Nope" is not the text at its offsets \("Port"\)/);
  assert.match(r.err, /line 2: line kind "E1" is not read/);
  assert.match(r.err, /T2: offsets 9999 10005 are outside the text/);
  assert.match(r.err, /x\.txt\.lens\.json:1:\d+: not valid JSON.*\(not replaced\)/);
  assert.equal(readFileSync(path.join(dir, 'x.txt.lens.json'), 'utf8'), 'not json');
  mkdirSync(path.join(dir, 'empty'));
  assert.equal((await run('import', '--format', 'brat', path.join(dir, 'empty'))).code, 1);
});

test('export brat: Markdown keeps its extension in the name and is read as Markdown again; an --out that is a file is refused', async () => {
  const dir = tempDir();
  const md = '---\ntitle: Port talks\ndate: 2025-03-04\n---\n\n# Port talks collapse\n\n"We have been at the table for *eleven months*," Tom Keller said on Tuesday.\n';
  const file = writeArticle(dir, 'talks.md', md);
  const out1 = path.join(dir, 'one');
  assert.equal((await run('export', '--format', 'brat', '--out', out1, file)).code, 0);
  assert.deepEqual(readdirSync(out1).sort(), ['annotation.conf', 'talks.md.ann', 'talks.md.txt']);
  const ann = readFileSync(path.join(out1, 'talks.md.ann'), 'utf8');
  checkBrat(md, ann);
  assert.ok(!/\tDate \d+ \d+\t2025-03-04/.test(ann), 'front matter is not prose');
  assert.equal((await run('import', '--format', 'brat', out1)).code, 0);
  const out2 = path.join(dir, 'two');
  assert.equal((await run('export', '--format', 'brat', '--out', out2, out1)).code, 0);
  sameFolder(out1, out2);
  const notAFolder = path.join(dir, 'file-not-folder');
  writeFileSync(notAFolder, 'x');
  const r = await run('export', '--format', 'brat', '--out', notAFolder, file);
  assert.equal(r.code, 1);
  assert.match(r.err, /cannot create .*file-not-folder/);
});
