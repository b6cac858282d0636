import type {
  AdminUnit, Dossier, DossierSubmission, FeeStatement, FormDefinition, Payment, PaymentRequest,
  ProcedureDetail, ProcedureIndex, ProcedureQuery, Profile, Rating, Receipt, SearchResult,
  SupplementSubmission, Upload, UploadLimits,
} from '../contract/index.js';
import type {
  CallOptions, DossierEventHandlers, DvcBackend, FormValidators, ProcedureIndexOptions, ProcedureIndexResult, Unsubscribe,
  UploadableFile, UploadOptions,
} from './backend.js';
import { BackendError } from './errors.js';
import { ACCEPT_JSON, abortedError, httpError, isJsonType, parseProblem, parseRetryAfter } from './http.js';

/** Gives the bearer token of the signed-in user, or nothing when nobody is signed in. Called before every request. */
export type TokenProvider = () => string | undefined | null | Promise<string | undefined | null>;

export interface RestBackendOptions {
  /** Where the contract's paths live, e.g. `https://dichvucong.example.gov.vn/api/v1`; relative URLs resolve against the page. */
  baseUrl: string;
  /** The host page's login token (VNeID or portal account); sent as `Authorization: Bearer` only when it returns one. */
  token?: TokenProvider;
  /** Time limit of one attempt, answer body included (default 15000 ms). Uploads use it as an inactivity limit. */
  timeoutMs?: number;
  /** Extra attempts for safe or idempotent requests after a network error, 408, 429, 502, 503 or 504 (default 2). */
  retries?: number;
  /** First backoff delay; doubled each retry, with jitter (default 300 ms). */
  retryDelayMs?: number;
  /** Longest `Retry-After` we wait for before retrying; a longer one fails at once (default 20000 ms). */
  maxRetryAfterMs?: number;
  /** The fetch to use (default `globalThis.fetch`). In browsers, uploads go through XMLHttpRequest for progress. */
  fetch?: typeof fetch;
  /** The EventSource to use for dossier events (default `globalThis.EventSource`). */
  EventSource?: typeof EventSource;
}

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT';
type QueryValue = string | number | boolean | undefined | null;

interface RequestSpec {
  method: Method;
  path: string;
  query?: Readonly<Record<string, QueryValue>>;
  headers?: Readonly<Record<string, string>>;
  json?: unknown;
  body?: BodyInit;
  idempotencyKey?: string;
  verification?: string | undefined;
  signal?: AbortSignal | undefined;
}

const RETRY_STATUSES = new Set([408, 429, 502, 503, 504]);
const VERIFICATION_HEADER = 'Dossier-Verification';

/** One path segment, encoded; `.` and `..` (even percent-encoded, the URL parser resolves them) are refused. */
function segment(value: string): string {
  if (value === '' || /^(?:\.|%2e){1,2}$/i.test(value)) {
    throw new BackendError(`Invalid identifier "${value}"`, { kind: 'http', status: 404 });
  }
  return encodeURIComponent(value);
}

/** A signal that fires when any of `signals` fires (`AbortSignal.any` where it exists). */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) { controller.abort(signal.reason); break; }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}

function isRetriable(error: BackendError): boolean {
  return error.kind === 'network' || (error.kind === 'http' && RETRY_STATUSES.has(error.status ?? 0));
}

function sleep(ms: number, signal: AbortSignal | undefined, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError(path, signal.reason));
    const onAbort = () => { clearTimeout(timer); reject(abortedError(path, signal?.reason)); };
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function readJson<T>(response: Response, path: string): Promise<T> {
  if (!isJsonType(response.headers.get('content-type'))) {
    throw new BackendError(`${path}: expected JSON, got ${response.headers.get('content-type') ?? 'no content type'}`,
      { kind: 'invalid-response', status: response.status });
  }
  let value: unknown;
  try {
    value = await response.json();
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw new BackendError(`${path}: malformed JSON`, { kind: 'invalid-response', status: response.status, cause: error });
    }
    throw error;
  }
  if (value === null || typeof value !== 'object') {
    throw new BackendError(`${path}: expected a JSON object`, { kind: 'invalid-response', status: response.status });
  }
  return value as T;
}

