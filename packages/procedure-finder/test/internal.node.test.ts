// The finder's other DOM-free parts: highlighting, the page address, the index cache with its ETag.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DvcBackend, ProcedureIndex } from '@dvc/core';
import { highlight } from '../src/internal/highlight.js';
import { emptyState, readState, sameState, writeState } from '../src/internal/url-state.js';
import { catalogueSize, loadLocalCatalogue } from '../src/internal/catalogue-source.js';
import { words } from '../src/internal/search-index.js';
import { seededIndex } from './catalogue.js';

const marked = (text: string, q: string) => highlight(text, words(q)).filter((s) => s.match).map((s) => s.text);

describe('highlight', () => {
  it('marks whole words and the typed prefix, keeping diacritics', () => {
    assert.deepEqual(marked('Đăng ký khai sinh', 'dang ky khai si'), ['Đăng', 'ký', 'khai', 'si']);
    assert.deepEqual(highlight('Đăng ký khai sinh', words('khai')).map((s) => s.text).join(''), 'Đăng ký khai sinh');
  });

  it('marks a typo only when the word is not in the text as typed', () => {
    assert.deepEqual(marked('Công dân đăng ký tạm trú', 'dang ky'), ['đăng', 'ký']);
    assert.deepEqual(marked('Đăng ký khai sinh', 'khia sinh'), ['khai', 'sinh']);
  });

  it('marks codes and leaves text without matches alone', () => {
    assert.deepEqual(marked('Mã 1.001193', '1.0011'), ['1.0011']);
    assert.deepEqual(highlight('<b>x</b>', words('y')), [{ text: '<b>x</b>', match: false }]);
    assert.deepEqual(highlight('abc', []), [{ text: 'abc', match: false }]);
  });
});

describe('the page address', () => {
  it('reads and writes the finder state, keeping other parameters', () => {
    const state = { q: 'dang ky', field: 'ho-tich', class: 'full' as const, page: 2, procedure: '1.001193' };
    const search = writeState(state, '?utm=x&q=old');
    assert.equal(search, '?utm=x&q=dang+ky&field=ho-tich&class=full&page=2&procedure=1.001193');
    assert.ok(sameState(readState(search), state));
    assert.equal(writeState(emptyState, '?utm=x&page=3'), '?utm=x');
    assert.equal(writeState(emptyState), '');
  });

  it('ignores what it cannot use', () => {
    const state = readState('?class=level9&page=-3&field=%20');
    assert.equal(state.class, undefined);
    assert.equal(state.page, 1);
    assert.equal(state.field, undefined);
  });
});

describe('the index cache', () => {
  const storage = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
  };
  const backend = (index: ProcedureIndex, calls: unknown[]) => ({
    getProcedureIndex: async (options?: { etag?: string }) => {
      calls.push(options);
      return options?.etag === '"v1"' ? { notModified: true as const } : { notModified: false as const, index, etag: '"v1"' };
    },
    searchProcedures: async () => ({ total: 1234, page: 1, pageSize: 1, items: [], facets: { field: [], level: [], agency: [], class: [] } }),
  }) as unknown as DvcBackend;

  it('downloads once per backend and builds the engine', async () => {
    const calls: unknown[] = [];
    const b = backend(seededIndex(), calls);
    const [a, c] = await Promise.all([loadLocalCatalogue(b, undefined), loadLocalCatalogue(b, undefined)]);
    assert.equal(a, c);
    assert.equal(calls.length, 1);
    assert.ok(a.engine.search({ q: 'khai sinh' }).ids.length > 0);
  });

  it('asks the backend for the size when nothing is loaded or stored', async () => {
    assert.equal(await catalogueSize(backend(seededIndex(), []), storage()), 1234);
  });
});
