import { expect } from '@open-wc/testing';
import { defineElement, defineElementLazily, loadElement } from '../src/element/define-element.js';

function withWarnings(run: () => void): unknown[][] {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => { warnings.push(args); };
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('registers a tag', () => {
    class First extends HTMLElement {}
    defineElement('test-define-a', First);
    expect(customElements.get('test-define-a')).to.equal(First);
  });

  it('does nothing, silently, when the same class is defined again', () => {
    class Same extends HTMLElement {}
    defineElement('test-define-b', Same);
    const warnings = withWarnings(() => defineElement('test-define-b', Same));
    expect(warnings).to.have.length(0);
    expect(customElements.get('test-define-b')).to.equal(Same);
  });

  it('keeps the first class and warns, without throwing, when another class claims the tag', () => {
    class Original extends HTMLElement {}
    class Impostor extends HTMLElement {}
    defineElement('test-define-c', Original);
    const warnings = withWarnings(() => defineElement('test-define-c', Impostor));
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<test-define-c>');
    expect(customElements.get('test-define-c')).to.equal(Original);
  });

  it('warns instead of throwing when the browser refuses the definition', () => {
    class Reused extends HTMLElement {}
    defineElement('test-define-d', Reused);
    const warnings = withWarnings(() => defineElement('test-define-e', Reused));
    expect(warnings).to.have.length(1);
    expect(customElements.get('test-define-e')).to.equal(undefined);
  });
});

describe('defineElementLazily', () => {
  it('loads nothing until the element is used, then defines it when one appears in the page', async () => {
    let loads = 0;
    class Lazy extends HTMLElement {}
    defineElementLazily('test-lazy-a', async () => { loads++; return Lazy; });
    await new Promise((r) => setTimeout(r));
    expect(loads).to.equal(0);
    expect(customElements.get('test-lazy-a')).to.equal(undefined);

    const el = document.body.appendChild(document.createElement('test-lazy-a'));
    await customElements.whenDefined('test-lazy-a');
    expect(el).to.be.instanceOf(Lazy);
    expect(loads).to.equal(1);
    el.remove();
  });

  it('loads on request for elements rendered inside a shadow root, once however often asked', async () => {
    let loads = 0;
    class Inner extends HTMLElement {}
    defineElementLazily('test-lazy-b', async () => { loads++; return Inner; });
    await Promise.all([loadElement('test-lazy-b'), loadElement('test-lazy-b')]);
    expect(customElements.get('test-lazy-b')).to.equal(Inner);
    expect(loads).to.equal(1);
  });
});