/**
 * `DvcBackend` over HTTP for any server that exposes the contract's paths (the reference server, or an
 * agency's gateway). Every attempt has a time limit; safe requests (GET/HEAD) and requests carrying an
 * Idempotency-Key are retried with exponential backoff and jitter after a network error, 408, 429
 * (honouring `Retry-After`), 502, 503 or 504 — never after another 4xx, never a plain POST.
 *
 * Cross-origin servers must allow the `Authorization`, `Idempotency-Key`, `Dossier-Verification` and
 * `If-None-Match` request headers and expose `ETag` and `Retry-After`.
 */
export class RestBackend implements DvcBackend {
  readonly baseUrl: string;
  readonly #base: URL;
  readonly #token: TokenProvider | undefined;
  readonly #timeoutMs: number;
  readonly #retries: number;
  readonly #retryDelayMs: number;
  readonly #maxRetryAfterMs: number;
  readonly #fetch: typeof fetch | undefined;
  readonly #EventSource: typeof EventSource | undefined;

  constructor(options: RestBackendOptions) {
    let base: URL;
    try {
      base = new URL(options.baseUrl, globalThis.location?.href);
    } catch (cause) {
      throw new TypeError(`RestBackend: baseUrl "${options.baseUrl}" is not a URL (outside a page it must be absolute)`, { cause });
    }
    base.search = '';
    base.hash = '';
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.#base = base;
    this.baseUrl = base.href;
    this.#token = options.token;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#retries = Math.max(0, options.retries ?? 2);
    this.#retryDelayMs = options.retryDelayMs ?? 300;
    this.#maxRetryAfterMs = options.maxRetryAfterMs ?? 20_000;
    this.#fetch = options.fetch;
    this.#EventSource = options.EventSource;
  }

  searchProcedures(query: ProcedureQuery, options?: CallOptions): Promise<SearchResult> {
    return this.#json({ method: 'GET', path: 'procedures', query: { ...query }, signal: options?.signal });
  }

