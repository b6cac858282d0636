import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { examples } from '../examples.js';
import { storyBackend } from './story-backend.js';

const meta: Meta = {
  title: 'Service portal/<dvc-service-portal>',
  component: 'dvc-service-portal',
};
export default meta;

type Story = StoryObj;

/** The search view: choose a procedure, open it, press "Nộp hồ sơ trực tuyến" to go to the form. */
export const Search: Story = { render: () => examples.search.render(storyBackend()) };
/** The application form of birth registration (the `procedure` attribute); submitting shows the receipt and what next. */
export const Apply: Story = { render: () => examples.apply.render(storyBackend()) };
/** The catalogue never answers: the finder's skeleton under the portal's navigation. */
export const Loading: Story = { render: () => examples.search.render(storyBackend('loading')) };
/** The backend is down: the finder's error with retry. */
export const BackendDown: Story = { render: () => examples.search.render(storyBackend('error')) };
/** In English. */
export const English: Story = { render: () => html`<div lang="en">${examples.search.render(storyBackend())}</div>` };
