// What an application sees when it installs the built packages (checked by `npm test -- e2e` with
// scripts/types-check/tsconfig.json, against dist/types/). Every package has one `@ts-expect-error`:
// if its declarations went missing or decayed to `any`, the expected error disappears and tsc fails.
import { configure, DvcConfigElement, RestBackend, formatVnd, type Lang, type Receipt } from '@dvc/core';
import '@dvc/core/define.js';
import { normalizeDossierCode } from '@dvc/core/format.js';
import { DvcProcedureDetail, DvcProcedureFinder, DvcProcedureSelectedEvent, type ProcedureSelectedDetail } from '@dvc/procedure-finder';
import { DvcDossierReceipt, DvcServiceForm, DvcDossierSubmittedEvent, MemoryDraftStore } from '@dvc/service-form';
import { DvcFeePayment, PaymentSucceededEvent, buildVietQr } from '@dvc/fee-payment';
import { DvcStatusTracker, DossierUpdatedEvent } from '@dvc/status-tracker';
import { DvcServicePortal, DvcPortalNavigateEvent } from '@dvc/service-portal';
import { defineAllLazily } from '@dvc/service-portal/lazy-elements.js';
import '@dvc/service-form/define.js';
import { configure as configureFromBundle } from '@dvc/elements';

/** `same<A, B>(true)` compiles only when A and B are the same type (`any` is the same as nothing else). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const same = <A, B>(value: Equals<A, B>): Equals<A, B> => value;

const lang: Lang = 'vi';
configure({ baseUrl: '/api/v1', lang, backend: new RestBackend({ baseUrl: '/api/v1' }) });
configureFromBundle({ lang: 'en' });
// @ts-expect-error -- elements: the bundle re-exports core's API
configureFromBundle({ baseUrl: 1 });
// @ts-expect-error -- core: `lang` is 'vi' | 'en'
configure({ lang: 'fr' });
defineAllLazily();

const form = document.createElement('dvc-service-form');
same<typeof form, DvcServiceForm>(true);
same<typeof form.procedure, string | undefined>(true);
form.procedure = '1.001193';
form.draftStore = new MemoryDraftStore();
// @ts-expect-error -- service-form: `procedure` is a code, not a number
form.procedure = 1001193;
form.addEventListener('dvc-dossier-submitted', (event) => {
  same<typeof event, DvcDossierSubmittedEvent>(true);
  const receipt: Receipt = event.detail.receipt;
  same<typeof receipt.dossierCode, string>(true);
  console.log(normalizeDossierCode(receipt.dossierCode), formatVnd(receipt.fees.total));
});

const finder = document.createElement('dvc-procedure-finder');
same<typeof finder, DvcProcedureFinder>(true);
finder.addEventListener(DvcProcedureSelectedEvent.eventName, (event) => {
  same<typeof event, DvcProcedureSelectedEvent>(true);
  const detail: ProcedureSelectedDetail = event.detail;
  console.log(detail.code, detail.applyUrl);
});
// @ts-expect-error -- procedure-finder: `search` is 'auto' | 'local' | 'server'
finder.search = 'everywhere';

const payment = document.createElement('dvc-fee-payment');
same<typeof payment, DvcFeePayment>(true);
payment.dossierCode = 'H01.01-250101-0001';
payment.addEventListener('dvc-payment-succeeded', (event) => {
  same<typeof event, PaymentSucceededEvent>(true);
  same<typeof event.detail.amount, number>(true);
  console.log(event.detail.receiptNumber);
});
// @ts-expect-error -- fee-payment: `pollInterval` is in seconds, a number
payment.pollInterval = '5';
console.log(buildVietQr);

const tracker = document.createElement('dvc-status-tracker');
same<typeof tracker, DvcStatusTracker>(true);
tracker.addEventListener('dvc-dossier-updated', (event) => {
  same<typeof event, DossierUpdatedEvent>(true);
  same<typeof event.detail.previousStatus, number>(true);
  console.log(event.detail.code);
});
// @ts-expect-error -- status-tracker: `headingLevel` is a number
tracker.headingLevel = 'h2';

const portal = document.createElement('dvc-service-portal');
same<typeof portal, DvcServicePortal>(true);
portal.addEventListener('dvc-portal-navigate', (event) => {
  same<typeof event, DvcPortalNavigateEvent>(true);
  console.log(event.detail.view);
});
// @ts-expect-error -- service-portal: `routing` is 'hash' | 'none'
portal.routing = 'history';

same<HTMLElementTagNameMap['dvc-config'], DvcConfigElement>(true);
same<HTMLElementTagNameMap['dvc-procedure-detail'], DvcProcedureDetail>(true);
same<HTMLElementTagNameMap['dvc-dossier-receipt'], DvcDossierReceipt>(true);
