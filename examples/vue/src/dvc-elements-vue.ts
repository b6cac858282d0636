// dvc-elements in Vue 3 templates, typed. Copy this one file into a Vue app that depends on the
// @dvc/* packages, import it once (main.ts), and tell Vue's compiler that `dvc-` tags are custom
// elements (vite.config.ts: `isCustomElement: (tag) => tag.startsWith('dvc-')`).
//
// Vue renders the elements natively: a bound attribute whose camelCase name is a property of the
// element (`:receipt`, `:page-size`, `no-url-state`) is set as that JS property, so objects pass as
// they are; `@dvc-procedure-selected` listens to the DOM event. This file adds the types: every tag is
// in Vue's `GlobalComponents`, built from the element class (its public properties are the props, with
// their types) and from the event classes it fires (the handler gets that class, `detail` typed), so
// vue-tsc checks the templates.
//
// Importing this module registers the tags (each package's `define.js`); registering twice is a no-op.
import type { HTMLAttributes, PublicProps } from 'vue';
import type { DvcConfigElement } from '@dvc/core';
import '@dvc/core/define.js';
import type {
  DvcProcedureDetail,
  DvcProcedureFinder,
  DvcProcedureOpenEvent,
  DvcProcedureSelectedEvent,
} from '@dvc/procedure-finder';
import '@dvc/procedure-finder/define.js';
import type {
  DvcDossierReceipt,
  DvcDossierSubmitEvent,
  DvcDossierSubmittedEvent,
  DvcDraftRestoredEvent,
  DvcServiceForm,
} from '@dvc/service-form';
import '@dvc/service-form/define.js';
import type { DvcFeePayment, PaymentFailedEvent, PaymentStartedEvent, PaymentSucceededEvent } from '@dvc/fee-payment';
import '@dvc/fee-payment/define.js';
import type {
  DossierLoadedEvent,
  DossierUpdatedEvent,
  DvcStatusTracker,
  RatingSubmittedEvent,
  SupplementSubmittedEvent,
} from '@dvc/status-tracker';
import '@dvc/status-tracker/define.js';

/** `dvc-procedure-selected` → `DvcProcedureSelected` (how Vue names the `on…` prop of an event). */
type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** The data properties a class adds to HTMLElement (Lit's and our own), without methods. */
type ElementProps<E extends HTMLElement> = {
  [K in Exclude<keyof E, keyof HTMLElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

/** `{ 'dvc-x-happened': XHappenedEvent }` → `{ onDvcXHappened?: (event: XHappenedEvent) => void }`. */
type EventProps<Events extends Record<string, Event>> = {
  [K in keyof Events & string as `on${PascalCase<K>}`]?: (event: Events[K]) => void;
};

/**
 * The Vue component type of a custom element `E` firing `Events`: what vue-tsc checks a template
 * against. `$props` is for type-checking only; at run time the tag is a plain custom element.
 */
export type VueCustomElement<E extends HTMLElement, Events extends Record<string, Event> = Record<never, never>> =
  new () => E & { $props: HTMLAttributes & ElementProps<E> & EventProps<Events> & PublicProps };

declare module 'vue' {
  interface GlobalComponents {
    'dvc-config': VueCustomElement<DvcConfigElement>;
    'dvc-procedure-finder': VueCustomElement<DvcProcedureFinder, {
      'dvc-procedure-open': DvcProcedureOpenEvent;
      'dvc-procedure-selected': DvcProcedureSelectedEvent;
    }>;
    'dvc-procedure-detail': VueCustomElement<DvcProcedureDetail, {
      'dvc-procedure-selected': DvcProcedureSelectedEvent;
    }>;
    'dvc-service-form': VueCustomElement<DvcServiceForm, {
      'dvc-dossier-submit': DvcDossierSubmitEvent;
      'dvc-dossier-submitted': DvcDossierSubmittedEvent;
      'dvc-draft-restored': DvcDraftRestoredEvent;
    }>;
    'dvc-dossier-receipt': VueCustomElement<DvcDossierReceipt>;
    'dvc-fee-payment': VueCustomElement<DvcFeePayment, {
      'dvc-payment-started': PaymentStartedEvent;
      'dvc-payment-succeeded': PaymentSucceededEvent;
      'dvc-payment-failed': PaymentFailedEvent;
    }>;
    'dvc-status-tracker': VueCustomElement<DvcStatusTracker, {
      'dvc-dossier-loaded': DossierLoadedEvent;
      'dvc-dossier-updated': DossierUpdatedEvent;
      'dvc-supplement-submitted': SupplementSubmittedEvent;
      'dvc-rating-submitted': RatingSubmittedEvent;
    }>;
  }
}
