import { expect, html } from '@open-wc/testing';
import { examples } from '../examples.js';
import '../src/define.js';
import { mount, resetGlobalConfig, settle } from './helpers.js';

const probes = (root: Element) => [...root.querySelectorAll('dvc-example-config-probe')];
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`)!.textContent;

describe('core examples', () => {
  afterEach(resetGlobalConfig);

  for (const [name, example] of Object.entries(examples)) {
    it(`${name} is accessible`, async () => {
      const container = await mount<HTMLElement>(html`<div>${example.render()}</div>`);
      await settle(container);
      await expect(container).to.be.accessible();
    });
  }

  it('nested: the inner <dvc-config> changes the language and keeps the outer base URL', async () => {
    const root = await mount(examples.nested.render());
    await settle(root);
    const [outer, inner, own] = probes(root);
    await Promise.all([outer, inner, own].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect([part(outer, 'lang'), part(inner, 'lang'), part(own, 'lang')]).to.deep.equal(['vi', 'en', 'en']);
    expect(part(inner, 'backend')).to.equal(new URL('/api/v1/', location.href).href);
    expect(part(own, 'backend')).to.equal('https://other.example.gov.vn/api/v1/');
  });

  it('unconfigured: says that no backend is configured', async () => {
    const root = await mount(html`<div lang="vi">${examples.unconfigured.render()}</div>`);
    const [probe] = probes(root);
    await (probe as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(part(probe, 'backend')).to.contain('Chưa cấu hình');
  });
});
