// A component upgraded before the <dvc-config> around it (the page loads the component bundle first).
// In its own file: once defined, a tag cannot be undefined again.
import { expect, html, waitUntil } from '@open-wc/testing';
import { configure } from '../src/config/config.js';
import { DvcConfigElement } from '../src/config/dvc-config.js';
import { defineElement } from '../src/element/define-element.js';
import { mount, resetGlobalConfig, shown } from './helpers.js';

const G = 'https://global.example.vn/api/v1/';
const C = 'https://config.example.vn/api/v1/';

describe('<dvc-config> defined after the component', () => {
  after(resetGlobalConfig);

  it('takes over once it is defined', async () => {
    configure({ baseUrl: G });
    expect(customElements.get('dvc-config')).to.equal(undefined);
    const root = await mount(html`<dvc-config base-url=${C} lang="en"><test-consumer></test-consumer></dvc-config>`);
    const el = root.querySelector('test-consumer')!;
    await el.updateComplete;
    expect(shown(el, 'backend')).to.equal(G);
    expect(shown(el, 'lang')).to.equal('en'); // the lang attribute works before the upgrade

    defineElement('dvc-config', DvcConfigElement);
    await waitUntil(() => shown(el, 'backend') === C, 'consumer did not pick up the late <dvc-config>');
  });
});
