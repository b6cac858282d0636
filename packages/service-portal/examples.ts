// Named examples of <dvc-service-portal>: the stories render them (with an in-memory backend), the
// browser tests run axe on each against the reference server, and the README shows the same markup.
// `routing="none"` keeps the examples out of the page's address.
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';
import type { DvcBackend } from '@dvc/core';
import './src/define.js';

export interface Example {
  readonly title: string;
  readonly render: (backend?: DvcBackend) => TemplateResult;
}

const portal = (backend: DvcBackend | undefined, procedure?: string): TemplateResult =>
  html`<dvc-service-portal routing="none" base-url=${ifDefined(backend ? undefined : '/api/v1')} .backend=${backend}
    procedure=${ifDefined(procedure)}></dvc-service-portal>`;

export const examples = {
  search: { title: 'Finding a procedure (the start)', render: (backend?: DvcBackend) => portal(backend) },
  apply: { title: 'Applying for birth registration', render: (backend?: DvcBackend) => portal(backend, '1.001193') },
} satisfies Record<string, Example>;
