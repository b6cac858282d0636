import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { BackendError } from '@dvc/core';
import type { DvcBackend, Payment, PaymentRequest } from '@dvc/core';
import '../src/define.js';
import { CODE, exampleBackend, examples, samplePayment } from '../examples.js';

const meta: Meta = {
  title: 'Fee payment/<dvc-fee-payment>',
  component: 'dvc-fee-payment',
};
export default meta;

type Story = StoryObj;
const story = (render: () => TemplateResult): Story => ({ render });

export const ChooseMethod = story(examples.choose.render);
export const Loading = story(examples.loading.render);
export const ErrorOffline = story(examples.error.render);
export const Review = story(examples.review.render);
export const GatewayInProgress = story(examples.gatewayInProgress.render);
export const VietQR = story(examples.vietqr.render);
export const Expiring = story(examples.expiring.render);
export const Success = story(examples.success.render);
export const Failed = story(examples.failed.render);
export const Cancelled = story(examples.cancelled.render);
export const Expired = story(examples.expired.render);
export const AlreadyPaid = story(examples.paid.render);
export const NothingDue = story(examples.nothingDue.render);
export const PayAtCounter = story(examples.counter.render);
export const English = story(examples.english.render);

/**
 * The whole flow against an in-memory adapter: choose, review, pay; then play the bank with the buttons
 * below (the widget polls every 2 s). The gateway's redirect is cancelled (`preventDefault()` on
 * `dvc-payment-started`) so the story stays here.
 */
export const WholeFlow = story(() => {
  localStorage.removeItem(`dvc-fee-payment:${CODE}`);
  let payment: Payment | undefined;
  const notFound = () => Promise.reject(new BackendError('not found', { kind: 'http', status: 404 }));
  const backend: DvcBackend = {
    ...exampleBackend(),
    createPayment: (request: PaymentRequest) => Promise.resolve((payment ??= samplePayment(request.method, 'created', 89))),
    getPayment: (id: string) => (payment?.id === id ? Promise.resolve(payment) : notFound()),
  };
  const decide = (status: Payment['status']) => {
    if (!payment) return;
    payment = { ...payment, status, updatedAt: new Date().toISOString(),
      ...(status === 'success' ? { paidAt: new Date().toISOString(), receiptNumber: 'BL260310-DEMO0001' } : {}) };
  };
  return html`<dvc-fee-payment .backend=${backend} dossier-code=${CODE} verification="ABCD2345" poll-interval="2"
      @dvc-payment-started=${(e: Event) => e.preventDefault()}></dvc-fee-payment>
    <p>Bank (story only):
      <button type="button" @click=${() => decide('success')}>Confirm the payment</button>
      <button type="button" @click=${() => decide('failed')}>Decline</button>
      <button type="button" @click=${() => decide('cancelled')}>Cancel</button>
      <button type="button" @click=${() => { payment = undefined; localStorage.removeItem(`dvc-fee-payment:${CODE}`); }}>Reset</button></p>`;
});
