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

/**
 * A payment provider plug-in. Register one as the gateway of `PaymentService` (src/app.ts); its `name`
 * becomes `Payment.provider`, which the widget's `registerPaymentMethod(name, …)` can match on the client.
 */
export interface PaymentProvider {
  /** The `{provider}` of `/payments/callback/{provider}`. */
  readonly name: string;
  /**
   * Registers the payment with the provider; `nextUrl` is its hosted page. Give the provider
   * `input.returnUrl` (the server's own return route) and `input.expiresAt`.
   */
  create(input: ProviderCreateInput): Promise<{ providerRef: string; nextUrl: string }>;
  /** Asks the provider's status API; include `amount` when it reports one (a different amount is never credited). */
  fetchStatus(providerRef: string): Promise<ProviderStatus>;
  /**
   * The callback if its signature and freshness check out, else null (→ 401, nothing changes). A
   * `success` must carry the amount the provider charged: without it, or with another, it is refused.
   */
  verifyCallback(rawBody: string, headers: HeaderBag): Promise<ProviderCallback | null>;
}
