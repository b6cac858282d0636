// Provinces, or the communes of one province (two-level local government since 1 July 2025).
import type { FastifyInstance } from 'fastify';
import { notFound } from '../http/problem.js';
import { op, type AppContext } from './context.js';

export function adminUnitRoutes(app: FastifyInstance, ctx: AppContext): void {
  op(app, ctx, 'listAdminUnits', async (request) => {
    const parent: string | undefined = request.query.parent || undefined;
    if (parent !== undefined && !(await ctx.store.getAdminUnit(parent))) throw notFound('Administrative unit');
    return { items: await ctx.store.listAdminUnits(parent) };
  });
}
