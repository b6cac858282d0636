// The signed-in applicant's profile for prefill. The host site owns login; the token it passes is
// looked up in the store (the demo seeds a few).
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from '../http/problem.js';
import { op, header, type AppContext } from './context.js';

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1];
}

export function profileRoutes(app: FastifyInstance, ctx: AppContext): void {
  op(app, ctx, 'getProfile', async (request, reply) => {
    const token = bearerToken(header(request, 'authorization'));
    const profile = token ? await ctx.store.getProfileByToken(token) : undefined;
    if (!profile) {
      reply.header('WWW-Authenticate', 'Bearer');
      throw new HttpProblem(401, 'unauthorized', 'A valid bearer token is required');
    }
    reply.header('Cache-Control', 'no-store');
    return profile;
  });
}
