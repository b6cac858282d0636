import type { Route } from './internal/route.js';

/** `detail` of `dvc-portal-navigate`: the view now shown (the same shape as the route). */
export type PortalNavigateDetail = Route;

/** The portal moved to another view (a link, Back/Forward, or the journey's next step). */
export class DvcPortalNavigateEvent extends CustomEvent<PortalNavigateDetail> {
  static readonly eventName = 'dvc-portal-navigate' as const;
  constructor(detail: PortalNavigateDetail) {
    super(DvcPortalNavigateEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-portal-navigate': DvcPortalNavigateEvent;
  }
}
