// HTTP details shared by RestBackend and the parts of it that load on first use (uploads, event streams).
import type { Problem } from '../contract/index.js';
import { BackendError } from './errors.js';

export const ACCEPT_JSON = 'application/json, application/problem+json;q=0.9';

export function abortedError(path: string, cause?: unknown): BackendError {
  return new BackendError(`${path}: cancelled`, { kind: 'aborted', cause });
}

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date). */
export function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

export function isJsonType(contentType: string | null): boolean {
  return contentType !== null && /[/+]json\b/i.test(contentType);
}

export function parseProblem(text: string, contentType: string | null, status: number): Problem | undefined {
  if (!isJsonType(contentType) || text === '') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const problem = value as Partial<Problem>;
      return { type: 'about:blank', title: '', ...problem, status: typeof problem.status === 'number' ? problem.status : status } as Problem;
    }
  } catch {
    // Not a problem document: the status alone describes the error.
  }
  return undefined;
}

export function httpError(path: string, status: number, problem: Problem | undefined, retryAfter: number | undefined): BackendError {
  const title = problem?.title ? ` ${problem.title}` : '';
  return new BackendError(`${path}: HTTP ${status}${title}`, { kind: 'http', status, problem, retryAfter });
}
