import { expect, html, waitUntil } from '@open-wc/testing';
import { RestBackend } from '../src/backend/rest-backend.js';
import { configure } from '../src/config/config.js';
import type { DvcConfigElement } from '../src/config/dvc-config.js';
import '../src/define.js';
import { labelledBackend, mount, resetGlobalConfig, shown } from './helpers.js';
import type { TestConsumer } from './helpers.js';

const G = 'https://global.example.vn/api/v1/';
const C = 'https://config.example.vn/api/v1/';
const E = 'https://element.example.vn/api/v1/';

describe('configuration precedence', () => {
  afterEach(resetGlobalConfig);

  it('shows that nothing is configured', async () => {
    const el = await mount<TestConsumer>(html`<test-consumer></test-consumer>`);
    expect(shown(el, 'backend')).to.equal('none');
  });

  it('uses configure() when nothing nearer is given', async () => {
    configure({ baseUrl: G });
    const el = await mount<TestConsumer>(html`<test-consumer></test-consumer>`);
    expect(shown(el, 'backend')).to.equal(G);
  });

  it('prefers the nearest <dvc-config> over configure()', async () => {
    configure({ baseUrl: G });
    const root = await mount(html`<dvc-config base-url=${C}><test-consumer></test-consumer></dvc-config>`);
    const el = root.querySelector('test-consumer')!;
    await el.updateComplete;
    expect(shown(el, 'backend')).to.equal(C);
  });

  it('prefers the element attribute over <dvc-config>', async () => {
    configure({ baseUrl: G });
    const root = await mount(html`<dvc-config base-url=${C}><test-consumer base-url=${E}></test-consumer></dvc-config>`);
    const el = root.querySelector('test-consumer')!;
    await el.updateComplete;
    expect(shown(el, 'backend')).to.equal(E);
  });

  it('prefers a backend object over a base URL on the same level, but a nearer base URL over a farther backend', async () => {
    const root = await mount<DvcConfigElement>(html`
      <dvc-config base-url=${C} .backend=${labelledBackend('adapter')}>
        <test-consumer id="a"></test-consumer>
        <test-consumer id="b" base-url=${E}></test-consumer>
      </dvc-config>`);
    const [a, b] = root.querySelectorAll('test-consumer');
    await a.updateComplete;
    await b.updateComplete;
    expect(shown(a, 'backend')).to.equal('adapter');
    expect(shown(b, 'backend')).to.equal(E);
  });

  it('inherits unset settings from an outer <dvc-config>', async () => {
    const root = await mount(html`
      <dvc-config base-url=${C}><dvc-config lang="en"><test-consumer></test-consumer></dvc-config></dvc-config>`);
    const el = root.querySelector('test-consumer')!;
    await el.updateComplete;
    expect(shown(el, 'backend')).to.equal(C);
    expect(shown(el, 'lang')).to.equal('en');
  });

  it('updates components when <dvc-config> changes', async () => {
    const root = await mount<DvcConfigElement>(html`<dvc-config base-url=${C}><test-consumer></test-consumer></dvc-config>`);
    const el = root.querySelector('test-consumer')!;
    root.setAttribute('base-url', E);
    await waitUntil(() => shown(el, 'backend') === E, 'consumer did not follow <dvc-config>');
  });

  it('updates components when configure() is called again', async () => {
    configure({ baseUrl: G });
    const el = await mount<TestConsumer>(html`<test-consumer></test-consumer>`);
    configure({ backend: labelledBackend('later') });
    await el.updateComplete;
    expect(shown(el, 'backend')).to.equal('later');
  });

  it('forgets the <dvc-config> it was moved out of', async () => {
    configure({ baseUrl: G });
    const root = await mount(html`<div><dvc-config base-url=${C}><test-consumer></test-consumer></dvc-config></div>`);
    const el = root.querySelector('test-consumer')!;
    await el.updateComplete;
    expect(shown(el, 'backend')).to.equal(C);
    root.append(el);
    el.requestUpdate();
    await el.updateComplete;
    expect(shown(el, 'backend')).to.equal(G);
  });

  it('shares one RestBackend per base URL', async () => {
    const root = await mount(html`<div><test-consumer base-url=${E}></test-consumer><test-consumer base-url=${E}></test-consumer></div>`);
    const [a, b] = root.querySelectorAll('test-consumer');
    expect(a.resolvedBackend).to.be.instanceOf(RestBackend);
    expect(a.resolvedBackend).to.equal(b.resolvedBackend);
  });

  it('makes a separate RestBackend for a token provider, shared by the components that use it', async () => {
    const token = () => 'abc';
    const root = await mount(html`<div>
      <dvc-config base-url=${E} .token=${token}><test-consumer></test-consumer><test-consumer></test-consumer></dvc-config>
      <test-consumer base-url=${E}></test-consumer>
    </div>`);
    const [a, b, plain] = root.querySelectorAll('test-consumer');
    expect(a.resolvedBackend).to.equal(b.resolvedBackend);
    expect(a.resolvedBackend).to.not.equal(plain.resolvedBackend);
    expect((plain.resolvedBackend as RestBackend).baseUrl).to.equal(E);
  });

  it('merges texts key by key, the nearest level winning', async () => {
    configure({ messages: { vi: { 'common.retry': 'global', 'common.loading': 'global' } } });
    const root = await mount<DvcConfigElement>(html`
      <dvc-config .messages=${{ vi: { 'common.retry': 'config' } }}>
        <test-consumer id="plain"></test-consumer>
        <test-consumer id="own" .messages=${{ vi: { 'common.retry': 'own' } }}></test-consumer>
      </dvc-config>`);
    const [plain, own] = root.querySelectorAll('test-consumer');
    await plain.updateComplete;
    await own.updateComplete;
    expect(shown(plain, 'text')).to.equal('config');
    expect(shown(own, 'text')).to.equal('own');
  });
});

describe('<dvc-config>', () => {
  it('renders its children in place, adding no box of its own', async () => {
    const root = await mount<DvcConfigElement>(html`<dvc-config><p>Nội dung</p></dvc-config>`);
    const slot = root.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Nội dung');
    expect(getComputedStyle(root).display).to.equal('contents');
    expect(root.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('exposes the merged settings it provides', async () => {
    const root = await mount<DvcConfigElement>(html`<dvc-config base-url=${C} lang="en-GB"></dvc-config>`);
    await root.updateComplete;
    expect(root.value.baseUrl).to.equal(C);
    expect(root.value.lang).to.equal('en');
  });
});
