import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { RestBackend } from '../src/backend/rest-backend.js';
import { RecordingBackend } from '../src/testing/recording-backend.js';

describe('RecordingBackend', () => {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'p1', path: req.url }));
  });
  after(() => { server.closeAllConnections(); server.close(); });

  it('records each call with its arguments and passes it on to the real backend', async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const backend = new RecordingBackend(new RestBackend({ baseUrl: `http://127.0.0.1:${port}/api/v1` }));
    const payment = await backend.getPayment('p1', 'ABC123');
    await backend.createPayment({ dossierCode: '000.00.01.H29-260310-0420', method: 'vietqr' }, 'key-0123456789');
    assert.equal((payment as unknown as { path: string }).path, '/api/v1/payments/p1');
    assert.equal(backend.calls('getPayment').length, 1);
    assert.deepEqual(backend.calls('getPayment')[0].args.slice(0, 2), ['p1', 'ABC123']);
    assert.equal(backend.calls('createPayment')[0].args[1], 'key-0123456789');
    assert.equal(backend.calls().length, 2);
    backend.clear();
    assert.equal(backend.calls().length, 0);
  });
});
