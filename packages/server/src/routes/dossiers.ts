// Submission (idempotent), lookup and the fee statement.
import type { FastifyInstance } from 'fastify';
import type { DossierSubmission, Receipt } from '@dvc/core';
import { feeStatement } from '../domain/fees.js';
import { checkSubmission, newDossier } from '../domain/submission.js';
import { toDossier, toReceipt } from '../domain/views.js';
import { requestHash } from '../http/hash.js';
import { HttpProblem, notFound } from '../http/problem.js';
import { vnDateKey } from '../time/calendar.js';
import { op, header, type AppContext } from './context.js';
import { verificationOf, verifiedDossier } from './verify.js';

export function dossierRoutes(app: FastifyInstance, ctx: AppContext): void {
  op(app, ctx, 'submitDossier', async (request, reply) => {
    const submission = request.body as DossierSubmission;
    const procedure = await ctx.store.getProcedure(submission.procedureCode);
    if (!procedure) throw notFound('Procedure');
    const form = await ctx.store.getFormDefinition(procedure.code, submission.formVersion);
    if (!form) {
      throw new HttpProblem(422, 'form-version-unknown', 'This form version does not exist', {
        errors: [{ pointer: '/formVersion', code: 'enum', message: 'Unknown form version' }],
      });
    }
    const fieldErrors = ctx.forms.validate(form, submission.data);
    if (fieldErrors.length) {
      throw new HttpProblem(422, 'validation-failed', 'The form data is not valid', { errors: fieldErrors });
    }
    const uploads = new Set<string>();
    for (const id of submission.attachments ?? []) if (await ctx.store.getUpload(id)) uploads.add(id);
    checkSubmission(procedure, submission, uploads);

    const now = ctx.now();
    const result = await ctx.store.createDossier<Receipt>({
      idempotency: { scope: 'dossier', key: header(request, 'idempotency-key')!, requestHash: requestHash(submission) },
      codePrefix: ctx.options.agencyCode,
      dayKey: vnDateKey(now),
      build: (code) => newDossier(code, submission, procedure, form, now, ctx.calendar),
      respond: toReceipt,
    });
    if (result.kind === 'key-reused') {
      throw new HttpProblem(422, 'idempotency-key-reused', 'This Idempotency-Key was used with a different request');
    }
    reply.header('Location', `/api/v1/dossiers/${encodeURIComponent(result.value.dossierCode)}`);
    if (result.kind === 'replayed') return reply.code(200).header('Idempotent-Replayed', 'true').send(result.value);
    return reply.code(201).send(result.value);
  });

  op(app, ctx, 'getDossier', async (request, reply) => {
    const dossier = await verifiedDossier(ctx, request.params.code, verificationOf(request, true));
    reply.header('Cache-Control', 'no-store');
    return toDossier(dossier, await ctx.store.getDossierEvents(dossier.code), { mask: true });
  }, { onRequest: ctx.lookupLimit });

  op(app, ctx, 'getFees', async (request, reply) => {
    const dossier = await verifiedDossier(ctx, request.params.code, verificationOf(request, false));
    reply.header('Cache-Control', 'no-store');
    return feeStatement(dossier.fees, dossier.paid, dossier.paymentMethods);
  }, { onRequest: ctx.lookupLimit });
}
