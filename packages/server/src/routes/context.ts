// What every route module receives, and `op()`, which mounts a handler at the method and path the
// contract gives its operationId, so routes cannot drift from the OpenAPI document.
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { CatalogueService } from '../catalogue/service.js';
import type { PaymentService } from '../payments/service.js';
import type { SandboxProvider } from '../payments/sandbox-provider.js';
import type { Store } from '../store/store.js';
import type { Contract } from '../validation/contract.js';
import type { FormValidator } from '../validation/form-validator.js';
import type { SseHub } from './sse-hub.js';
import type { WorkingCalendar } from '../time/calendar.js';

export interface ResolvedOptions {
  publicUrl: string;
  agencyCode: string;
  corsOrigins: string[] | '*';
  officerToken: string;
  uploadDir: string;
  maxUploadBytes: number;
}

export interface AppContext {
  store: Store;
  options: ResolvedOptions;
  contract: Contract;
  catalogue: CatalogueService;
  forms: FormValidator;
  payments: PaymentService;
  sandbox: SandboxProvider;
  sse: SseHub;
  now: () => Date;
  calendar: WorkingCalendar;
  /** Shared per-IP limiter for the lookup routes (one budget across them). */
  lookupLimit: onRequestHookHandler;
  /** Operations mounted so far; createApp checks the contract is covered. */
  mounted: Set<string>;
}

// Handlers are typed loosely on purpose: the contract validator has already checked and coerced the
// input, and each handler casts to the generated contract type it needs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Req = FastifyRequest<{ Params: Record<string, string>; Querystring: Record<string, any>; Body: unknown }>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The contract operation a route implements; the validation preHandler keys on it. */
    operationId?: string;
  }
}
export type Handler = (request: Req, reply: FastifyReply) => Promise<unknown>;

export function op(
  app: FastifyInstance,
  ctx: AppContext,
  operationId: string,
  handler: Handler,
  extra: { onRequest?: onRequestHookHandler } = {},
): void {
  const spec = ctx.contract.operations.get(operationId);
  if (!spec) throw new Error(`Operation ${operationId} is not in the contract`);
  app.route({
    method: spec.method as 'GET',
    url: spec.path,
    config: { operationId },
    ...(extra.onRequest ? { onRequest: extra.onRequest } : {}),
    handler,
  });
  ctx.mounted.add(operationId);
}

export function header(request: Req, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : (value as string | undefined);
}
