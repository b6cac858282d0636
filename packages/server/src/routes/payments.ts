// Payments: create (idempotent, amount from the server), read, the provider's return and callback.
import type { FastifyInstance } from 'fastify';
import type { PaymentRequest } from '@dvc/core';
import { requestHash } from '../http/hash.js';
import { HttpProblem } from '../http/problem.js';
import { toPayment } from '../payments/service.js';
import { verifies } from '../domain/secrets.js';
import { op, header, type AppContext } from './context.js';
import { verificationOf, verifiedDossier } from './verify.js';

/** Same origin as the server, or one of the configured portal origins (any when CORS is `*`). */
export function allowedReturnUrl(url: string, publicUrl: string, origins: string[] | '*'): boolean {
  let origin: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
    origin = parsed.origin;
  } catch {
    return false;
  }
  return origin === new URL(publicUrl).origin || origins === '*' || origins.includes(origin);
}

export function paymentRoutes(app: FastifyInstance, ctx: AppContext): void {
  op(app, ctx, 'createPayment', async (request, reply) => {
    const body = request.body as PaymentRequest;
    // The contract leaves the factor optional (paying a dossier's fees is harmless and the amount is
    // the server's); when one is sent it must be right, and an unknown code is a 404.
    const factor = verificationOf(request, false);
    if (factor !== undefined) await verifiedDossier(ctx, body.dossierCode, factor);
    else if (!(await ctx.store.getDossier(body.dossierCode))) throw new HttpProblem(404, 'not-found', 'Dossier not found');
    if (body.returnUrl && !allowedReturnUrl(body.returnUrl, ctx.options.publicUrl, ctx.options.corsOrigins)) {
      throw new HttpProblem(422, 'return-url-not-allowed', 'The return URL is not an allowed origin', {
        errors: [{ pointer: '/returnUrl', code: 'origin', message: 'Origin not allowed' }],
      });
    }
    const { payment, replayed, resumed } = await ctx.payments.create(body, {
      scope: 'payment',
      key: header(request, 'idempotency-key')!,
      requestHash: requestHash(body),
    });
    reply.header('Location', `/api/v1/payments/${payment.id}`);
    if (replayed) return reply.code(200).header('Idempotent-Replayed', 'true').send(toPayment(payment));
    // the dossier's unfinished payment (another key, tab or device): no second payment is created
    if (resumed) return reply.code(200).send(toPayment(payment));
    return reply.code(201).send(toPayment(payment));
  });

  op(app, ctx, 'getPayment', async (request, reply) => {
    const payment = await ctx.payments.get(request.params.id);
    // the id is an unguessable capability; a verification factor, when sent, must still be right
    const factor = verificationOf(request, false);
    if (factor !== undefined) {
      const dossier = await ctx.store.getDossier(payment.dossierCode);
      if (!dossier || !verifies(dossier, factor)) {
        throw new HttpProblem(403, 'verification-failed', 'The dossier code and verification do not match');
      }
    }
    reply.header('Cache-Control', 'no-store');
    return toPayment(payment);
  });

  op(app, ctx, 'paymentReturn', async (request, reply) => {
    // the provider's query parameters are ignored on purpose: the status comes from the provider
    return reply.redirect(await ctx.payments.returnUrl(request.params.id), 303);
  });

  app.register(async (scope) => {
    // the signature covers the exact bytes sent, so this route keeps the raw body
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      (request as { rawBody?: string }).rawBody = body as string;
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new HttpProblem(400, 'invalid-json', 'The body is not valid JSON'), undefined);
      }
    });
    op(scope, ctx, 'paymentCallback', async (request, reply) => {
      await ctx.payments.callback(request.params.provider, (request as { rawBody?: string }).rawBody ?? '', request.headers);
      return reply.code(204).send();
    });
  });
}
