// A dossier's event stream over EventSource (Server-Sent Events). Loaded by RestBackend with the first
// subscription, so pages that never follow a dossier live do not download it.
import type { DossierEvent } from '../contract/index.js';
import type { DossierEventHandlers, Unsubscribe } from './backend.js';
import { BackendError } from './errors.js';

export function subscribe(url: URL, EventSourceCtor: typeof EventSource | undefined, handlers: DossierEventHandlers): Unsubscribe {
  const fail = (error: BackendError, willRetry: boolean) => handlers.onError?.(error, { willRetry });
  const Source = EventSourceCtor ?? globalThis.EventSource;
  if (typeof Source !== 'function') {
    queueMicrotask(() => fail(new BackendError('EventSource is not available', { kind: 'network' }), false));
    return () => {};
  }
  let closed = false;
  // EventSource cannot send Last-Event-ID on its first connection (it does on reconnects), so events
  // the caller has already seen are skipped here by their numeric id.
  let lastId = handlers.lastEventId !== undefined && handlers.lastEventId !== '' ? Number(handlers.lastEventId) : NaN;
  const source = new Source(url.href);
  source.addEventListener('dossier-event', (message: MessageEvent<string>) => {
    const id = Number(message.lastEventId);
    if (Number.isFinite(id) && Number.isFinite(lastId) && id <= lastId) return;
    let event: DossierEvent;
    try {
      event = JSON.parse(message.data) as DossierEvent;
    } catch (cause) {
      fail(new BackendError('dossier event: malformed JSON', { kind: 'invalid-response', cause }), true);
      return;
    }
    if (Number.isFinite(id)) lastId = id;
    if (!closed) handlers.onEvent(event);
  });
  source.addEventListener('error', () => {
    if (closed) return;
    const willRetry = source.readyState !== Source.CLOSED;
    fail(new BackendError(`dossier events: connection ${willRetry ? 'lost' : 'refused'}`, { kind: 'network' }), willRetry);
  });
  return () => {
    closed = true;
    source.close();
  };
}
