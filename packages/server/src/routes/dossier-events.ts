// Server-Sent Events for one dossier: replay what came after Last-Event-ID, then live events from the
// in-process bus. The response is hijacked (Fastify no longer touches it), so CORS is set here.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { toDossierEvent } from '../domain/views.js';
import type { DossierEventRecord } from '../store/store.js';
import { op, header, type AppContext, type Req } from './context.js';
import { verificationOf, verifiedDossier } from './verify.js';

export const KEEP_ALIVE_MS = 25_000;

function corsHeaders(ctx: AppContext, request: Req): Record<string, string> {
  const origin = header(request, 'origin');
  const allowed = ctx.options.corsOrigins;
  if (allowed === '*') return { 'Access-Control-Allow-Origin': '*' };
  if (origin && allowed.includes(origin)) return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  return {};
}

export function dossierEventRoutes(app: FastifyInstance, ctx: AppContext): void {
  op(app, ctx, 'streamDossierEvents', async (request, reply: FastifyReply) => {
    const dossier = await verifiedDossier(ctx, request.params.code, verificationOf(request, true));
    const lastId = Number(header(request, 'last-event-id') ?? request.query.lastEventId ?? 0);
    let sentUpTo = Number.isFinite(lastId) && lastId > 0 ? lastId : 0;

    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
      ...corsHeaders(ctx, request),
    });
    const send = (e: DossierEventRecord) => {
      if (e.id <= sentUpTo) return; // already replayed
      sentUpTo = e.id;
      res.write(`event: dossier-event\nid: ${e.id}\ndata: ${JSON.stringify(toDossierEvent(e))}\n\n`);
    };
    // subscribe before reading the backlog, buffering, so nothing falls between the two
    const buffered: DossierEventRecord[] = [];
    let live = false;
    const unsubscribe = ctx.store.events.subscribe(dossier.code, (e) => (live ? send(e) : buffered.push(e)));
    const forget = ctx.sse.add(res);
    res.write('retry: 5000\n\n');
    for (const e of await ctx.store.getDossierEvents(dossier.code, sentUpTo)) send(e);
    buffered.forEach(send);
    live = true;
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    keepAlive.unref();
    const cleanup = () => {
      clearInterval(keepAlive);
      unsubscribe();
      forget();
    };
    res.on('close', cleanup);
    request.raw.on('close', cleanup);
  }, { onRequest: ctx.lookupLimit });
}
