// Form definitions: the latest, or a given version (drafts are keyed by version); and each version's
// precompiled validator module for pages under a strict Content-Security-Policy (forms/validator-module.ts).
import type { FastifyInstance } from 'fastify';
import { ValidatorModules } from '../forms/validator-module.js';
import { notFound } from '../http/problem.js';
import { header, op, type AppContext } from './context.js';

export function formRoutes(app: FastifyInstance, ctx: AppContext): void {
  const validators = new ValidatorModules();

  op(app, ctx, 'getFormDefinition', async (request) => {
    const form = await ctx.store.getFormDefinition(request.params.code, request.query.version);
    if (!form) throw notFound('Form');
    return { maxUploadBytes: ctx.options.maxUploadBytes, ...form };
  });

  op(app, ctx, 'getFormValidator', async (request, reply) => {
    const form = await ctx.store.getFormDefinition(request.params.code, request.params.version);
    if (!form) throw notFound('Form');
    const module = validators.of(form);
    const gzip = /\bgzip\b/.test(header(request, 'accept-encoding') ?? '');
    // A version never changes, so neither does its module: cache it for a year, revalidate by ETag.
    reply.header('ETag', gzip ? module.gzipEtag : module.etag)
      .header('Cache-Control', 'public, max-age=31536000, immutable').header('Vary', 'Accept-Encoding');
    const inm = header(request, 'if-none-match');
    if (inm && inm.split(',').some((t) => [module.etag, module.gzipEtag, '*'].includes(t.trim().replace(/^W\//, '')))) {
      return reply.code(304).send();
    }
    reply.type('text/javascript; charset=utf-8');
    return gzip ? reply.header('Content-Encoding', 'gzip').send(module.gzip) : reply.send(module.source);
  });
}
