// The client half of the provider plug-in API: an agency that adds a payment method or a gateway on the
// server registers how the widget offers it, starts it and shows it while it runs. Shared by every
// bundle on the page (a global registry), so the order in which scripts load does not matter.
import type { Lang, Payment } from '@dvc/core';

export interface PaymentMethodContext {
  /** The payment as the server reported it (amount, `nextUrl`, `expiresAt`…). */
  readonly payment: Payment;
  /** The language the widget speaks now. */
  readonly lang: Lang;
  /** Asks the widget to fetch the payment's status from the server now (e.g. after an SDK said "done"). */
  refresh(): void;
  /** Sends the browser to `url` (the default start of a redirect gateway). */
  redirect(url: string): void;
}

export interface PaymentMethodPlugin {
  /** The text of the choice, per language (else the catalogue's `paymentMethod.<name>`, else the name). */
  readonly label?: Partial<Record<Lang, string>>;
  /** A line under the choice, per language. */
  readonly hint?: Partial<Record<Lang, string>>;
  /**
   * Called once the server created the payment (and `dvc-payment-started` was not cancelled). Default:
   * redirect to `payment.nextUrl` when there is one. A wallet SDK would open its app here.
   */
  start?(context: PaymentMethodContext): void | Promise<void>;
  /**
   * What the "in progress" screen shows while the payment runs: a Lit template, a DOM node or text.
   * Default: the built-in screen of the method (QR code and account details for `vietqr`, a link back
   * to the provider's page otherwise). The countdown, status checks and receipt stay the widget's.
   */
  render?(context: PaymentMethodContext): unknown;
}

const KEY = Symbol.for('dvc-elements.paymentMethods');
const registry: Map<string, PaymentMethodPlugin> =
  ((globalThis as Record<symbol, unknown>)[KEY] as Map<string, PaymentMethodPlugin> | undefined)
  ?? ((globalThis as Record<symbol, unknown>)[KEY] = new Map<string, PaymentMethodPlugin>());

/**
 * Registers (or replaces) how the widget handles a payment method (`FeeStatement.methods`, e.g.
 * `'momo'` from an agency's adapter) or a provider (`Payment.provider`, e.g. the server's gateway
 * plug-in `'vnpay'`). A provider's entry wins over its method's. Returns a function that removes it.
 */
export function registerPaymentMethod(name: string, plugin: PaymentMethodPlugin): () => void {
  registry.set(name, plugin);
  return () => {
    if (registry.get(name) === plugin) registry.delete(name);
  };
}

/** The plug-in for a method or provider name, if one was registered. */
export function getPaymentMethod(name: string | undefined): PaymentMethodPlugin | undefined {
  return name === undefined ? undefined : registry.get(name);
}

/** The plug-in that handles `payment`: its provider's, else its method's. */
export function pluginFor(payment: Pick<Payment, 'provider' | 'method'>): PaymentMethodPlugin | undefined {
  return getPaymentMethod(payment.provider) ?? getPaymentMethod(payment.method);
}
