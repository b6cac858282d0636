import type { Rating, StatusCode } from '@dvc/core';

/** `detail` of `dvc-dossier-loaded`: the dossier opened by a lookup (never the verification). */
export interface DossierLoadedDetail {
  readonly code: string;
  readonly status: StatusCode;
}

/** `detail` of `dvc-dossier-updated`: the status moved while the tracker was open. */
export interface DossierUpdatedDetail extends DossierLoadedDetail {
  readonly previousStatus: StatusCode;
}

/** `detail` of `dvc-supplement-submitted`. */
export interface SupplementSubmittedDetail {
  readonly code: string;
  readonly attachments: readonly string[];
}

/** `detail` of `dvc-rating-submitted`. */
export interface RatingSubmittedDetail {
  readonly code: string;
  readonly rating: Rating;
}

const init = <T>(detail: T): CustomEventInit<T> => ({ detail, bubbles: true, composed: true });

/** A lookup found the dossier (also fired for a preset code and verification). */
export class DossierLoadedEvent extends CustomEvent<DossierLoadedDetail> {
  static readonly eventName = 'dvc-dossier-loaded';
  constructor(detail: DossierLoadedDetail) {
    super(DossierLoadedEvent.eventName, init(detail));
  }
}

/** A live update (SSE or polling) changed the dossier's status. */
export class DossierUpdatedEvent extends CustomEvent<DossierUpdatedDetail> {
  static readonly eventName = 'dvc-dossier-updated';
  constructor(detail: DossierUpdatedDetail) {
    super(DossierUpdatedEvent.eventName, init(detail));
  }
}

/** The citizen sent the requested documents (form 02); the agency has them. */
export class SupplementSubmittedEvent extends CustomEvent<SupplementSubmittedDetail> {
  static readonly eventName = 'dvc-supplement-submitted';
  constructor(detail: SupplementSubmittedDetail) {
    super(SupplementSubmittedEvent.eventName, init(detail));
  }
}

/** The satisfaction rating was saved. */
export class RatingSubmittedEvent extends CustomEvent<RatingSubmittedDetail> {
  static readonly eventName = 'dvc-rating-submitted';
  constructor(detail: RatingSubmittedDetail) {
    super(RatingSubmittedEvent.eventName, init(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-dossier-loaded': DossierLoadedEvent;
    'dvc-dossier-updated': DossierUpdatedEvent;
    'dvc-supplement-submitted': SupplementSubmittedEvent;
    'dvc-rating-submitted': RatingSubmittedEvent;
  }
}
