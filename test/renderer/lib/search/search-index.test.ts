import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../../renderer/lib/search/search-index';
import { allowedEdits, withinDistance } from '../../../../renderer/lib/search/edit-distance';

const build = (docs: Record<string, string[]>) => {
  const index = new SearchIndex<string>([1, 0.8, 0.7]);
  index.sync(Object.entries(docs).map(([id, fields]) => ({ id, fields })));
  return index;
};

const sample = build({
  'mkt-matrix': ['Can we get a private matrix room for the marketing team?', 'Marketing', ''],
  'mkt-funding': ['Fund 1-1.5 persons for the marketing team', 'Marketing', ''],
  'xen-alias': ['An e-mail alias that ends in @nixos.org', 'Xen', 'Infra should own this'],
  'stdenv-machine': ['Machine time to run staging cycles', 'stdenv', ''],
  'zurich': ['Meet-up in Zürich', 'Events', ''],
});

describe('the search index', () => {
  it('finds an item by a whole word of its text', () => {
    expect(sample.search('matrix')?.ids).toEqual(['mkt-matrix']);
  });

  it('finds words by their beginning as the member types', () => {
    expect(sample.search('matr')?.ids).toEqual(['mkt-matrix']);
    expect(sample.search('mach')?.ids).toEqual(['stdenv-machine']);
  });

  it('requires every word of the query', () => {
    expect(sample.search('marketing fund')?.ids).toEqual(['mkt-funding']);
  });

  it('searches team names and notes too', () => {
    expect(sample.search('stdenv')?.ids).toEqual(['stdenv-machine']);
    expect(sample.search('infra')?.ids).toEqual(['xen-alias']);
  });

  it('ranks a match in the text above a match in the notes', () => {
    const index = build({ note: ['Something else', 'Team', 'budget question'], text: ['A budget question', 'Team', ''] });
    expect(index.search('budget')?.ids).toEqual(['text', 'note']);
  });

  it('ranks a whole word above a longer word it begins', () => {
    const index = build({ longer: ['The marketplace', 'T', ''], exact: ['The market', 'T', ''] });
    expect(index.search('market')?.ids).toEqual(['exact', 'longer']);
  });

  it('ranks a rare word above a common one', () => {
    const index = build({ common1: ['staging build', 'T', ''], common2: ['staging cycles', 'T', ''], rare: ['hydra staging', 'T', ''], rare2: ['hydra', 'T', ''] });
    const ids = index.search('staging hydra')!.ids;
    expect(ids).toEqual(['rare']);
    expect(index.search('hydra')!.ids.sort()).toEqual(['rare', 'rare2']);
  });

  it('tolerates a typo when nothing starts with the word', () => {
    const result = sample.search('matirx');
    expect(result?.ids).toEqual(['mkt-matrix']);
    expect(result?.corrections).toEqual(['matrix']);
  });

  it('does not guess for short words', () => {
    expect(sample.search('xem')?.ids).toEqual([]);
  });

  it('matches accented words without the accent', () => {
    expect(sample.search('zurich')?.ids).toEqual(['zurich']);
  });

  it('returns null for an empty query', () => {
    expect(sample.search('  ,, ')).toBeNull();
  });

  it('caps the results but reports how many matched', () => {
    const docs: Record<string, string[]> = {};
    for (let i = 0; i < 50; i++) docs[`d${i}`] = [`common word ${i}`];
    const result = build(docs).search('common', { limit: 10 });
    expect(result?.ids).toHaveLength(10);
    expect(result?.total).toBe(50);
  });

  it('ranks only the documents the filter accepts', () => {
    expect(sample.search('marketing', { accept: (id) => id !== 'mkt-matrix' })?.ids).toEqual(['mkt-funding']);
  });
});

describe('keeping the index up to date', () => {
  it('finds a document by its new text after it changed', () => {
    const index = build({ a: ['old words'] });
    index.sync([{ id: 'a', fields: ['new words'] }]);
    expect(index.search('old')?.ids).toEqual([]);
    expect(index.search('new')?.ids).toEqual(['a']);
  });

  it('reports no change when the texts are the same', () => {
    const index = build({ a: ['same'] });
    expect(index.sync([{ id: 'a', fields: ['same'] }])).toBe(false);
  });

  it('forgets documents that are no longer given', () => {
    const index = build({ a: ['alpha'], b: ['alpha'] });
    index.sync([{ id: 'b', fields: ['alpha'] }]);
    expect(index.search('alpha')?.ids).toEqual(['b']);
    expect(index.size).toBe(1);
  });

  it('still answers correctly after many rewrites compact the index', () => {
    const index = new SearchIndex<string>([1]);
    for (let round = 0; round < 30; round++) index.sync(Array.from({ length: 100 }, (_, i) => ({ id: `d${i}`, fields: [`round${round} shared words here`] })));
    expect(index.search('round29')?.total).toBe(100);
    expect(index.search('round3')?.total).toBe(0);
  });
});

describe('edit distance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(withinDistance('matirx', 'matrix', 1)).toBe(true);
  });

  it('rejects words further apart than allowed', () => {
    expect(withinDistance('budget', 'gadget', 1)).toBe(false);
    expect(withinDistance('budget', 'gadget', 2)).toBe(true);
  });

  it('allows no edits for words under four letters', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(9)).toBe(2);
  });
});
