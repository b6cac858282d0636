// Test helpers for component packages (not shipped): the real reference server through the public
// adapter, a recorder of the calls a component made, mounting helpers and the shared element suite.
import type { DvcBackend } from '../src/backend/backend.js';
import { RestBackend } from '../src/backend/rest-backend.js';

/**
 * The reference server that web-test-runner starts for component tests (scripts/wtr-reference-server.mjs
 * proxies /api/* to it, so it is same-origin).
 */
export function referenceBackend(): RestBackend {
  return new RestBackend({ baseUrl: new URL('/api/v1/', location.href).href, retries: 0 });
}

export interface RecordedCall {
  readonly method: keyof DvcBackend;
  readonly args: readonly unknown[];
}

/** Wraps a real backend and records every call, so a test can assert e.g. "one createPayment". */
export class RecordingBackend {
  readonly log: RecordedCall[] = [];
  readonly backend: DvcBackend;

  constructor(inner: DvcBackend) {
    this.backend = new Proxy(inner, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          this.log.push({ method: property as keyof DvcBackend, args });
          return value.apply(target, args);
        };
      },
    });
  }

  calls(method: keyof DvcBackend): RecordedCall[] {
    return this.log.filter((call) => call.method === method);
  }
}

export { mount, settle, unmountAll, deepText } from './mount.js';
export { runElementBaseSuite } from './element-suite.js';
export type { SuiteExample, ElementSuiteOptions } from './element-suite.js';
