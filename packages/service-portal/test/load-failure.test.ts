// A view whose code cannot be downloaded (offline, a chunk missing on the server): a clear error and a
// retry that works once the network is back. The tracker's loader is registered before the portal's.
import { expect, html, waitUntil } from '@open-wc/testing';
import { defineElementLazily } from '@dvc/core';
import { mount, unmountAll } from '@dvc/core/testing.js';
import type { DvcServicePortal } from '../src/index.js';

let attempts = 0;
defineElementLazily('dvc-status-tracker', async () => {
  attempts += 1;
  if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
  return (await import('@dvc/status-tracker/define.js')).DvcStatusTracker;
});
await import('../src/define.js');

describe('<dvc-service-portal> when a view cannot load', () => {
  afterEach(() => {
    unmountAll();
    sessionStorage.clear();
  });

  it('says so and retries', async () => {
    const el = await mount<DvcServicePortal>(html`<dvc-service-portal base-url="/api/v1" routing="none"></dvc-service-portal>`);
    el.navigate({ view: 'track' });
    const error = await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error shown', { timeout: 5000 }).then(() => el.shadowRoot!.querySelector('[part~="error"]')!);
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.include('Không tải được');
    error.querySelector('button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dvc-status-tracker'), 'retry did not show the tracker', { timeout: 5000 });
    expect(attempts).to.equal(2);
  });
});
