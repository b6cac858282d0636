import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Dossier, StatusCode } from '@dvc/core';
import '../src/define.js';
import { examples, sampleDossier } from '../examples.js';
import { MemoryBackend } from './memory-backend.js';
import type { MemoryBackendOptions } from './memory-backend.js';

const meta: Meta = {
  title: 'Status tracker/<dvc-status-tracker>',
  component: 'dvc-status-tracker',
};
export default meta;

type Story = StoryObj;
const story = (render: () => TemplateResult): Story => ({ render });

/** Looked up through an adapter (here in memory), so the live updates and actions work in the story. */
function live(dossier: Dossier, options: MemoryBackendOptions = {}, buttons: [string, StatusCode, string?][] = []): TemplateResult {
  const backend = new MemoryBackend(dossier, { verification: 'ABCD2345', ...options });
  return html`<dvc-status-tracker .backend=${backend} dossier-code=${dossier.code} verification="ABCD2345"
      payment-url="#thanh-toan?ma={code}" poll-interval="5"></dvc-status-tracker>
    ${buttons.length
      ? html`<p>Officer (story only): ${buttons.map(([label, status, note]) => html`<button type="button"
          @click=${() => backend.move(status, 'Công chức Tư pháp - Hộ tịch', note)}>${label}</button> `)}</p>`
      : nothing}`;
}

export const Lookup = story(examples.lookup.render);
export const Submitted = story(examples.submitted.render);
export const Accepted = story(examples.accepted.render);
export const Refused = story(examples.refused.render);
export const Processing = story(examples.processing.render);
export const SupplementRequested = story(examples.supplement.render);
export const FeeDue = story(examples.fee.render);
export const Withdrawn = story(examples.withdrawn.render);
export const Stopped = story(examples.stopped.render);
export const ResultOnline = story(examples.resultOnline.render);
export const ResultAtCounter = story(() => html`${examples.resultCounter.render()}`);
export const DeliveredByPost = story(examples.deliveredPost.render);
export const Rated = story(examples.rated.render);
export const FinishedLate = story(examples.late.render);
export const Overdue = story(examples.overdue.render);
export const Apology = story(examples.apology.render);
export const English = story(examples.english.render);

/** Live: press the officer's buttons; the tracker updates and announces each change. */
export const LiveUpdates = story(() => live(sampleDossier(1), {}, [
  ['Accept', 2], ['Process', 4], ['Request supplement', 5, 'Bổ sung bản sao giấy chứng sinh'], ['Request fee', 6], ['Finish', 9], ['Deliver', 10],
]));

/** Upload with progress and send: the status moves on to "in processing". */
export const SupplementUpload = story(() => live(sampleDossier(5)));

/** Rating, sent once. */
export const Rating = story(() => live(sampleDossier(10)));

export const Loading = story(() => live(sampleDossier(4), { mode: 'hang' }));

/** An unknown code and a wrong verification say the same. */
export const NotFound = story(() => live(sampleDossier(4), { mode: 'refuse' }));

export const RateLimited = story(() => live(sampleDossier(4), { mode: 'rate-limit' }));

/** The network fails: the last state this tab saw stays, marked offline. */
export const Offline = story(() => {
  const dossier = sampleDossier(4);
  sessionStorage.setItem(`dvc-status-tracker:${dossier.code}`, JSON.stringify({ dossier, at: new Date(Date.now() - 600_000).toISOString() }));
  return live(dossier, { mode: 'offline' });
});
