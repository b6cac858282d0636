// The payment attempt in flight for a dossier, remembered across reloads, Back and the round trip to
// the gateway: its idempotency key (so a retry of the same attempt never creates a second payment),
// the method, and the payment id once the server answered. Never the verification: it opens the dossier.

export interface Attempt {
  /** One key per attempt, reused until the attempt ends (success, failure, cancel, expiry). */
  readonly key: string;
  readonly method: string;
  /** Set once `createPayment` answered. */
  readonly paymentId?: string;
  /** The payment whose success was already announced (`dvc-payment-succeeded` fires once). */
  readonly announced?: string;
}

const PREFIX = 'dvc-fee-payment:';

/** localStorage when the browser allows it (a payment outlives the tab), else sessionStorage, else memory. */
export function defaultStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = globalThis[name];
      const probe = `${PREFIX}probe`;
      storage.setItem(probe, '1');
      storage.removeItem(probe);
      return storage;
    } catch {
      // blocked (privacy mode, sandboxed iframe): try the next
    }
  }
  const memory = new Map<string, string>();
  return {
    getItem: (k) => memory.get(k) ?? null,
    setItem: (k, v) => void memory.set(k, v),
    removeItem: (k) => void memory.delete(k),
  };
}

export class AttemptStore {
  readonly #storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

  constructor(storage = defaultStorage()) {
    this.#storage = storage;
  }

  get(dossierCode: string): Attempt | undefined {
    try {
      const raw = this.#storage.getItem(PREFIX + dossierCode);
      const value = raw ? (JSON.parse(raw) as Partial<Attempt>) : undefined;
      return typeof value?.key === 'string' && typeof value.method === 'string' ? (value as Attempt) : undefined;
    } catch {
      return undefined;
    }
  }

  set(dossierCode: string, attempt: Attempt): void {
    try {
      this.#storage.setItem(PREFIX + dossierCode, JSON.stringify(attempt));
    } catch {
      // storage full or blocked: the server still dedupes by key and by open payment
    }
  }

  clear(dossierCode: string): void {
    try {
      this.#storage.removeItem(PREFIX + dossierCode);
    } catch {
      // nothing to do
    }
  }
}
