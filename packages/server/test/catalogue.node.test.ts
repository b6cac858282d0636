// Catalogue, forms, profile, admin units over real HTTP.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoProfiles } from '../src/seed/profiles.js';
import { BIRTH } from './helpers/fixtures.js';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
const get = (path: string, init?: RequestInit) => fetch(`${server.api}${path}`, init);
type Search = { total: number; items: { code: string; name: string; field: { code: string }; onlineClasses: string[] }[];
  facets: Record<string, { value: string; label: string; count: number }[]> };

describe('catalogue', () => {
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('finds birth registration first for a query typed without diacritics', async () => {
    const res = await get('/procedures?q=dang%20ky%20khai%20sinh');
    assert.equal(res.status, 200);
    const body = (await res.json()) as Search;
    assert.equal(body.items[0].code, BIRTH);
  });

  it('ignores case and diacritics', async () => {
    const a = (await (await get(`/procedures?q=${encodeURIComponent('ĐĂNG KÝ KHAI SINH')}`)).json()) as Search;
    const b = (await (await get('/procedures?q=dang ky khai sinh')).json()) as Search;
    assert.deepEqual(a.items.map((i) => i.code), b.items.map((i) => i.code));
  });

  it('puts an exact procedure code first', async () => {
    const body = (await (await get(`/procedures?q=${BIRTH}`)).json()) as Search;
    assert.equal(body.items[0].code, BIRTH);
  });

  it('filters and counts facets over the query and the other filters', async () => {
    const all = (await (await get('/procedures?pageSize=100')).json()) as Search;
    assert.ok(all.total > 5);
    const field = all.facets.field[0];
    assert.equal(all.facets.field.reduce((s, f) => s + f.count, 0), all.total);
    const filtered = (await (await get(`/procedures?field=${encodeURIComponent(field.value)}&pageSize=100`)).json()) as Search;
    assert.equal(filtered.total, field.count);
    assert.ok(filtered.items.every((i) => i.field.code === field.value));
    // the field facet ignores its own filter: other fields keep their counts
    assert.deepEqual(filtered.facets.field, all.facets.field);
    // other facets count only inside the chosen field
    const classCount = filtered.facets.class.reduce((s, f) => s + f.count, 0);
    assert.ok(classCount <= filtered.total * 2);
    const full = filtered.facets.class.find((f) => f.value === 'full');
    if (full) {
      const both = (await (await get(`/procedures?field=${encodeURIComponent(field.value)}&class=full&pageSize=100`)).json()) as Search;
      assert.equal(both.total, full.count);
      assert.ok(both.items.every((i) => i.onlineClasses.includes('full')));
    }
  });

  it('paginates', async () => {
    const p1 = (await (await get('/procedures?pageSize=2&page=1')).json()) as Search & { page: number; pageSize: number };
    const p2 = (await (await get('/procedures?pageSize=2&page=2')).json()) as Search;
    assert.equal(p1.items.length, 2);
    assert.equal(p1.page, 1);
    assert.notEqual(p1.items[0].code, p2.items[0].code);
  });

  it('rejects a bad page number with a pointer', async () => {
    const res = await get('/procedures?page=0');
    assert.equal(res.status, 400);
    assert.match(res.headers.get('content-type')!, /application\/problem\+json/);
    const body = (await res.json()) as { errors: { pointer: string }[] };
    assert.equal(body.errors[0].pointer, '/query/page');
  });

  it('serves the compact index with a strong ETag and answers 304', async () => {
    const res = await get('/procedures/index');
    assert.equal(res.status, 200);
    const etag = res.headers.get('etag')!;
    assert.match(etag, /^"[^"]+"$/);
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    const body = (await res.json()) as { version: string; items: unknown[] };
    assert.ok(body.items.length > 5);
    assert.ok(etag.startsWith(`"${body.version}`));
    const again = await get('/procedures/index', { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    const plain = await get('/procedures/index', { headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(plain.headers.get('etag'), `"${body.version}"`);
    assert.equal((await get('/procedures/index', { headers: { 'if-none-match': `"${body.version}"` } })).status, 304);
  });

  it('shows a procedure and 404s an unknown one as a problem', async () => {
    const ok = (await (await get(`/procedures/${BIRTH}`)).json()) as { code: string; channels: unknown[] };
    assert.equal(ok.code, BIRTH);
    assert.ok(ok.channels.length > 0);
    const res = await get('/procedures/9.999999');
    assert.equal(res.status, 404);
    assert.match(res.headers.get('content-type')!, /application\/problem\+json/);
    assert.equal(((await res.json()) as { code: string }).code, 'not-found');
  });

  it('serves the form, latest and by version', async () => {
    const latest = (await (await get(`/procedures/${BIRTH}/form`)).json()) as { version: string; schema: object };
    assert.equal(typeof latest.schema, 'object');
    const same = await get(`/procedures/${BIRTH}/form?version=${encodeURIComponent(latest.version)}`);
    assert.equal(same.status, 200);
    assert.equal((await get(`/procedures/${BIRTH}/form?version=no-such`)).status, 404);
  });
});

describe('profile and administrative units', () => {
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('needs a known bearer token', async () => {
    assert.equal((await get('/me/profile')).status, 401);
    const bad = await get('/me/profile', { headers: { authorization: 'Bearer nope' } });
    assert.equal(bad.status, 401);
    assert.match(bad.headers.get('content-type')!, /problem\+json/);
    const [token, profile] = Object.entries(demoProfiles)[0];
    const ok = await get('/me/profile', { headers: { authorization: `Bearer ${token}` } });
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), profile);
  });

  it('lists provinces, the communes of one, and 404s an unknown parent', async () => {
    const provinces = (await (await get('/admin-units')).json()) as { items: { code: string; level: string }[] };
    assert.ok(provinces.items.length > 0);
    assert.ok(provinces.items.every((u) => u.level === 'province'));
    const communes = (await (await get(`/admin-units?parent=${provinces.items[0].code}`)).json()) as { items: { parentCode: string }[] };
    assert.ok(communes.items.every((u) => u.parentCode === provinces.items[0].code));
    assert.equal((await get('/admin-units?parent=ZZ')).status, 404);
  });
});
