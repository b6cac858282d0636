// One error path for the whole server: whatever was thrown (our problems, Fastify's parser and limit
// errors, plugins', bugs) leaves as RFC 9457 problem+json with a stable `code`.
import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpProblem, PROBLEM_TYPE, problem } from './problem.js';

const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid-json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid-json'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload-too-large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid-content-length'],
  FST_REQ_FILE_TOO_LARGE: [413, 'payload-too-large'],
  FST_FILES_LIMIT: [413, 'payload-too-large'],
  FST_PARTS_LIMIT: [413, 'payload-too-large'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'unsupported-media-type'],
  FST_MULTIPART_INVALID_CONTENT_TYPE: [415, 'unsupported-media-type'],
};

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpProblem, request, reply) => {
    let body;
    if (error instanceof HttpProblem) {
      body = error.toProblem();
      if (error.retryAfter !== undefined) reply.header('Retry-After', String(error.retryAfter));
    } else {
      const known = FASTIFY_CODES[(error as FastifyError).code ?? ''];
      const status = known?.[0] ?? (error as FastifyError).statusCode ?? 500;
      if (status >= 500) {
        request.log.error({ err: error }, 'request failed');
        body = problem(500, 'internal-error', 'Something went wrong on the server');
      } else {
        const code = known?.[1] ?? (error instanceof SyntaxError ? 'invalid-json' : 'bad-request');
        body = problem(status, code, error.message);
      }
    }
    if (reply.raw.headersSent) return; // a hijacked stream already answered
    return reply.code(body.status).type(PROBLEM_TYPE).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    reply.code(404).type(PROBLEM_TYPE).send(problem(404, 'not-found', `No route for ${request.method} ${request.url.split('?')[0]}`));
  });
}
