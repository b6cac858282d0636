// The search engine on its own, in Node: the fixed query set on the seeded catalogue, the matching
// rules one by one, facets, and agreement with the reference server's GET /procedures.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProcedureSearchIndex, typoOfPrefix, withinOneEdit, words } from '../src/internal/search-index.js';
import { foldVietnamese } from '@dvc/core/format.js';
import { CatalogueSearch } from '../../server/src/catalogue/search.js';
import { agencies, agencyLevels, fields, procedures } from '../../server/src/seed/catalogue.js';
import { seededIndex } from './catalogue.js';
import { BIRTH, querySet } from './query-set.js';

const index = new ProcedureSearchIndex(seededIndex());
const codes = (q: string, filters = {}) => Array.from(index.search({ q, ...filters }).ids, (i) => index.items[i].code);

describe('the fixed query set on the seeded catalogue', () => {
  for (const c of querySet) {
    it(`${c.kind}: "${c.q}"`, () => {
      const ids = index.search({ q: c.q }).ids;
      const items = Array.from(ids, (i) => index.items[i]);
      if (c.first) assert.equal(items[0]?.code, c.first, `first of ${items.slice(0, 3).map((i) => i.name).join(' | ')}`);
      if (c.field) {
        const head = items.slice(0, c.atLeast);
        assert.ok(items.length >= c.atLeast!, `only ${items.length} results`);
        assert.equal(head[0].field, c.field);
        assert.ok(head.filter((i) => i.field === c.field).length >= 0.75 * head.length, head.map((i) => i.field).join());
      }
    });
  }
});

describe('matching', () => {
  it('folds words like core does, keeping codes whole', () => {
    const text = '  Đăng ký   KHAI SINH (mã 1.001193), “đ” – Điều 11.';
    assert.deepEqual(words(text), foldVietnamese(text).split(/[^a-z0-9.]+/).map((w) => w.replace(/^\.+|\.+$/g, '')).filter(Boolean));
    assert.deepEqual(words('Đăng ký khai sinh 1.001193.'), ['dang', 'ky', 'khai', 'sinh', '1.001193']);
    assert.deepEqual(words('Đăng ky\u0301'), ['dang', 'ky']); // decomposed input
  });

  it('allows one edit, and one edit of a prefix', () => {
    assert.ok(withinOneEdit('khia', 'khai')); // swap
    assert.ok(withinOneEdit('sinh', 'sin'));
    assert.ok(withinOneEdit('dang', 'dung'));
    assert.ok(!withinOneEdit('dang', 'dugn'));
    assert.ok(typoOfPrefix('thuo', 'thuong'));
    assert.ok(typoOfPrefix('thou', 'thuong'));
    assert.ok(!typoOfPrefix('xyzw', 'thuong'));
  });

  it('ignores case and diacritics, and đ is d', () => {
    assert.deepEqual(codes('ĐĂNG KÝ KHAI SINH'), codes('dang ky khai sinh'));
    assert.deepEqual(codes('đăng'), codes('dang'));
  });

  it('needs every word to match', () => {
    assert.deepEqual(codes('khai sinh xyzxyz'), []);
  });

  it('does not pile typos up into nonsense matches', () => {
    assert.deepEqual(codes('giấy phép nuôi rồng'), []);
  });

  it('forgives a typo that made another real word, once per query', () => {
    assert.equal(codes('giay phep xay dang')[0]?.startsWith('1.00999'), true); // dang for dung
    assert.deepEqual(codes('giay phap xay dang'), []); // two such typos
  });

  it('allows no typo in words under 4 letters', () => {
    assert.ok(!codes('dang ky khai sinj').includes('1.004206'));
    assert.deepEqual(codes('kat hon'), []);
  });

  it('matches the word being typed as a prefix, from the first letter', () => {
    assert.ok(codes('dang ky khai s').includes(BIRTH));
    assert.ok(codes('k').length > 0);
  });

  it('ranks name over description and whole words over prefixes', () => {
    // "giấy khai sinh" is in the description of birth registration only as words, not the name
    const res = codes('khai sinh');
    assert.equal(res[0], BIRTH);
    const tu = codes('khai tu');
    assert.equal(tu[0], '1.000656');
  });

  it('puts an exact code first and matches code prefixes from 3 characters', () => {
    assert.deepEqual(codes(BIRTH), [BIRTH]);
    assert.ok(codes('1.0011').includes(BIRTH));
    assert.ok(codes('2.00').slice(0, 10).every((c) => c.startsWith('2.00')));
  });

  it('finds nothing for punctuation only and everything for an empty query', () => {
    assert.deepEqual(codes('?!'), []);
    assert.equal(codes('').length, procedures.length);
  });
});

describe('filters and facets', () => {
  it('filters by field, level, agency and class', () => {
    const hits = index.search({ q: 'dang ky', field: 'ho-tich', class: 'full' });
    for (const i of hits.ids) {
      assert.equal(index.items[i].field, 'ho-tich');
      assert.ok(index.items[i].onlineClasses.includes('full'));
    }
    assert.ok(hits.ids.length > 0);
    assert.deepEqual(codes('', { field: 'no-such-field' }), []);
  });

  it('counts each facet over the query and the other filters', () => {
    const all = index.search({ q: 'dang ky' });
    const inField = index.search({ q: 'dang ky', field: 'ho-tich' });
    assert.deepEqual([...inField.facets.field], [...all.facets.field]);
    assert.equal(inField.ids.length, all.facets.field.get('ho-tich'));
    const full = inField.facets.class.get('full')!;
    assert.equal(index.search({ q: 'dang ky', field: 'ho-tich', class: 'full' }).ids.length, full);
    const total = [...all.facets.field.values()].reduce((a, b) => a + b, 0);
    assert.equal(total, all.ids.length);
  });
});

describe('agreement with the reference server', () => {
  const server = new CatalogueSearch(
    { fields, levels: agencyLevels, agencies, procedures } as unknown as ConstructorParameters<typeof CatalogueSearch>[0], new Set());
  const queries = [...querySet.map((c) => c.q), '', 'dang', 'd', 'giay phep', 'cap lai'];
  for (const q of queries) {
    it(`same results and counts for "${q}"`, () => {
      const local = index.search({ q, level: 'xa' });
      const remote = server.search({ q, level: 'xa', pageSize: 100 });
      assert.deepEqual(Array.from(local.ids, (i) => index.items[i].code), remote.items.map((i) => i.code));
      assert.equal(remote.total, local.ids.length);
      assert.deepEqual(new Map(remote.facets.field.map((f) => [f.value, f.count])), local.facets.field);
    });
  }
});
