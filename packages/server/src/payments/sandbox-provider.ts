// A stand-in gateway that behaves like a real one: it keeps its own book (provider records), shows its
// own payment page, and on the citizen's decision calls the server back over real HTTP with a signed
// body before redirecting the browser. Nothing here is reachable by the server's payment logic except
// through the PaymentProvider interface, exactly as with a bank.
import { randomBytes } from 'node:crypto';
import type { ProviderCallback } from '@dvc/core';
import { HttpProblem } from '../http/problem.js';
import type { Store } from '../store/store.js';
import type { HeaderBag, PaymentProvider, ProviderCreateInput, ProviderStatus } from './provider.js';
import { sign, verifySignature } from './signature.js';

export interface SandboxRecord {
  ref: string;
  paymentId: string;
  dossierCode: string;
  amount: number;
  description: string;
  merchant: string;
  returnUrl: string;
  status: 'created' | 'started' | 'success' | 'failed' | 'cancelled';
  createdAt: string;
  expiresAt: string;
  decidedAt?: string;
}

export interface SandboxOptions {
  store: Store;
  publicUrl: string;
  secret: string;
  merchant: string;
  now: () => Date;
  log?: (message: string, error?: unknown) => void;
}

export class SandboxProvider implements PaymentProvider {
  readonly name = 'sandbox';
  #o: SandboxOptions;

  constructor(options: SandboxOptions) {
    this.#o = options;
  }

  async create(input: ProviderCreateInput): Promise<{ providerRef: string; nextUrl: string }> {
    const ref = `sbx_${randomBytes(12).toString('base64url')}`;
    const record: SandboxRecord = {
      ref,
      paymentId: input.paymentId,
      dossierCode: input.dossierCode,
      amount: input.amount,
      description: input.description,
      merchant: this.#o.merchant,
      returnUrl: input.returnUrl,
      status: 'created',
      createdAt: this.#o.now().toISOString(),
      expiresAt: input.expiresAt,
    };
    await this.#o.store.putProviderRecord(this.name, ref, record);
    return { providerRef: ref, nextUrl: `${this.#o.publicUrl}/api/v1/sandbox/pay/${ref}` };
  }

  async fetchStatus(ref: string): Promise<ProviderStatus> {
    const r = await this.#o.store.getProviderRecord<SandboxRecord>(this.name, ref);
    if (!r) return { status: 'error', failureReason: 'unknown-provider-ref' };
    const out: ProviderStatus = { status: r.status, amount: r.amount };
    if (r.status === 'success' && r.decidedAt) out.paidAt = r.decidedAt;
    if (r.status === 'failed') out.failureReason = 'declined';
    return out;
  }

  async verifyCallback(rawBody: string, headers: HeaderBag): Promise<ProviderCallback | null> {
    const header = headers['x-signature'];
    const now = Math.floor(this.#o.now().getTime() / 1000);
    if (!verifySignature(this.#o.secret, rawBody, Array.isArray(header) ? header[0] : header, now)) return null;
    return JSON.parse(rawBody) as ProviderCallback;
  }

  /** The page view: the citizen reached the provider, so the payment is `started`. */
  async open(ref: string): Promise<SandboxRecord> {
    const r = await this.#get(ref);
    if (r.status === 'created') {
      r.status = 'started';
      await this.#o.store.putProviderRecord(this.name, ref, r);
    }
    return r;
  }

  isExpired(r: SandboxRecord): boolean {
    return this.#o.now().getTime() > Date.parse(r.expiresAt);
  }

  /** Records the outcome, notifies the server (signed), and says where to send the browser. */
  async decide(ref: string, outcome: 'success' | 'failed' | 'cancelled'): Promise<string> {
    const r = await this.#get(ref);
    if (r.status !== 'created' && r.status !== 'started') {
      throw new HttpProblem(409, 'payment-already-decided', 'This payment has already been decided');
    }
    if (this.isExpired(r)) throw new HttpProblem(409, 'payment-expired', 'This payment has expired');
    r.status = outcome;
    r.decidedAt = this.#o.now().toISOString();
    await this.#o.store.putProviderRecord(this.name, ref, r);
    await this.#notify(r);
    return r.returnUrl;
  }

  async #get(ref: string): Promise<SandboxRecord> {
    const r = await this.#o.store.getProviderRecord<SandboxRecord>(this.name, ref);
    if (!r) throw new HttpProblem(404, 'not-found', 'Unknown payment reference');
    return r;
  }

  async #notify(r: SandboxRecord): Promise<void> {
    const callback: ProviderCallback = { providerRef: r.ref, status: r.status as ProviderCallback['status'], amount: r.amount };
    if (r.decidedAt) callback.paidAt = r.decidedAt;
    const body = JSON.stringify(callback);
    const signature = sign(this.#o.secret, body, Math.floor(this.#o.now().getTime() / 1000));
    try {
      const res = await fetch(`${this.#o.publicUrl}/api/v1/payments/callback/${this.name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': signature },
        body,
        signal: AbortSignal.timeout(5000),
      });
      if (!res.ok) this.#o.log?.(`sandbox callback answered ${res.status}`);
    } catch (error) {
      // a real gateway retries later; the return route asks fetchStatus anyway
      this.#o.log?.('sandbox callback failed', error);
    }
  }
}
