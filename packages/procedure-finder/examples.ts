// Named examples of the procedure finder: the stories render them, the browser tests check each one
// with axe, and the README shows the same markup. They talk to the backend at /api/v1 (the reference
// server in tests and in the demo portal) unless a story passes its own backend.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { DvcBackend } from '@dvc/core';
import './src/define.js';

export interface Example {
  readonly title: string;
  readonly render: (backend?: DvcBackend) => TemplateResult;
}

export const examples = {
  /** The finder as a portal's home page has it: local search, results in the address, apply URL. */
  finder: {
    title: 'Finder',
    render: (backend?: DvcBackend) => html`<dvc-procedure-finder base-url="/api/v1" .backend=${backend}
      no-url-state apply-url="/nop-ho-so.html?thu-tuc={code}"></dvc-procedure-finder>`,
  },
  /** Searching through the backend's endpoint (catalogues beyond ~5,000 procedures). */
  serverSearch: {
    title: 'Finder with server search',
    render: (backend?: DvcBackend) => html`<dvc-procedure-finder base-url="/api/v1" .backend=${backend}
      search="server" no-url-state page-size="10"></dvc-procedure-finder>`,
  },
  /** A fully online procedure's page on its own. */
  detail: {
    title: 'Procedure page (toàn trình)',
    render: (backend?: DvcBackend) => html`<dvc-procedure-detail base-url="/api/v1" .backend=${backend}
      code="1.001193" apply-url="/nop-ho-so.html?thu-tuc={code}"></dvc-procedure-detail>`,
  },
  /** A partly online procedure (fee and result at the office). */
  detailPartial: {
    title: 'Procedure page (một phần)',
    render: (backend?: DvcBackend) => html`<dvc-procedure-detail base-url="/api/v1" .backend=${backend}
      code="1.000894"></dvc-procedure-detail>`,
  },
  /** A procedure that cannot be applied for online (old level 2): how to apply instead. */
  detailLevel2: {
    title: 'Procedure page (mức độ 2, offline only)',
    render: (backend?: DvcBackend) => html`<dvc-procedure-detail base-url="/api/v1" .backend=${backend}
      code="2.000884"></dvc-procedure-detail>`,
  },
  /** In English. */
  english: {
    title: 'Finder in English',
    render: (backend?: DvcBackend) => html`<dvc-procedure-finder lang="en" base-url="/api/v1" .backend=${backend}
      no-url-state></dvc-procedure-finder>`,
  },
} satisfies Record<string, Example>;
