// Form definitions: the latest, or a given version (drafts are keyed by version).
import type { FastifyInstance } from 'fastify';
import { notFound } from '../http/problem.js';
import { op, type AppContext } from './context.js';

export function formRoutes(app: FastifyInstance, ctx: AppContext): void {
  op(app, ctx, 'getFormDefinition', async (request) => {
    const form = await ctx.store.getFormDefinition(request.params.code, request.query.version);
    if (!form) throw notFound('Form');
    return { maxUploadBytes: ctx.options.maxUploadBytes, ...form };
  });
}
