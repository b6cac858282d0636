// Catalogue: search with facets, the compact index (strong ETag, 304) and procedure pages.
import type { FastifyInstance } from 'fastify';
import type { ProcedureQuery } from '@dvc/core';
import { notFound } from '../http/problem.js';
import { op, header, type AppContext } from './context.js';

export function catalogueRoutes(app: FastifyInstance, ctx: AppContext): void {
  op(app, ctx, 'searchProcedures', async (request) => {
    const search = await ctx.catalogue.search();
    return search.search(request.query as ProcedureQuery);
  });

  op(app, ctx, 'getProcedureIndex', async (request, reply) => {
    const index = await ctx.catalogue.index();
    const gzip = /\bgzip\b/.test(header(request, 'accept-encoding') ?? '');
    const etag = gzip ? index.gzipEtag : index.etag;
    reply.header('ETag', etag).header('Cache-Control', 'no-cache').header('Vary', 'Accept-Encoding');
    const inm = header(request, 'if-none-match');
    // weak comparison (RFC 9110): either encoding's tag means the client holds this version
    if (inm && inm.split(',').some((t) => [index.etag, index.gzipEtag, '*'].includes(t.trim().replace(/^W\//, '')))) {
      return reply.code(304).send();
    }
    reply.type('application/json; charset=utf-8');
    return gzip ? reply.header('Content-Encoding', 'gzip').send(index.gzip) : reply.send(index.body);
  });

  op(app, ctx, 'getProcedure', async (request) => {
    const procedure = await ctx.store.getProcedure(request.params.code);
    if (!procedure) throw notFound('Procedure');
    if (procedure.hasForm === undefined) {
      const form = await ctx.store.getFormDefinition(procedure.code);
      return { ...procedure, hasForm: Boolean(form), ...(form && !procedure.formVersion ? { formVersion: form.version } : {}) };
    }
    return procedure;
  });
}
