import { expect, html, waitUntil } from '@open-wc/testing';
import { configure } from '../src/config/config.js';
import { resolveLang } from '../src/i18n/i18n.js';
import { mount, resetGlobalConfig, shown } from './helpers.js';
import type { TestConsumer } from './helpers.js';

/** A host whose shadow root holds `inner`, to test inheritance across shadow boundaries. */
class TestShell extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<section><test-consumer></test-consumer></section>';
  }
}
customElements.define('test-shell', TestShell);

const htmlEl = document.documentElement;
const originalLang = htmlEl.getAttribute('lang');

describe('resolveLang', () => {
  afterEach(() => {
    if (originalLang === null) htmlEl.removeAttribute('lang'); else htmlEl.setAttribute('lang', originalLang);
  });

  it('finds the nearest lang attribute through shadow roots', async () => {
    const root = await mount(html`<div lang="en"><test-shell></test-shell></div>`);
    const inner = root.querySelector('test-shell')!.shadowRoot!.querySelector('test-consumer')!;
    expect(resolveLang(inner)).to.equal('en');
  });

  it('prefers a nearer lang inside the shadow root', async () => {
    const root = await mount(html`<div lang="en"><test-shell></test-shell></div>`);
    const section = root.querySelector('test-shell')!.shadowRoot!.querySelector('section')!;
    section.setAttribute('lang', 'vi-VN');
    expect(resolveLang(section.querySelector('test-consumer')!)).to.equal('vi');
  });

  it('falls back to <html lang>, then vi', async () => {
    const el = await mount(html`<p>x</p>`);
    htmlEl.setAttribute('lang', 'en-US');
    expect(resolveLang(el)).to.equal('en');
    htmlEl.removeAttribute('lang');
    expect(resolveLang(el)).to.equal('vi');
  });

  it('gives vi for a language it does not speak', async () => {
    const el = await mount(html`<p lang="fr">x</p>`);
    htmlEl.setAttribute('lang', 'en');
    expect(resolveLang(el)).to.equal('vi');
  });

  it('puts the configured language between the ancestors and <html>', async () => {
    const root = await mount(html`<div><p>x</p><p lang="vi">y</p></div>`);
    htmlEl.setAttribute('lang', 'vi');
    const [plain, marked] = root.querySelectorAll('p');
    expect(resolveLang(plain, 'en')).to.equal('en');
    expect(resolveLang(marked, 'en')).to.equal('vi');
  });
});

describe('LangController', () => {
  afterEach(() => {
    resetGlobalConfig();
    if (originalLang === null) htmlEl.removeAttribute('lang'); else htmlEl.setAttribute('lang', originalLang);
  });

  it('re-renders when an ancestor changes lang', async () => {
    const root = await mount(html`<div lang="vi"><test-consumer></test-consumer></div>`);
    const el = root.querySelector<TestConsumer>('test-consumer')!;
    await el.updateComplete;
    expect(shown(el, 'text')).to.equal('Thử lại');
    root.setAttribute('lang', 'en');
    // English loads on first use (a chunk): allow for a slow first download.
    await waitUntil(() => shown(el, 'text') === 'Try again', 'did not switch to English', { timeout: 5000 });
  });

  it('re-renders when the element itself changes lang', async () => {
    const el = await mount<TestConsumer>(html`<test-consumer lang="en"></test-consumer>`);
    expect(shown(el, 'text')).to.equal('Try again');
    el.lang = 'vi';
    await waitUntil(() => shown(el, 'text') === 'Thử lại', 'did not switch to Vietnamese');
  });

  it('re-renders when <html lang> changes', async () => {
    htmlEl.setAttribute('lang', 'vi');
    const el = await mount<TestConsumer>(html`<test-consumer></test-consumer>`);
    expect(shown(el, 'lang')).to.equal('vi');
    htmlEl.setAttribute('lang', 'en');
    await waitUntil(() => shown(el, 'lang') === 'en', 'did not follow <html lang>');
  });

  it('re-renders inside a shadow root when the outer page changes lang', async () => {
    const root = await mount(html`<div lang="vi"><test-shell></test-shell></div>`);
    const inner = root.querySelector('test-shell')!.shadowRoot!.querySelector<TestConsumer>('test-consumer')!;
    await inner.updateComplete;
    expect(shown(inner, 'lang')).to.equal('vi');
    root.setAttribute('lang', 'en');
    await waitUntil(() => shown(inner, 'lang') === 'en', 'did not follow the lang outside its shadow root');
  });

  it('follows configure({ lang }) when no ancestor says otherwise', async () => {
    htmlEl.setAttribute('lang', 'vi');
    const el = await mount<TestConsumer>(html`<test-consumer></test-consumer>`);
    configure({ lang: 'en' });
    await waitUntil(() => shown(el, 'lang') === 'en', 'did not follow configure()');
  });
});
