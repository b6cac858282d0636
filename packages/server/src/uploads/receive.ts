// Streams one upload to a temp file while hashing and counting, so a 10 MiB scan never sits in memory.
// Past the limit, or when the first bytes are not an accepted type, the temp file is deleted and the
// upload rejected; only a complete, accepted file is renamed into place.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HttpProblem } from '../http/problem.js';
import { SNIFF_BYTES, sniffMediaType } from './sniff.js';

export interface Received {
  id: string;
  storageKey: string;
  size: number;
  sha256: string;
  mediaType: string;
}

export async function receiveUpload(source: Readable, dir: string, maxBytes: number): Promise<Received> {
  const id = `upl_${randomBytes(16).toString('base64url')}`;
  const temp = join(dir, `.${id}.part`);
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  let mediaType: string | undefined;
  const inspect = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new HttpProblem(413, 'payload-too-large', `Files are limited to ${maxBytes} bytes`));
      if (mediaType === undefined && head.length < SNIFF_BYTES) {
        head = Buffer.concat([head, chunk]).subarray(0, SNIFF_BYTES);
        if (head.length >= SNIFF_BYTES) {
          mediaType = sniffMediaType(head);
          if (!mediaType) return done(unsupported());
        }
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, inspect, createWriteStream(temp, { flags: 'wx' }));
    // multipart truncates silently at its own limit: treat that as too large too
    if ((source as Readable & { truncated?: boolean }).truncated) {
      throw new HttpProblem(413, 'payload-too-large', `Files are limited to ${maxBytes} bytes`);
    }
    mediaType ??= sniffMediaType(head);
    if (!mediaType) throw unsupported();
    await rename(temp, join(dir, id));
    return { id, storageKey: id, size, sha256: hash.digest('hex'), mediaType };
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function unsupported() {
  return new HttpProblem(415, 'unsupported-media-type', 'Only PDF, PNG and JPEG files are accepted');
}
