import type { OnlineClass } from '@dvc/core';

/** What `dvc-procedure-selected` carries: plain data, safe to serialise. */
export interface ProcedureSelectedDetail {
  readonly code: string;
  readonly name: string;
  readonly onlineClasses: readonly OnlineClass[];
  /** Where the element will go next (the `apply-url` template filled in), or `null` when none is set. */
  readonly applyUrl: string | null;
}

/**
 * The citizen pressed "Nộp hồ sơ trực tuyến". Fired before the element navigates to `apply-url`:
 * `preventDefault()` keeps the page where it is, e.g. to open the application form in place.
 */
export class DvcProcedureSelectedEvent extends Event {
  static readonly eventName = 'dvc-procedure-selected' as const;
  readonly detail: ProcedureSelectedDetail;

  constructor(detail: ProcedureSelectedDetail) {
    super(DvcProcedureSelectedEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/** What `dvc-procedure-open` carries. */
export interface ProcedureOpenDetail {
  readonly code: string;
  readonly name: string;
}

/**
 * A request, before the finder shows a procedure's page in place of its results: `preventDefault()`
 * lets the host show it its own way (its own route, a dialog); the finder then does nothing.
 */
export class DvcProcedureOpenEvent extends Event {
  static readonly eventName = 'dvc-procedure-open' as const;
  readonly detail: ProcedureOpenDetail;

  constructor(detail: ProcedureOpenDetail) {
    super(DvcProcedureOpenEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-procedure-selected': DvcProcedureSelectedEvent;
    'dvc-procedure-open': DvcProcedureOpenEvent;
  }
}
