// Code lenses count an entity across the archive with countWithVariants, which keeps no hit per article; its
// figures must be exactly those of the hits that references and hovers use (find and variants, each hit once),
// the article itself left out. Invented articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import type { EntityType } from '../../server/src/engine/types';
import { summarize, type FileSummary } from '../../server/src/workspace/summary';
import { sameEntity, spellingVariant } from '../../server/src/workspace/identity';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

const ARTICLES = [
  `Talks resume in Geneva

Russian Foreign Minister Sergei Lavrov said on Monday that the plan "can work if everyone keeps their word." Lavrov spoke to Reuters after meeting officials of the Harbor Commission.`,
  `Ministers meet again

Sergey Lavrov told reporters: "We are ready to sign." The Harbor Commission said it would publish the text. Reuters could not reach the commission's chair, Dana Whitfield.`,
  `Port vote delayed

The Harbor Commission postponed its vote. "We need another week," said Dana Whitfield, who chairs the commission. Reuters reported the delay first.`,
  `A quiet week

Nothing was said about Lavrov this week, Reuters reported.`,
];

test('countWithVariants gives the figures of findWithVariants outside the article, without the hits', () => {
  const index = new WorkspaceIndex();
  const analyses = ARTICLES.map((text, i) => {
    const uri = `file:///archive/a${i}.news`;
    const analysis = analyze(text, { fileName: `a${i}.news` });
    index.setOpen(uri, summarize(uri, text, analysis));
    return { uri, analysis };
  });
  let compared = 0;
  let withVariants = 0;
  // A name the user gave as an alias (a names list) that is also a spelling variant: found both ways, counted once.
  const aliased = { name: 'Sergei Lavrov', type: 'person', aliases: ['Sergey Lavrov'] };
  const cases = [...analyses, { uri: analyses[0].uri, analysis: { entities: [aliased] } }];
  for (const { uri, analysis } of cases) {
    for (const e of analysis.entities) {
      // Computed here from find and variants, so that a mistake shared by findWithVariants and countWithVariants shows.
      const union = [...index.find(e), ...index.variants(e)].filter((h, i, all) => all.findIndex((o) => o.uri === h.uri && o.index === h.index) === i);
      assert.deepEqual(index.findWithVariants(e).map((h) => `${h.uri}#${h.index}`), union.map((h) => `${h.uri}#${h.index}`), `${e.name} in ${uri}`);
      const hits = union.filter((h) => h.uri !== uri);
      const expected = {
        mentions: hits.reduce((n, h) => n + h.entity.mentionCount, 0),
        quotes: hits.reduce((n, h) => n + h.entity.quoteCount, 0),
        articles: new Set(hits.map((h) => h.uri)).size,
        quotedArticles: new Set(hits.filter((h) => h.entity.quoteCount).map((h) => h.uri)).size,
      };
      assert.deepEqual(index.countWithVariants(e, uri), expected, `${e.name} in ${uri}`);
      compared++;
      if (hits.some((h) => h.entity.name !== e.name)) withVariants++;
    }
  }
  // The archive must exercise what is counted: several entities, one found under another spelling.
  assert.ok(compared >= 8, `only ${compared} entities compared`);
  assert.ok(withVariants >= 1, 'no entity was found under another spelling');
  const lavrov = analyses[0].analysis.entities.find((e) => e.name.includes('Lavrov'));
  assert.ok(lavrov, 'Lavrov is an entity of the first article');
  const c = index.countWithVariants(lavrov!, analyses[0].uri);
  assert.ok(c.articles >= 2 && c.quotedArticles >= 1, JSON.stringify(c));
  assert.ok(index.find(aliased).length && index.variants(aliased).some((v) => index.find(aliased).some((f) => f.uri === v.uri && f.index === v.index)), 'the aliased name is found both ways');
});

test('find and findWithVariants match a scan of every article with sameEntity and spellingVariant themselves', () => {
  // The index tests each distinct name, type and alias list once per query and reuses the answer for the other
  // articles naming it: the same organization in three articles, a person under two spellings, checked here
  // against the identity rules applied to each article's entities one by one.
  const index = new WorkspaceIndex();
  const summaries: FileSummary[] = ARTICLES.map((text, i) => summarize(`file:///archive/a${i}.news`, text, analyze(text, { fileName: `a${i}.news` })));
  // One name with different aliases and types in four articles: "Kerry" is the first one only by its alias, the
  // second has none, the third is not a person; the answer for one must not be reused for the others.
  const kerry = (aliases: string[], type: EntityType, name = 'John Kerry') => ({ name, type, aliases, roles: [], mentions: [2, 0, 2, name.length] });
  summaries.push(
    { uri: 'file:///archive/k0.news', entities: [kerry(['Kerry'], 'person')], quotes: [] },
    { uri: 'file:///archive/k1.news', entities: [kerry([], 'person')], quotes: [] },
    { uri: 'file:///archive/k2.news', entities: [kerry(['Kerry'], 'organization')], quotes: [] },
    { uri: 'file:///archive/k3.news', entities: [kerry([], 'person', 'Kerry')], quotes: [] },
  );
  for (const s of summaries) index.setOpen(s.uri, s);
  let shared = 0;
  for (const s of summaries) {
    for (const e of s.entities) {
      const same: string[] = [];
      const variant: string[] = [];
      for (const other of summaries) other.entities.forEach((x, i) => {
        if (sameEntity(e, x)) same.push(`${other.uri}#${i}`);
        else if (spellingVariant(e, x)) variant.push(`${other.uri}#${i}`);
      });
      assert.deepEqual(index.find(e).map((h) => `${h.uri}#${h.index}`), same, e.name);
      assert.deepEqual(new Set(index.findWithVariants(e).map((h) => `${h.uri}#${h.index}`)), new Set([...same, ...variant]), e.name);
      if (same.length >= 3) shared++;
    }
  }
  assert.ok(shared >= 1, 'no entity is named in three articles');
  assert.deepEqual(index.find({ name: 'Kerry', type: 'person', aliases: [] }).map((h) => h.uri), ['file:///archive/k0.news', 'file:///archive/k3.news']);
});
