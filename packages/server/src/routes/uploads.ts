// Attachments, streamed (never buffered) and typed by their content.
import type { FastifyInstance } from 'fastify';
import type { Upload } from '@dvc/core';
import { HttpProblem } from '../http/problem.js';
import { receiveUpload } from '../uploads/receive.js';
import { ACCEPTED_TYPES } from '../uploads/sniff.js';
import { op, type AppContext } from './context.js';

export function uploadRoutes(app: FastifyInstance, ctx: AppContext): void {
  op(app, ctx, 'createUpload', async (request, reply) => {
    if (!request.isMultipart()) throw new HttpProblem(415, 'unsupported-media-type', 'Send multipart/form-data');
    const part = await request.file({ limits: { fileSize: ctx.options.maxUploadBytes + 1, files: 1 } });
    if (!part || part.fieldname !== 'file') {
      throw new HttpProblem(400, 'validation-failed', 'One part named "file" is required', {
        errors: [{ pointer: '/file', code: 'required', message: 'file is required' }],
      });
    }
    const received = await receiveUpload(part.file, ctx.options.uploadDir, ctx.options.maxUploadBytes);
    const upload: Upload = {
      id: received.id,
      name: (part.filename || 'file').slice(0, 255),
      size: received.size,
      mediaType: received.mediaType,
      sha256: received.sha256,
      createdAt: ctx.now().toISOString(),
    };
    await ctx.store.createUpload({ ...upload, storageKey: received.storageKey });
    return reply.code(201).send(upload);
  });

  op(app, ctx, 'getUploadLimits', async () => ({ maxBytes: ctx.options.maxUploadBytes, acceptedTypes: [...ACCEPTED_TYPES] }));
}