  getProcedureIndex(options: ProcedureIndexOptions = {}): Promise<ProcedureIndexResult> {
    return this.#request(
      { method: 'GET', path: 'procedures/index', signal: options.signal,
        headers: options.etag ? { 'If-None-Match': options.etag } : undefined },
      async (response, path): Promise<ProcedureIndexResult> => {
        if (response.status === 304) return { notModified: true };
        const index = await readJson<ProcedureIndex>(response, path);
        return { notModified: false, index, etag: response.headers.get('etag') ?? undefined };
      },
      (status) => status === 304,
    );
  }

  async getProcedure(code: string, options?: CallOptions): Promise<ProcedureDetail> {
    return this.#json({ method: 'GET', path: `procedures/${segment(code)}`, signal: options?.signal });
  }

  async getFormDefinition(code: string, version?: string, options?: CallOptions): Promise<FormDefinition> {
    return this.#json({ method: 'GET', path: `procedures/${segment(code)}/form`, query: { version }, signal: options?.signal });
  }

  /** The server's precompiled validators (strict-CSP mode); the loading code comes with the first call. */
  async getFormValidators(code: string, version: string, options?: CallOptions): Promise<FormValidators> {
    const path = `procedures/${segment(code)}/form/versions/${segment(version)}/validator.js`;
    const label = `GET /${path}`;
    const { importValidators } = await import('./validator-module.js');
    return importValidators(this.#url(path).href, label, options?.signal, (error) =>
      this.#request<never>({ method: 'GET', path, signal: options?.signal }, () => {
        throw new BackendError(`${label}: the module did not load (${String(error)})`, { kind: 'invalid-response', cause: error });
      }));
  }

  getProfile(options?: CallOptions): Promise<Profile> {
    return this.#json({ method: 'GET', path: 'me/profile', signal: options?.signal });
  }

  async listAdminUnits(parent?: string, options?: CallOptions): Promise<AdminUnit[]> {
    const body = await this.#json<{ items: AdminUnit[] }>(
      { method: 'GET', path: 'admin-units', query: { parent }, signal: options?.signal });
    if (!Array.isArray(body.items)) throw new BackendError('admin-units: no items', { kind: 'invalid-response' });
    return body.items;
  }

  async uploadFile(file: UploadableFile, options: UploadOptions = {}): Promise<Upload> {
    const form = new FormData();
    form.append('file', file, file.name ?? 'file');
    const report = (loaded: number, total: number | undefined) => options.onProgress?.({ loaded, total });
    if (typeof XMLHttpRequest === 'undefined') {
      const upload = await this.#json<Upload>({ method: 'POST', path: 'uploads', body: form, signal: options.signal });
      report(file.size, file.size);
      return upload;
    }
    // XMLHttpRequest, the only browser API that reports upload progress; its code loads with the first upload.
    const [{ xhrUpload }, token] = await Promise.all([import('./xhr-upload.js'), this.#token?.()]);
    return xhrUpload({ url: this.#url('uploads').href, token, timeoutMs: this.#timeoutMs, form, size: file.size, report, signal: options.signal });
  }

  getUploadLimits(options?: CallOptions): Promise<UploadLimits> {
    return this.#json({ method: 'GET', path: 'uploads/limits', signal: options?.signal });
  }

  submitDossier(submission: DossierSubmission, idempotencyKey: string, options?: CallOptions): Promise<Receipt> {
    return this.#json({ method: 'POST', path: 'dossiers', json: submission, idempotencyKey, signal: options?.signal });
  }

  async getDossier(code: string, verification: string, options?: CallOptions): Promise<Dossier> {
    return this.#json({ method: 'GET', path: `dossiers/${segment(code)}`, verification, signal: options?.signal });
  }

  subscribeDossierEvents(code: string, verification: string, handlers: DossierEventHandlers): Unsubscribe {
    // The stream's code loads with its first subscriber: a page that never follows a dossier skips it.
    let stop: Unsubscribe | undefined;
    let closed = false;
    import('./dossier-events.js').then(({ subscribe }) => {
      if (!closed) stop = subscribe(this.#url(`dossiers/${segment(code)}/events`, { verification }), this.#EventSource, handlers);
    }).catch((cause: unknown) => {
      if (!closed) handlers.onError?.(cause instanceof BackendError ? cause : new BackendError('dossier events: did not load', { kind: 'network', cause }), { willRetry: false });
    });
    return () => {
      closed = true;
      stop?.();
    };
  }

  async getFees(code: string, verification: string, options?: CallOptions): Promise<FeeStatement> {
    return this.#json({ method: 'GET', path: `dossiers/${segment(code)}/fees`, verification, signal: options?.signal });
  }

  async submitSupplement(
    code: string, verification: string, supplement: SupplementSubmission, idempotencyKey: string, options?: CallOptions,
  ): Promise<Dossier> {
    return this.#json({
      method: 'POST', path: `dossiers/${segment(code)}/supplements`, json: supplement, verification, idempotencyKey,
      signal: options?.signal,
    });
  }

  resultUrl(code: string, verification: string): string {
    return this.#url(`dossiers/${segment(code)}/result`, { verification }).href;
  }

  async rateDossier(code: string, verification: string, rating: Rating, options?: CallOptions): Promise<Rating> {
    // PUT replaces the one rating of the dossier: idempotent by nature, but only retried with a key, as promised.
    return this.#json({ method: 'PUT', path: `dossiers/${segment(code)}/rating`, json: rating, verification, signal: options?.signal });
  }

  createPayment(request: PaymentRequest, idempotencyKey: string, verification?: string, options?: CallOptions): Promise<Payment> {
    return this.#json({ method: 'POST', path: 'payments', json: request, idempotencyKey, verification, signal: options?.signal });
  }

  async getPayment(id: string, verification?: string, options?: CallOptions): Promise<Payment> {
    return this.#json({ method: 'GET', path: `payments/${segment(id)}`, verification, signal: options?.signal });
  }

  #url(path: string, query?: Readonly<Record<string, QueryValue>>): URL {
    const url = new URL(path, this.#base);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.append(name, String(value));
    }
    return url;
  }

  async #headers(spec: RequestSpec): Promise<Headers> {
    const headers = new Headers(spec.headers);
    headers.set('Accept', ACCEPT_JSON);
    const token = await this.#token?.();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (spec.idempotencyKey !== undefined) headers.set('Idempotency-Key', spec.idempotencyKey);
    if (spec.verification) headers.set(VERIFICATION_HEADER, spec.verification);
    if (spec.json !== undefined) headers.set('Content-Type', 'application/json');
    return headers;
  }

  #json<T>(spec: RequestSpec): Promise<T> {
    return this.#request(spec, (response, path) => readJson<T>(response, path));
  }

  /** Runs attempts until one succeeds, the error is final, or the retries are used up. */
  async #request<T>(
    spec: RequestSpec,
    read: (response: Response, path: string) => Promise<T>,
    acceptStatus: (status: number) => boolean = () => false,
  ): Promise<T> {
    const path = `${spec.method} /${spec.path}`;
    const retriable = spec.method === 'GET' || spec.method === 'HEAD' || spec.idempotencyKey !== undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#attempt(spec, path, read, acceptStatus);
      } catch (error) {
        if (!(error instanceof BackendError) || !retriable || attempt >= this.#retries || !isRetriable(error)) throw error;
        const backoff = this.#retryDelayMs * 2 ** attempt;
        const delay = error.retryAfter !== undefined
          ? error.retryAfter * 1000
          : backoff / 2 + Math.random() * (backoff / 2);
        if (delay > this.#maxRetryAfterMs) throw error;
        await sleep(delay, spec.signal, path);
      }
    }
  }

  async #attempt<T>(
    spec: RequestSpec,
    path: string,
    read: (response: Response, path: string) => Promise<T>,
    acceptStatus: (status: number) => boolean,
  ): Promise<T> {
    const caller = spec.signal;
    if (caller?.aborted) throw abortedError(path, caller.reason);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new DOMException('Timed out', 'TimeoutError')), this.#timeoutMs);
    const signal = caller ? anySignal([caller, timeout.signal]) : timeout.signal;
    try {
      const init: RequestInit = {
        method: spec.method,
        headers: await this.#headers(spec),
        signal,
        body: spec.json !== undefined ? JSON.stringify(spec.json) : spec.body,
      };
      const doFetch = this.#fetch ?? globalThis.fetch;
      const response = await doFetch(this.#url(spec.path, spec.query), init);
      if (response.ok || acceptStatus(response.status)) return await read(response, path);
      const text = await response.text();
      const problem = parseProblem(text, response.headers.get('content-type'), response.status);
      throw httpError(path, response.status, problem, parseRetryAfter(response.headers.get('retry-after')));
    } catch (error) {
      if (error instanceof BackendError) throw error;
      if (caller?.aborted) throw abortedError(path, caller.reason);
      if (timeout.signal.aborted) throw new BackendError(`${path}: no answer within ${this.#timeoutMs} ms`, { kind: 'timeout', cause: error });
      throw new BackendError(`${path}: ${error instanceof Error ? error.message : 'network error'}`, { kind: 'network', cause: error });
    } finally {
      clearTimeout(timer);
    }
  }
}
