// The browser-only paths of RestBackend (XMLHttpRequest uploads, EventSource), against the test
// runner's own HTTP server: it answers unknown paths with an error, which is what these tests need.
import { expect, waitUntil } from '@open-wc/testing';
import { BackendError } from '../src/backend/errors.js';
import { RestBackend } from '../src/backend/rest-backend.js';
import type { UploadProgress } from '../src/backend/backend.js';

const backend = () => new RestBackend({ baseUrl: '/__dvc-missing-api__/v1', retryDelayMs: 1 });

async function rejection(promise: Promise<unknown>): Promise<BackendError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(BackendError);
    return error as BackendError;
  }
  throw new Error('expected the call to fail');
}

describe('RestBackend in the browser', () => {
  it('resolves a relative base URL against the page', () => {
    expect(backend().baseUrl).to.equal(new URL('/__dvc-missing-api__/v1/', location.href).href);
  });

  it('uploads through XMLHttpRequest, reporting progress, and maps the error status', async () => {
    const progress: UploadProgress[] = [];
    const file = new File([new Uint8Array(2 * 1024 * 1024)], 'giay-to.pdf', { type: 'application/pdf' });
    const error = await rejection(backend().uploadFile(file, { onProgress: (p) => progress.push(p) }));
    expect(error.kind).to.equal('http');
    expect(error.status).to.be.within(400, 499);
    expect(progress.length).to.be.greaterThan(0);
    const last = progress[progress.length - 1];
    expect(last.total).to.be.greaterThan(file.size); // the multipart body, file included
    expect(last.loaded).to.equal(last.total);
  });

  it('aborts an upload when the caller aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(backend().uploadFile(new Blob(['x']), { signal: controller.signal }));
    expect(error.kind).to.equal('aborted');
  });

  it('reports a refused event stream once, as final', async () => {
    const errors: { error: BackendError; willRetry: boolean }[] = [];
    const events: unknown[] = [];
    const stop = backend().subscribeDossierEvents('000.00.01.H29-260310-0420', 'ABC123', {
      onEvent: (event) => events.push(event),
      onError: (error, { willRetry }) => errors.push({ error, willRetry }),
    });
    await waitUntil(() => errors.length > 0, 'no error reported', { timeout: 5000 });
    stop();
    expect(errors[0].willRetry).to.equal(false);
    expect(errors[0].error.kind).to.equal('network');
    expect(events).to.have.length(0);
  });
});
