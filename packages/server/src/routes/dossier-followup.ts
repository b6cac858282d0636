// After submission: supplements (only while the agency waits for them), the result document, rating.
import type { FastifyInstance } from 'fastify';
import type { Rating, SupplementSubmission } from '@dvc/core';
import { resultPdf } from '../domain/result-pdf.js';
import { toDossier } from '../domain/views.js';
import { requestHash } from '../http/hash.js';
import { HttpProblem } from '../http/problem.js';
import { vnDate, workingDaysBetween } from '../time/calendar.js';
import { op, header, type AppContext } from './context.js';
import { verificationOf, verifiedDossier } from './verify.js';

export function dossierFollowupRoutes(app: FastifyInstance, ctx: AppContext): void {
  op(app, ctx, 'submitSupplement', async (request, reply) => {
    const code: string = request.params.code;
    await verifiedDossier(ctx, code, verificationOf(request, false));
    const body = request.body as SupplementSubmission;
    const missing = [];
    for (const [i, id] of body.attachments.entries()) {
      if (!(await ctx.store.getUpload(id))) missing.push({ pointer: `/attachments/${i}`, code: 'unknown-upload', message: 'Unknown upload id' });
    }
    if (missing.length) throw new HttpProblem(422, 'validation-failed', 'Unknown attachments', { errors: missing });
    const now = ctx.now();
    const result = await ctx.store.mutateDossier(code, (d) => {
      if (d.status !== 5) throw new HttpProblem(409, 'invalid-transition', 'No supplement is being requested');
      const at = now.toISOString();
      const paused = d.supplementRequest
        ? workingDaysBetween(vnDate(new Date(d.supplementRequest.requestedAt)), vnDate(now), ctx.calendar)
        : 0;
      const next = { ...d, status: 4 as const, attachments: [...d.attachments, ...body.attachments], updatedAt: at };
      next.pausedWorkingDays += paused;
      delete next.supplementRequest;
      return {
        dossier: next,
        event: { status: 4, at, department: 'Bộ phận tiếp nhận trực tuyến', action: 'supplement-received', note: body.note ?? 'Công dân đã bổ sung hồ sơ' },
      };
    }, { scope: `supplement:${code}`, key: header(request, 'idempotency-key')!, requestHash: requestHash(body) });
    if (result.kind === 'key-reused') {
      throw new HttpProblem(422, 'idempotency-key-reused', 'This Idempotency-Key was used with a different request');
    }
    const view = toDossier(result.value.dossier, await ctx.store.getDossierEvents(code), { mask: true });
    if (result.kind === 'replayed') return reply.code(200).header('Idempotent-Replayed', 'true').send(view);
    return reply.code(201).send(view);
    // Rate-limited like the lookup: each call checks a verification factor, so it could be used to guess one.
  }, { onRequest: ctx.lookupLimit });

  op(app, ctx, 'downloadResult', async (request, reply) => {
    const d = await verifiedDossier(ctx, request.params.code, verificationOf(request, true));
    if ((d.status !== 9 && d.status !== 10) || d.resultChannel !== 'online') {
      throw new HttpProblem(409, 'result-not-available', 'The result is not available online');
    }
    const pdf = resultPdf([
      'KET QUA GIAI QUYET THU TUC HANH CHINH',
      '',
      `Ma ho so: ${d.code}`,
      `Thu tuc: ${d.procedureName}`,
      `Co quan: ${d.agencyName ?? ''}`,
      `Ngay tiep nhan: ${vnDate(new Date(d.receivedAt))}`,
      `Ngay hoan thanh: ${d.finishedAt ? vnDate(new Date(d.finishedAt)) : ''}`,
      '',
      '(Ban demo cua may chu tham chieu dvc-elements)',
    ]);
    return reply
      .type('application/pdf')
      .header('Content-Disposition', `attachment; filename="ket-qua-${d.code.replace(/[^A-Za-z0-9.-]/g, '_')}.pdf"`)
      .header('Cache-Control', 'no-store')
      .send(pdf);
  }, { onRequest: ctx.lookupLimit });

  op(app, ctx, 'rateDossier', async (request) => {
    const code: string = request.params.code;
    await verifiedDossier(ctx, code, verificationOf(request, false));
    const rating = request.body as Rating;
    const at = ctx.now().toISOString();
    await ctx.store.mutateDossier(code, (d) => {
      if (d.status !== 9 && d.status !== 10) throw new HttpProblem(409, 'not-finished', 'Only a finished dossier can be rated');
      return { dossier: { ...d, rating, updatedAt: at }, event: null };
    });
    return rating;
  }, { onRequest: ctx.lookupLimit });
}
