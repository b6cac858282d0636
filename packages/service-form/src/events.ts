// Typed events of <dvc-service-form>: bubbles + composed, serialisable detail (plain JSON).
import type { DossierSubmission, Receipt } from '@dvc/core';

export interface DossierSubmitDetail {
  /** What will be sent to `POST /dossiers` (hidden branches already removed). */
  readonly submission: DossierSubmission;
}

/** Fired before the application is sent; `preventDefault()` stops the sending (the host takes over). */
export class DvcDossierSubmitEvent extends CustomEvent<DossierSubmitDetail> {
  static readonly eventName = 'dvc-dossier-submit';
  constructor(detail: DossierSubmitDetail) {
    super(DvcDossierSubmitEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

export interface DossierSubmittedDetail {
  readonly receipt: Receipt;
}

/** The server accepted the application: the receipt carries the dossier code. */
export class DvcDossierSubmittedEvent extends CustomEvent<DossierSubmittedDetail> {
  static readonly eventName = 'dvc-dossier-submitted';
  constructor(detail: DossierSubmittedDetail) {
    super(DvcDossierSubmittedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface DraftRestoredDetail {
  readonly procedureCode: string;
  readonly formVersion: string;
  /** When the draft was last saved (ISO 8601). */
  readonly savedAt: string;
}

/** The citizen chose to continue an application in progress; its answers are back in the form. */
export class DvcDraftRestoredEvent extends CustomEvent<DraftRestoredDetail> {
  static readonly eventName = 'dvc-draft-restored';
  constructor(detail: DraftRestoredDetail) {
    super(DvcDraftRestoredEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-dossier-submit': DvcDossierSubmitEvent;
    'dvc-dossier-submitted': DvcDossierSubmittedEvent;
    'dvc-draft-restored': DvcDraftRestoredEvent;
  }
}
