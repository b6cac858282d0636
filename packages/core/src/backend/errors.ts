import type { FieldError, Problem } from '../contract/index.js';
import type { MessageKey } from '../i18n/vi.js';

/**
 * What went wrong, as far as a component needs to know:
 * - `network`: no answer at all (offline, DNS, CORS, connection reset);
 * - `timeout`: no complete answer within the time limit;
 * - `aborted`: the caller cancelled (its `AbortSignal` fired) — usually not shown to the user;
 * - `http`: the server answered with a 4xx/5xx status (`status`, and `problem` when it sent one);
 * - `invalid-response`: a 2xx answer that is not what the contract promises (not JSON, wrong type).
 */
export type BackendErrorKind = 'network' | 'timeout' | 'aborted' | 'http' | 'invalid-response';

export interface BackendErrorInit {
  kind: BackendErrorKind;
  status?: number;
  problem?: Problem;
  /** Seconds the server asked us to wait (`Retry-After` header or `problem.retryAfter`). */
  retryAfter?: number;
  cause?: unknown;
}

/** Message keys a `BackendError` can map to (all in the core catalogue). */
export type BackendErrorMessageKey = Extract<MessageKey, `error.${string}`>;

/**
 * The one error type every `DvcBackend` method rejects with. Adapters for other backends must throw it
 * too (map their own failures onto `kind`/`status`/`problem`), so that components can show
 * `msg(error.messageKey)` and mark fields from `error.fieldErrors` without knowing the backend.
 */
export class BackendError extends Error {
  readonly kind: BackendErrorKind;
  readonly status: number | undefined;
  readonly problem: Problem | undefined;
  readonly retryAfter: number | undefined;

  constructor(message: string, init: BackendErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'BackendError';
    this.kind = init.kind;
    this.status = init.status ?? init.problem?.status;
    this.problem = init.problem;
    this.retryAfter = init.retryAfter ?? init.problem?.retryAfter;
  }

  /** Field errors of a validation problem (JSON Pointers into the request body); empty otherwise. */
  get fieldErrors(): readonly FieldError[] {
    return this.problem?.errors ?? [];
  }

  /** The stable machine code of the problem (`validation-failed`, `not-found`, …), if the server sent one. */
  get code(): string | undefined {
    return this.problem?.code;
  }

  /** An i18n key describing the error for the user (what happened and what to do). */
  get messageKey(): BackendErrorMessageKey {
    switch (this.kind) {
      case 'network': return 'error.network';
      case 'timeout': return 'error.timeout';
      case 'aborted': return 'error.aborted';
      case 'invalid-response': return 'error.invalidResponse';
      case 'http': break;
    }
    const status = this.status ?? 0;
    if (this.fieldErrors.length > 0 || this.code === 'validation-failed') return 'error.validation';
    switch (status) {
      case 400: case 422: return 'error.validation';
      case 401: return 'error.unauthorized';
      case 403: return 'error.forbidden';
      case 404: case 410: return 'error.notFound';
      case 408: return 'error.timeout';
      case 409: return 'error.conflict';
      case 413: return 'error.tooLarge';
      case 415: return 'error.unsupportedType';
      case 429: return 'error.rateLimited';
    }
    return status >= 500 ? 'error.server' : 'error.unknown';
  }
}

/** Type guard for `BackendError`, also across two copies of the core loaded on one page. */
export function isBackendError(value: unknown): value is BackendError {
  return value instanceof BackendError || (value instanceof Error && value.name === 'BackendError' && 'kind' in value);
}
