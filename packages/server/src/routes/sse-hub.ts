// Open event streams, so shutdown can end them (a stream never finishes on its own and would keep
// `close()` waiting forever).
import type { ServerResponse } from 'node:http';

export class SseHub {
  #open = new Set<ServerResponse>();

  add(res: ServerResponse): () => void {
    this.#open.add(res);
    return () => this.#open.delete(res);
  }

  get size(): number {
    return this.#open.size;
  }

  closeAll(): void {
    for (const res of this.#open) res.end();
    this.#open.clear();
  }
}
