import { expect, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { defineElement } from '../src/element/define-element.js';
import { deepText, mount, unmountAll } from './mount.js';

/** A named example, as each package's `examples.ts` exports them. */
export interface SuiteExample {
  readonly title: string;
  readonly render: () => TemplateResult;
}

export interface ElementSuiteOptions {
  /** The example used for the language switch (default: the first); `false` skips that test. */
  langExample?: string | false;
}

/**
 * The checks every dvc-elements tag must pass: defining it twice is harmless, it renders on a page
 * without any dvc CSS, it switches language when `lang` changes around it, and every example passes
 * axe. Call it inside a test file; component-specific tests follow in their own `describe`.
 */
export function runElementBaseSuite(
  tag: string, examples: Readonly<Record<string, SuiteExample>>, options: ElementSuiteOptions = {},
): void {
  const names = Object.keys(examples);

  describe(`<${tag}> base suite`, () => {
    afterEach(unmountAll);

    it('is defined, and defining it again is harmless', () => {
      const ctor = customElements.get(tag);
      expect(ctor, `<${tag}> is not defined`).to.be.a('function');
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => { warnings.push(args); };
      try {
        defineElement(tag, ctor!);
        expect(warnings, 'same class warned').to.have.length(0);
        defineElement(tag, class extends HTMLElement {});
        expect(warnings, 'another class did not warn').to.have.length(1);
      } finally {
        console.warn = warn;
      }
      expect(customElements.get(tag)).to.equal(ctor);
    });

    it('renders on a page without any dvc CSS', async () => {
      expect(getComputedStyle(document.documentElement).getPropertyValue('--dvc-color-text'), 'tokens.css is loaded').to.equal('');
      const container = await mount<HTMLElement>(html`<div>${examples[names[0]].render()}</div>`);
      const el = container.querySelector(tag) ?? container;
      expect(el.shadowRoot ?? el, 'nothing rendered').to.not.equal(null);
      expect(deepText(container).length + el.getBoundingClientRect().height, 'empty render').to.be.greaterThan(0);
    });

    const langExample = options.langExample === undefined ? names[0] : options.langExample;
    if (langExample !== false) {
      it('switches language when lang changes around it', async () => {
        const container = await mount<HTMLElement>(html`<div lang="vi">${examples[langExample].render()}</div>`);
        const vi = deepText(container);
        container.lang = 'en';
        await waitUntil(() => deepText(container) !== vi, 'the text did not change with lang="en"');
        container.lang = 'vi';
        await waitUntil(() => deepText(container) === vi, 'the text did not come back with lang="vi"');
      });
    }

    for (const name of names) {
      it(`example "${name}" passes axe`, async () => {
        const container = await mount<HTMLElement>(html`<div>${examples[name].render()}</div>`);
        await expect(container).to.be.accessible();
      });
    }
  });
}
