// The officer API: a list and the status transitions. Behind a bearer token; a real deployment puts
// its one-stop system's own login here.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import type { OfficerAction } from '@dvc/core';
import { applyAction, checkActionInput } from '../domain/transitions.js';
import { toDossier } from '../domain/views.js';
import { HttpProblem } from '../http/problem.js';
import { toPayment } from '../payments/service.js';
import { op, header, type AppContext } from './context.js';
import { bearerToken } from './profile.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function officerRoutes(app: FastifyInstance, ctx: AppContext): void {
  const expected = digest(ctx.options.officerToken);
  const requireOfficer: onRequestHookHandler = async (request, reply) => {
    const token = bearerToken(header(request as never, 'authorization'));
    if (!token || !timingSafeEqual(digest(token), expected)) {
      reply.header('WWW-Authenticate', 'Bearer realm="officer"');
      throw new HttpProblem(401, 'unauthorized', 'An officer token is required');
    }
  };

  op(app, ctx, 'officerListDossiers', async (request) => {
    const records = await ctx.store.listDossiers({ status: request.query.status, limit: request.query.limit ?? 50 });
    const items = [];
    for (const d of records) items.push(toDossier(d, await ctx.store.getDossierEvents(d.code), { mask: false }));
    return { items };
  }, { onRequest: requireOfficer });

  op(app, ctx, 'officerAct', async (request) => {
    const action = request.body as OfficerAction;
    checkActionInput(action);
    const now = ctx.now();
    const result = await ctx.store.mutateDossier(request.params.code, (d) => applyAction(d, action, now, ctx.calendar));
    if (result.kind !== 'created') throw new Error('unexpected idempotency result');
    return toDossier(result.value.dossier, await ctx.store.getDossierEvents(request.params.code), { mask: false });
  }, { onRequest: requireOfficer });

  // Not in the contract: the demo's stand-in for bank-statement reconciliation of a VietQR transfer.
  app.post('/officer/payments/:id/confirm', { onRequest: requireOfficer }, async (request) => {
    const { id } = request.params as { id: string };
    const payment = await ctx.payments.get(id);
    if (payment.method !== 'vietqr') throw new HttpProblem(409, 'not-vietqr', 'Only VietQR transfers are confirmed by hand');
    if (payment.status !== 'created' && payment.status !== 'started') {
      throw new HttpProblem(409, 'payment-final', `The payment is already ${payment.status}`);
    }
    return toPayment(await ctx.payments.settle(id, 'success'));
  });

  // Also outside the contract: the officer page needs the payments of a dossier to confirm one.
  app.get('/officer/dossiers/:code/payments', { onRequest: requireOfficer }, async (request) => {
    const { code } = request.params as { code: string };
    return { items: (await ctx.store.listPayments(code)).map(toPayment) };
  });
}
