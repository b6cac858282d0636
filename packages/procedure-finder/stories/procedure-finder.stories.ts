import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { examples } from '../examples.js';
import { demoBackend } from './demo-backend.js';

// One story per state. Storybook has no reference server, so each story hands the element an
// in-memory backend over the seeded catalogue (stories/demo-backend.ts).
const meta: Meta = {
  title: 'Procedure finder/Finder',
  component: 'dvc-procedure-finder',
};
export default meta;
type Story = StoryObj;

/** The catalogue, searchable as you type; open a result to see its page. */
export const Results: Story = { render: () => examples.finder.render(demoBackend()) };

/** A query typed without diacritics, and one filter. */
export const Filtered: Story = {
  render: () => html`<dvc-procedure-finder .backend=${demoBackend()} no-url-state></dvc-procedure-finder>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dvc-procedure-finder')!;
    await customElements.whenDefined('dvc-procedure-finder');
    for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('[part~="result"]'); i++) await new Promise((r) => setTimeout(r, 50));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
    input.value = 'dang ky';
    input.dispatchEvent(new Event('input'));
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#filter-class')!;
    await el.updateComplete;
    select.value = 'full';
    select.dispatchEvent(new Event('change'));
  },
};

/** Nothing matches: what to try instead. */
export const Empty: Story = {
  render: () => html`<dvc-procedure-finder .backend=${demoBackend()} no-url-state></dvc-procedure-finder>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dvc-procedure-finder')!;
    for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('[part~="result"]'); i++) await new Promise((r) => setTimeout(r, 50));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
    input.value = 'giấy phép nuôi rồng';
    input.dispatchEvent(new Event('input'));
  },
};

/** The catalogue is still loading: a skeleton, and the status says so. */
export const Loading: Story = { render: () => examples.finder.render(demoBackend('loading')) };

/** The catalogue could not be loaded: what happened and "Thử lại". */
export const ErrorState: Story = { name: 'Error', render: () => examples.finder.render(demoBackend('error')) };

/** Searching through the backend's endpoint, ten results a page. */
export const ServerSearch: Story = { render: () => examples.serverSearch.render(demoBackend()) };

/** In English. */
export const English: Story = { render: () => examples.english.render(demoBackend()) };
