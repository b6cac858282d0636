import { expect, html } from '@open-wc/testing';
import { examples } from '../examples.js';
import '../src/define.js';
import { runElementBaseSuite } from '../testing/element-suite.js';
import { mount, resetGlobalConfig, settle } from './helpers.js';

// The base suite every component runs, here on the core's demo element.
runElementBaseSuite('dvc-example-config-probe', examples, { langExample: 'unconfigured' });

const probes = (root: Element) => [...root.querySelectorAll('dvc-example-config-probe')];
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`)!.textContent;

describe('core examples', () => {
  afterEach(resetGlobalConfig);

  it('nested: the inner <dvc-config> changes the language and keeps the outer base URL', async () => {
    const root = await mount(examples.nested.render());
    await settle(root);
    const [outer, inner, own] = probes(root);
    expect([part(outer, 'lang'), part(inner, 'lang'), part(own, 'lang')]).to.deep.equal(['vi', 'en', 'en']);
    expect(part(inner, 'backend')).to.equal(new URL('/api/v1/', location.href).href);
    expect(part(own, 'backend')).to.equal('https://other.example.gov.vn/api/v1/');
  });

  it('unconfigured: says that no backend is configured', async () => {
    const root = await mount(html`<div lang="vi">${examples.unconfigured.render()}</div>`);
    await settle(root);
    expect(part(probes(root)[0], 'backend')).to.contain('Chưa cấu hình');
  });
});
