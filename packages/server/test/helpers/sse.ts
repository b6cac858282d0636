// A tiny SSE reader over fetch, so tests see exactly the bytes a browser's EventSource would.
export interface SseEvent {
  event?: string;
  id?: string;
  data?: string;
}

export async function openStream(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const queue: SseEvent[] = [];
  async function next(timeoutMs = 3000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const event = queue.shift();
      if (event) return event;
      const split = buffer.indexOf('\n\n');
      if (split >= 0) {
        const block = buffer.slice(0, split);
        buffer = buffer.slice(split + 2);
        const e: SseEvent = {};
        for (const line of block.split('\n')) {
          const m = /^([a-z]+): ?(.*)$/i.exec(line);
          if (m && (m[1] === 'event' || m[1] === 'id' || m[1] === 'data')) e[m[1]] = m[2];
        }
        if (e.data !== undefined) queue.push(e);
        continue;
      }
      if (Date.now() > deadline) throw new Error('no SSE event in time');
      const timer = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no SSE event in time')), deadline - Date.now()));
      const { value, done } = await Promise.race([reader.read(), timer]);
      if (done) throw new Error('stream ended');
      buffer += value;
    }
  }
  return { res, next, close: () => controller.abort() };
}
