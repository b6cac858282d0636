// RFC 9457 problems: every error the server sends goes through here so the shape never drifts.
import type { FieldError, Problem } from '@dvc/core';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** Thrown anywhere in a handler; the error handler turns it into `application/problem+json`. */
export class HttpProblem extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly errors: FieldError[] | undefined;
  readonly retryAfter: number | undefined;
  constructor(status: number, code: string, detail?: string, extra: { errors?: FieldError[]; retryAfter?: number } = {}) {
    super(detail ?? code);
    this.statusCode = status;
    this.code = code;
    this.errors = extra.errors;
    this.retryAfter = extra.retryAfter;
  }
  toProblem(instance?: string): Problem {
    return problem(this.statusCode, this.code, this.message, { errors: this.errors, retryAfter: this.retryAfter, instance });
  }
}

export function problem(
  status: number,
  code: string,
  detail?: string,
  extra: { errors?: FieldError[] | undefined; retryAfter?: number | undefined; instance?: string | undefined } = {},
): Problem {
  const body: Problem = { type: `urn:dvc:problem:${code}`, title: TITLES[status] ?? 'Error', status, code };
  if (detail) body.detail = detail;
  if (extra.instance) body.instance = extra.instance;
  if (extra.retryAfter !== undefined) body.retryAfter = extra.retryAfter;
  if (extra.errors) body.errors = extra.errors;
  return body;
}

export const notFound = (what = 'Resource') => new HttpProblem(404, 'not-found', `${what} not found`);
export const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
