// Catalogue: search with facets, the compact index (strong ETag, 304) and procedure pages.
import type { FastifyInstance } from 'fastify';
import type { ProcedureQuery } from '../../../core/src/contract/index.js';
import { notFound } from '../http/problem.js';
import { op, header, type AppContext } from './context.js';

export function catalogueRoutes(app: FastifyInstance, ctx: AppContext): void {
  op(app, ctx, 'searchProcedures', async (request) => {
    const search = await ctx.catalogue.search();
    return search.search(request.query as ProcedureQuery);
  });

  op(app, ctx, 'getProcedureIndex', async (request, reply) => {
    const { body, etag } = await ctx.catalogue.index();
    reply.header('ETag', etag).header('Cache-Control', 'no-cache');
    const inm = header(request, 'if-none-match');
    if (inm && inm.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
      return reply.code(304).send();
    }
    return reply.type('application/json; charset=utf-8').send(body);
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
