import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { mount, runElementBaseSuite, unmountAll } from '@dvc/core/testing.js';
import { DvcDossierSubmittedEvent } from '@dvc/service-form';
import { sampleReceipt } from '../../service-form/examples.js';
import { examples } from '../examples.js';
import type { DvcServicePortal } from '../src/index.js';

// The views load data after mounting, so the language test below waits for them instead of the suite's.
runElementBaseSuite('dvc-service-portal', examples, { langExample: false });

const view = (el: DvcServicePortal, tag: string) => el.shadowRoot!.querySelector<HTMLElement>(tag);
const heading = (el: DvcServicePortal) => el.shadowRoot!.querySelector<HTMLElement>('#view-heading')!;
const link = (el: DvcServicePortal, text: RegExp) =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')].find((a) => text.test(a.textContent ?? ''))!;

async function shown(el: DvcServicePortal, tag: string): Promise<HTMLElement> {
  await waitUntil(() => view(el, tag), `<${tag}> not shown`, { timeout: 5000 });
  return view(el, tag)!;
}

describe('<dvc-service-portal>', () => {
  const startHash = location.hash;
  afterEach(() => {
    unmountAll();
    sessionStorage.clear();
    history.replaceState(null, '', `${location.pathname}${location.search}${startHash}`);
  });

  describe('hash routing (the default)', () => {
    it('shows the finder, then the form of the procedure the address names, focusing the new heading', async () => {
      const el = await mount<DvcServicePortal>(html`<dvc-service-portal base-url="/api/v1"></dvc-service-portal>`);
      const finder = await shown(el, 'dvc-procedure-finder');
      expect(finder.getAttribute('apply-url')).to.equal('#/nop-ho-so/{code}');
      const navigated = oneEvent(el, 'dvc-portal-navigate');
      location.hash = '#/nop-ho-so/1.001193';
      expect((await navigated).detail).to.deep.equal({ view: 'apply', procedureCode: '1.001193' });
      const form = await shown(el, 'dvc-service-form');
      expect(form.getAttribute('procedure')).to.equal('1.001193');
      expect(view(el, 'dvc-procedure-finder')).to.equal(null);
      await waitUntil(() => el.shadowRoot!.activeElement === heading(el), 'focus did not move to the heading');
      await waitUntil(() => /Đăng ký khai sinh/.test(heading(el).textContent ?? ''), 'the heading does not name the procedure');
    });

    it('starts where the address points and goes back with history', async () => {
      history.replaceState(null, '', '#/tra-cuu');
      const el = await mount<DvcServicePortal>(html`<dvc-service-portal base-url="/api/v1"></dvc-service-portal>`);
      await shown(el, 'dvc-status-tracker');
      expect(link(el, /Tra cứu hồ sơ/).getAttribute('aria-current')).to.equal('page');
      location.hash = '#/';
      await shown(el, 'dvc-procedure-finder');
      history.back();
      await shown(el, 'dvc-status-tracker');
    });

    it('ignores the host page\'s own hashes (a skip link)', async () => {
      history.replaceState(null, '', '#/tra-cuu');
      const el = await mount<DvcServicePortal>(html`<dvc-service-portal base-url="/api/v1"></dvc-service-portal>`);
      await shown(el, 'dvc-status-tracker');
      location.hash = '#noi-dung';
      await new Promise((r) => setTimeout(r, 50));
      expect(view(el, 'dvc-status-tracker')).to.exist;
    });

    it('opens the procedure of its `procedure` attribute when the address names no view', async () => {
      const el = await mount<DvcServicePortal>(html`<dvc-service-portal base-url="/api/v1" procedure="1.001193"></dvc-service-portal>`);
      expect((await shown(el, 'dvc-service-form')).getAttribute('procedure')).to.equal('1.001193');
    });
  });

  describe('from the receipt to payment and tracking', () => {
    it('keeps the lookup secret out of the address and hands it to the payment and the tracker', async () => {
      const el = await mount<DvcServicePortal>(html`<dvc-service-portal base-url="/api/v1" routing="none" procedure="1.001193"></dvc-service-portal>`);
      const form = await shown(el, 'dvc-service-form');
      expect(form.getAttribute('pay-href')).to.equal('#/thanh-toan/{code}');
      form.dispatchEvent(new DvcDossierSubmittedEvent({ receipt: sampleReceipt }));
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="next"]'), 'no next step after submitting');
      const track = link(el, new RegExp(`Theo dõi hồ sơ ${sampleReceipt.dossierCode.replace(/\./g, '\\.')}`));
      expect(track.getAttribute('href')).to.equal(`#/tra-cuu/${encodeURIComponent(sampleReceipt.dossierCode)}`);
      const hashBefore = location.hash;
      track.click();
      const tracker = await shown(el, 'dvc-status-tracker');
      expect(location.hash, 'memory routing changed the address').to.equal(hashBefore);
      expect(tracker.getAttribute('dossier-code')).to.equal(sampleReceipt.dossierCode);
      expect(tracker.getAttribute('verification')).to.equal(sampleReceipt.lookupSecret);
      expect(location.href).to.not.include(sampleReceipt.lookupSecret);

      el.navigate({ view: 'pay', dossierCode: sampleReceipt.dossierCode });
      const payment = await shown(el, 'dvc-fee-payment');
      expect(payment.getAttribute('verification')).to.equal(sampleReceipt.lookupSecret);
      expect(new URL(payment.getAttribute('return-url')!, location.href).hash).to.equal(`#/thanh-toan/${encodeURIComponent(sampleReceipt.dossierCode)}`);
    });

    it('asks for the lookup code when this tab does not know it', async () => {
      const el = await mount<DvcServicePortal>(html`<dvc-service-portal base-url="/api/v1" routing="none"></dvc-service-portal>`);
      el.navigate({ view: 'pay', dossierCode: 'X-1' });
      const tracker = await shown(el, 'dvc-status-tracker');
      expect(tracker.getAttribute('dossier-code')).to.equal('X-1');
      expect(tracker.hasAttribute('verification')).to.equal(false);
      expect(view(el, 'dvc-fee-payment')).to.equal(null);
    });

    it('memory routing survives a reload (the gateway\'s round trip)', async () => {
      const first = await mount<DvcServicePortal>(html`<dvc-service-portal base-url="/api/v1" routing="none"></dvc-service-portal>`);
      first.navigate({ view: 'track', dossierCode: 'X-2' });
      await shown(first, 'dvc-status-tracker');
      unmountAll();
      const again = await mount<DvcServicePortal>(html`<dvc-service-portal base-url="/api/v1" routing="none"></dvc-service-portal>`);
      expect((await shown(again, 'dvc-status-tracker')).getAttribute('dossier-code')).to.equal('X-2');
    });
  });

  it('speaks the language around it, and its views with it', async () => {
    const container = await mount<HTMLElement>(html`<div lang="vi">${examples.search.render()}</div>`);
    const el = container.querySelector<DvcServicePortal>('dvc-service-portal')!;
    await shown(el, 'dvc-procedure-finder');
    expect(heading(el).textContent).to.equal('Tìm thủ tục hành chính');
    container.lang = 'en';
    await waitUntil(() => heading(el).textContent === 'Find an administrative procedure', 'the heading did not switch to English');
    expect(link(el, /Track an application/)).to.exist;
    container.lang = 'vi';
    await waitUntil(() => heading(el).textContent === 'Tìm thủ tục hành chính', 'the heading did not come back to Vietnamese');
  });

  it('passes its own backend to the view it shows', async () => {
    const calls: string[] = [];
    const pending = (name: string) => () => { calls.push(name); return new Promise(() => {}); };
    const backend = { getProcedureIndex: pending('getProcedureIndex'), searchProcedures: pending('searchProcedures') };
    const el = await mount<DvcServicePortal>(html`<dvc-service-portal routing="none" .backend=${backend}></dvc-service-portal>`);
    await shown(el, 'dvc-procedure-finder');
    await waitUntil(() => calls.includes('getProcedureIndex') || calls.includes('searchProcedures'), 'the finder did not use the portal\'s backend');
  });
});
