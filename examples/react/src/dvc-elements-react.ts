// React components for the dvc-elements a page composes, made with Lit's own wrapper (@lit/react).
// Copy this one file into a React app that depends on the @dvc/* packages and @lit/react (the one-tag
// <dvc-service-portal> wraps the same way).
//
// Types come from the element classes themselves: each public property of a class is an optional prop
// of the same name and type (`procedure: string`, `pageSize: number`, `receipt: Receipt`), set as a
// JS property, so objects and functions pass as they are; each event is an `on…` prop whose handler
// gets the element's own event class (`event.detail` typed, `preventDefault()` where cancelable).
// Event names come from the classes' `eventName`, so a renamed event fails to compile here.
//
// Importing this module registers the tags (each package's `define.js`); registering twice is a no-op.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { DvcConfigElement } from '@dvc/core';
import '@dvc/core/define.js';
import {
  DvcProcedureDetail as DvcProcedureDetailElement,
  DvcProcedureFinder as DvcProcedureFinderElement,
  DvcProcedureOpenEvent,
  DvcProcedureSelectedEvent,
} from '@dvc/procedure-finder';
import '@dvc/procedure-finder/define.js';
import {
  DvcDossierReceipt as DvcDossierReceiptElement,
  DvcDossierSubmitEvent,
  DvcDossierSubmittedEvent,
  DvcDraftRestoredEvent,
  DvcServiceForm as DvcServiceFormElement,
} from '@dvc/service-form';
import '@dvc/service-form/define.js';
import {
  DvcFeePayment as DvcFeePaymentElement,
  PaymentFailedEvent,
  PaymentStartedEvent,
  PaymentSucceededEvent,
} from '@dvc/fee-payment';
import '@dvc/fee-payment/define.js';
import {
  DossierLoadedEvent,
  DossierUpdatedEvent,
  DvcStatusTracker as DvcStatusTrackerElement,
  RatingSubmittedEvent,
  SupplementSubmittedEvent,
} from '@dvc/status-tracker';
import '@dvc/status-tracker/define.js';

/** The event name `E.eventName`, typed so that the `on…` prop's handler receives an `E`. */
const nameOf = <E extends Event>(event: { eventName: string; prototype: E }) => event.eventName as EventName<E>;

/** `<dvc-config>`: base URL, language, token provider and texts for the elements inside it. */
export const DvcConfig = createComponent({
  react: React,
  tagName: 'dvc-config',
  elementClass: DvcConfigElement,
});

/** `<dvc-procedure-finder>`: search the catalogue; opens a procedure's page in place. */
export const DvcProcedureFinder = createComponent({
  react: React,
  tagName: 'dvc-procedure-finder',
  elementClass: DvcProcedureFinderElement,
  events: {
    onProcedureOpen: nameOf(DvcProcedureOpenEvent),
    onProcedureSelected: nameOf(DvcProcedureSelectedEvent),
  },
});

/** `<dvc-procedure-detail>`: one procedure's page (documents, fees, time limit, "apply online"). */
export const DvcProcedureDetail = createComponent({
  react: React,
  tagName: 'dvc-procedure-detail',
  elementClass: DvcProcedureDetailElement,
  events: { onProcedureSelected: nameOf(DvcProcedureSelectedEvent) },
});

/** `<dvc-service-form>`: the application form of a procedure, ending on the receipt. */
export const DvcServiceForm = createComponent({
  react: React,
  tagName: 'dvc-service-form',
  elementClass: DvcServiceFormElement,
  events: {
    onDossierSubmit: nameOf(DvcDossierSubmitEvent),
    onDossierSubmitted: nameOf(DvcDossierSubmittedEvent),
    onDraftRestored: nameOf(DvcDraftRestoredEvent),
  },
});

/** `<dvc-dossier-receipt>`: the receipt and appointment slip of a dossier sent online. */
export const DvcDossierReceipt = createComponent({
  react: React,
  tagName: 'dvc-dossier-receipt',
  elementClass: DvcDossierReceiptElement,
});

/** `<dvc-fee-payment>`: pays a dossier's fees (gateway, VietQR or at the counter). */
export const DvcFeePayment = createComponent({
  react: React,
  tagName: 'dvc-fee-payment',
  elementClass: DvcFeePaymentElement,
  events: {
    onPaymentStarted: nameOf(PaymentStartedEvent),
    onPaymentSucceeded: nameOf(PaymentSucceededEvent),
    onPaymentFailed: nameOf(PaymentFailedEvent),
  },
});

/** `<dvc-status-tracker>`: follows a dossier until its result. */
export const DvcStatusTracker = createComponent({
  react: React,
  tagName: 'dvc-status-tracker',
  elementClass: DvcStatusTrackerElement,
  events: {
    onDossierLoaded: nameOf(DossierLoadedEvent),
    onDossierUpdated: nameOf(DossierUpdatedEvent),
    onSupplementSubmitted: nameOf(SupplementSubmittedEvent),
    onRatingSubmitted: nameOf(RatingSubmittedEvent),
  },
});
