import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { examples } from '../examples.js';
import { demoBackend } from './demo-backend.js';

const meta: Meta = {
  title: 'Procedure finder/Procedure page',
  component: 'dvc-procedure-detail',
};
export default meta;
type Story = StoryObj;

/** Birth registration, fully online (toàn trình, mức độ 4): every section and "Nộp hồ sơ trực tuyến". */
export const Detail: Story = { render: () => examples.detail.render(demoBackend()) };

/** Partly online (một phần, mức độ 3): fee and result at the office. */
export const Partial: Story = { render: () => examples.detailPartial.render(demoBackend()) };

/** Not online (mức độ 2): how to apply in person or by post instead of an apply button. */
export const Level2Only: Story = { render: () => examples.detailLevel2.render(demoBackend()) };

/** While the procedure loads. */
export const Loading: Story = { render: () => examples.detail.render(demoBackend('loading')) };

/** The procedure could not be loaded. */
export const ErrorState: Story = { name: 'Error', render: () => examples.detail.render(demoBackend('error')) };

/** A code no procedure has. */
export const NotFound: Story = {
  render: () => html`<dvc-procedure-detail .backend=${demoBackend()} code="9.999999"></dvc-procedure-detail>`,
};
