// Uploads with XMLHttpRequest, the only browser API that reports upload progress. Loaded by RestBackend
// with the first upload, so pages without uploads do not download it.
import type { Upload } from '../contract/index.js';
import { ACCEPT_JSON, abortedError, httpError, isJsonType, parseProblem, parseRetryAfter } from './http.js';
import { BackendError } from './errors.js';

export interface XhrUpload {
  readonly url: string;
  readonly token: string | null | undefined;
  /** Inactivity limit: no progress for this long aborts the upload. */
  readonly timeoutMs: number;
  readonly form: FormData;
  readonly size: number;
  readonly report: (loaded: number, total: number | undefined) => void;
  readonly signal: AbortSignal | undefined;
}

export function xhrUpload({ url, token, timeoutMs, form, size, report, signal: caller }: XhrUpload): Promise<Upload> {
  const path = 'POST /uploads';
  if (caller?.aborted) return Promise.reject(abortedError(path, caller.reason));
  return new Promise<Upload>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let total: number | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => { timedOut = true; xhr.abort(); }, timeoutMs);
    };
    const onAbort = () => xhr.abort();
    const settle = () => { clearTimeout(timer); caller?.removeEventListener('abort', onAbort); };
    caller?.addEventListener('abort', onAbort, { once: true });

    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', ACCEPT_JSON);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.addEventListener('progress', (event) => {
      arm();
      if (event.lengthComputable) total = event.total;
      report(event.loaded, event.lengthComputable ? event.total : undefined);
    });
    xhr.addEventListener('load', () => {
      settle();
      const contentType = xhr.getResponseHeader('content-type');
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          if (!isJsonType(contentType)) throw new SyntaxError('not JSON');
          const upload = JSON.parse(xhr.responseText) as Upload;
          report(total ?? size, total ?? size);
          resolve(upload);
        } catch (cause) {
          reject(new BackendError(`${path}: malformed answer`, { kind: 'invalid-response', status: xhr.status, cause }));
        }
        return;
      }
      const problem = parseProblem(xhr.responseText, contentType, xhr.status);
      reject(httpError(path, xhr.status, problem, parseRetryAfter(xhr.getResponseHeader('retry-after'))));
    });
    xhr.addEventListener('error', () => { settle(); reject(new BackendError(`${path}: network error`, { kind: 'network' })); });
    xhr.addEventListener('abort', () => {
      settle();
      reject(timedOut
        ? new BackendError(`${path}: no progress within ${timeoutMs} ms`, { kind: 'timeout' })
        : abortedError(path, caller?.reason));
    });
    arm();
    xhr.send(form);
  });
}
