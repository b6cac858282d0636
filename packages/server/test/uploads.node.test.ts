// Streaming uploads: typed by content, limited in size, temp files cleaned up.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e5278ee40000000049454e44ae426082', 'hex');
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

function upload(bytes: Buffer, name: string, type = 'application/pdf') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  return fetch(`${server.api}/uploads`, { method: 'POST', body: form });
}

describe('uploads', () => {
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('stores a PDF with its hash and size', async () => {
    const res = await upload(PDF, 'giay-chung-sinh.pdf');
    assert.equal(res.status, 201);
    const body = (await res.json()) as { id: string; size: number; mediaType: string; sha256: string; name: string };
    assert.equal(body.mediaType, 'application/pdf');
    assert.equal(body.size, PDF.length);
    assert.equal(body.name, 'giay-chung-sinh.pdf');
    assert.match(body.sha256, /^[0-9a-f]{64}$/);
  });

  it('types by content: PNG bytes named .pdf are a PNG', async () => {
    const res = await upload(PNG, 'scan.pdf', 'application/pdf');
    assert.equal(res.status, 201);
    assert.equal(((await res.json()) as { mediaType: string }).mediaType, 'image/png');
  });

  it('refuses text named .pdf with 415', async () => {
    const res = await upload(Buffer.from('this is not a pdf at all, just text'), 'fake.pdf');
    assert.equal(res.status, 415);
    assert.match(res.headers.get('content-type')!, /problem\+json/);
  });

  it('refuses files over the limit with 413 and leaves no temp file', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(70 * 1024, 0x20)]);
    const res = await upload(big, 'big.pdf');
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as { code: string }).code, 'payload-too-large');
    const leftovers = (await readdir(join(server.dir, 'uploads'))).filter((f) => f.endsWith('.part'));
    assert.deepEqual(leftovers, []);
  });

  it('says its limits', async () => {
    const body = await (await fetch(`${server.api}/uploads/limits`)).json();
    assert.deepEqual(body, { maxBytes: 64 * 1024, acceptedTypes: ['application/pdf', 'image/png', 'image/jpeg'] });
  });
});
