// A payment provider plug-in (PayGov intermediary, bank, wallet…). The server never trusts what comes
// back through the browser: it asks `fetchStatus`, or accepts a callback that `verifyCallback` proved
// was signed by the provider. See README "Plugging in a real provider".
import type { PaymentStatus, ProviderCallback } from '@dvc/core';

export interface ProviderCreateInput {
  paymentId: string;
  dossierCode: string;
  amount: number;
  description: string;
  /** The server's own return route the provider must send the citizen back to. */
  returnUrl: string;
  expiresAt: string;
}

export interface ProviderStatus {
  status: PaymentStatus;
  amount?: number;
  paidAt?: string;
  failureReason?: string;
}

export type HeaderBag = Record<string, string | string[] | undefined>;

export interface PaymentProvider {
  /** The `{provider}` of `/payments/callback/{provider}`. */
  readonly name: string;
  create(input: ProviderCreateInput): Promise<{ providerRef: string; nextUrl: string }>;
  fetchStatus(providerRef: string): Promise<ProviderStatus>;
  /** The callback if its signature and freshness check out, else null. */
  verifyCallback(rawBody: string, headers: HeaderBag): Promise<ProviderCallback | null>;
}
