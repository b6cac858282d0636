// subscribeDossierEvents with an EventSource given through RestBackend's `EventSource` option.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BackendError } from '../src/backend/errors.js';
import { RestBackend } from '../src/backend/rest-backend.js';
import type { DossierEvent } from '../src/contract/index.js';

class ScriptedEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static last: ScriptedEventSource | undefined;
  readyState = 1;
  constructor(readonly url: string) {
    super();
    ScriptedEventSource.last = this;
  }
  close(): void {
    this.readyState = 2;
  }
  send(id: number, data: string): void {
    this.dispatchEvent(new MessageEvent('dossier-event', { data, lastEventId: String(id) }));
  }
  fail(readyState: number): void {
    this.readyState = readyState;
    this.dispatchEvent(new Event('error'));
  }
}

const event = (id: number, status: number): string =>
  JSON.stringify({ id, dossierCode: '000.00.01.H29-260310-0420', status, at: '2026-03-10T01:00:00Z' });

/** Subscribes and waits for the stream to open (its code loads on the first subscription). */
async function subscribe(lastEventId?: string) {
  ScriptedEventSource.last = undefined;
  const backend = new RestBackend({
    baseUrl: 'https://dvc.example.vn/api/v1', EventSource: ScriptedEventSource as unknown as typeof EventSource,
  });
  const events: DossierEvent[] = [];
  const errors: { error: BackendError; willRetry: boolean }[] = [];
  const stop = backend.subscribeDossierEvents('000.00.01.H29-260310-0420', 'ABC 123', {
    onEvent: (e) => events.push(e),
    onError: (error, { willRetry }) => errors.push({ error, willRetry }),
    lastEventId,
  });
  const opened = (): ScriptedEventSource | undefined => ScriptedEventSource.last;
  for (let tick = 0; !opened() && tick < 100; tick++) await new Promise((r) => setTimeout(r, 1));
  const source = opened();
  assert.ok(source, 'no EventSource opened');
  return { source, events, errors, stop };
}

describe('subscribeDossierEvents', () => {
  it('connects to the events path with the verification in the query', async () => {
    const { source } = await subscribe();
    const url = new URL(source.url);
    assert.equal(url.pathname, '/api/v1/dossiers/000.00.01.H29-260310-0420/events');
    assert.equal(url.searchParams.get('verification'), 'ABC 123');
  });

  it('delivers events in order and skips those at or below lastEventId', async () => {
    const { source, events } = await subscribe('7');
    source.send(6, event(6, 2));
    source.send(7, event(7, 4));
    source.send(8, event(8, 5));
    source.send(8, event(8, 5)); // a replay after reconnecting
    source.send(9, event(9, 4));
    assert.deepEqual(events.map((e) => e.id), [8, 9]);
  });

  it('reports a malformed event without stopping', async () => {
    const { source, events, errors } = await subscribe();
    source.send(1, '{oops');
    source.send(2, event(2, 2));
    assert.equal(errors[0].error.kind, 'invalid-response');
    assert.deepEqual(events.map((e) => e.id), [2]);
  });

  it('tells a dropped connection (retrying) from a refused one (final)', async () => {
    const { source, errors } = await subscribe();
    source.fail(ScriptedEventSource.CONNECTING);
    source.fail(ScriptedEventSource.CLOSED);
    assert.deepEqual(errors.map((e) => e.willRetry), [true, false]);
  });

  it('closes the stream and delivers nothing more after unsubscribing', async () => {
    const { source, events, errors, stop } = await subscribe();
    stop();
    assert.equal(source.readyState, ScriptedEventSource.CLOSED);
    source.send(1, event(1, 2));
    source.fail(ScriptedEventSource.CLOSED);
    assert.equal(events.length, 0);
    assert.equal(errors.length, 0);
  });

  it('opens no stream when unsubscribed before the stream code loaded', async () => {
    ScriptedEventSource.last = undefined;
    const backend = new RestBackend({
      baseUrl: 'https://dvc.example.vn/api/v1', EventSource: ScriptedEventSource as unknown as typeof EventSource,
    });
    const stop = backend.subscribeDossierEvents('000.00.01.H29-260310-0420', 'ABC 123', { onEvent: () => {} });
    stop();
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(ScriptedEventSource.last, undefined);
  });
});
