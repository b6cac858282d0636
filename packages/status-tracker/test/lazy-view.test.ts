// The dossier view is a module of its own: the lookup form renders without it, and it downloads (with its
// texts and styles) when a lookup starts. Its own page, so no earlier test has loaded the view already.
import { expect, html } from '@open-wc/testing';
import { mount, referenceBackend, unmountAll } from '@dvc/core/testing.js';
import '../src/define.js';
import type { DvcStatusTracker } from '../src/index.js';
import { dossierAt } from './helpers.js';

const viewRequested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/dossier-view'));

describe('<dvc-status-tracker> dossier view loading', () => {
  afterEach(unmountAll);

  it('shows the lookup without the dossier view, then loads it with the first lookup, styled', async () => {
    const { code, secret } = await dossierAt(4);
    const el = await mount<DvcStatusTracker>(html`<dvc-status-tracker lang="vi" .backend=${referenceBackend()}></dvc-status-tracker>`);
    expect(el.shadowRoot!.querySelector('[part~="lookup"]')).to.exist;
    expect(viewRequested(), 'the view downloaded before any lookup').to.equal(false);

    el.dossierCode = code;
    el.verification = secret;
    await el.updateComplete;
    const deadline = Date.now() + 10_000;
    while (!el.shadowRoot!.querySelector('[part~="status"]') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    }
    expect(viewRequested()).to.equal(true);
    const status = el.shadowRoot!.querySelector<HTMLElement>('[part~="status"]')!;
    expect(status.textContent).to.include('Đang xử lý');
    // The view's own sheet is adopted: the status has its brand bar, the timeline no bullets.
    expect(getComputedStyle(status).borderInlineStartWidth).to.equal('8px');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="timeline"]')!).listStyleType).to.equal('none');
    // Its texts came with it.
    expect(el.shadowRoot!.querySelector('[part~="summary"]')!.textContent).to.include('Ngày hẹn trả kết quả');
  });
});
