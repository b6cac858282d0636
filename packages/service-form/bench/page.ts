// Runs in headless Chromium (bundled by form.bench.ts with esbuild): renders the same schema with our
// form, react-jsonschema-form 6 (+ validator-ajv8) and JSON Forms 3 (vanilla renderers), then times
// first render, keystrokes with live validation and validation of the whole form on submit.
import Form from '@rjsf/core';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '@dvc/service-form/define.js';
import type { DvcServiceForm } from '@dvc/service-form';
import type { BenchSchema } from './schemas.js';

const CUSTOM_FORMATS = { 'citizen-id': /^\d{12}$/, 'vn-mobile': /^0\d{9}$/, 'tax-code': /^\d{10}(-\d{3})?$/ };

interface Library {
  /** Renders the form into `container` (resolves when it is on screen). */
  mount(container: HTMLElement, s: BenchSchema): Promise<void>;
  /** The text input of `pointer`. */
  input(container: HTMLElement, pointer: string): HTMLInputElement;
  /** Submits (or asks for) validation of the whole form. */
  submit(container: HTMLElement): Promise<void>;
  unmount(container: HTMLElement): void;
}

/** A macrotask: React flushes discrete updates in a microtask, Lit in a microtask; both are done by then. */
const settle = () => new Promise<void>((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(0);
});
const layout = () => document.body.getBoundingClientRect();

/** Types like a browser does for a controlled React input too (the native setter, then `input`). */
function setValue(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const ours: Library = {
  async mount(container, s) {
    const el = document.createElement('dvc-service-form') as DvcServiceForm;
    el.noAutosave = true;
    el.noReview = true;
    el.schema = s.schema;
    el.uiSchema = s.uiSchema;
    container.append(el);
    for (let i = 0; i < 20 && !el.shadowRoot?.querySelector('form'); i++) await el.updateComplete;
  },
  input: (container, pointer) => container.querySelector('dvc-service-form')!.shadowRoot!.querySelector<HTMLInputElement>(`[name="${pointer}"]`)!,
  async submit(container) {
    const el = container.querySelector<DvcServiceForm>('dvc-service-form')!;
    el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await el.updateComplete;
  },
  unmount: (container) => container.replaceChildren(),
};

const roots = new WeakMap<HTMLElement, Root>();

function reactLibrary(render: (s: BenchSchema, api: { show: () => void }) => ReturnType<typeof createElement>, inputOf: (pointer: string) => string,
  submitter: (container: HTMLElement, api: { show: () => void }) => void): Library {
  const apis = new WeakMap<HTMLElement, { show: () => void }>();
  return {
    async mount(container, s) {
      const root = createRoot(container);
      roots.set(container, root);
      const api = { show: () => undefined };
      apis.set(container, api);
      flushSync(() => root.render(render(s, api)));
    },
    input: (container, pointer) => container.querySelector<HTMLInputElement>(inputOf(pointer))!,
    async submit(container) {
      submitter(container, apis.get(container)!);
      await settle();
    },
    unmount(container) {
      roots.get(container)?.unmount();
      container.replaceChildren();
    },
  };
}

const rjsfValidator = customizeValidator({ customFormats: CUSTOM_FORMATS, AjvClass: Ajv2020 as never });

const rjsf = reactLibrary(
  (s) => createElement(Form as never, {
    schema: s.schema, validator: rjsfValidator, liveValidate: true, showErrorList: 'top', noHtml5Validate: true,
  }),
  (pointer) => `#root${pointer.replace(/\//g, '_')}`,
  (container) => container.querySelector<HTMLButtonElement>('button[type=submit]')!.click(),
);

function jsonFormsAjv() {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
  addFormats(ajv);
  for (const [name, re] of Object.entries(CUSTOM_FORMATS)) ajv.addFormat(name, re);
  return ajv;
}

/** JSON Forms' vanilla renderers have no object renderer: nested objects become groups of controls. */
function jsonFormsUi(schema: Record<string, unknown>): unknown {
  const resolve = (node: Record<string, unknown>): Record<string, unknown> => {
    const ref = node.$ref as string | undefined;
    if (!ref) return node;
    const target = ref.slice(2).split('/').reduce<Record<string, unknown>>((n, k) => n[k] as Record<string, unknown>, schema);
    return { ...resolve(target), ...node, $ref: undefined };
  };
  const walk = (node: Record<string, unknown>, scope: string): unknown[] => {
    const props = (resolve(node).properties ?? {}) as Record<string, Record<string, unknown>>;
    return Object.entries(props).map(([key, raw]) => {
      const child = resolve(raw);
      const childScope = `${scope}/properties/${key}`;
      return child.type === 'object' && child.properties
        ? { type: 'Group', label: child.title ?? key, elements: walk(child, childScope) }
        : { type: 'Control', scope: childScope };
    });
  };
  return { type: 'VerticalLayout', elements: walk(schema, '#') };
}

function JsonFormsApp({ s, api, live }: { s: BenchSchema; api: { show: () => void }; live: boolean }) {
  const [data, setData] = useState<unknown>({});
  const [mode, setMode] = useState<'ValidateAndHide' | 'ValidateAndShow'>(live ? 'ValidateAndShow' : 'ValidateAndHide');
  api.show = () => setMode('ValidateAndShow');
  const [ajv] = useState(jsonFormsAjv);
  const [uischema] = useState(() => jsonFormsUi(s.schema as Record<string, unknown>));
  return createElement(JsonForms, {
    schema: s.schema as never, uischema: uischema as never, data, renderers: vanillaRenderers, cells: vanillaCells, ajv: ajv as never,
    validationMode: mode, onChange: ({ data: next }: { data: unknown }) => setData(next),
  });
}

const jsonFormsFor = (live: boolean) => reactLibrary(
  (s, api) => createElement(JsonFormsApp, { s, api, live }),
  (pointer) => `[id="#${pointer.split('/').slice(1).map((p) => `/properties/${p}`).join('')}-input"]`,
  (_container, api) => flushSync(() => api.show()),
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const round = (n: number) => Number(n.toFixed(2));

export interface LibraryFigures {
  /** Until the form is first on screen and laid out (extra information). */
  renderMs: { first: number; median: number };
  /** Until every field of the page is in the DOM and laid out: the render figure. */
  fullRenderMs: { median: number };
  /** `raw*`: from the input event to layout after the library's flush (the keystroke figure); `median`/`p95`: net of the harness wait (a macrotask and a layout with nothing changed), measured alongside. */
  keystrokeMs: { median: number; p95: number; keystrokes: number; rawMedian: number; rawP95: number; harness: number };
  submitMs: { first: number; median: number };
  inputs: number;
}

/** Waits until every field is in the DOM and things are quiet. */
async function allFields(lib: Library, container: HTMLElement, s: BenchSchema): Promise<void> {
  for (let n = 0; n < 200 && !lib.input(container, s.lastPointer); n++) await settle();
  await new Promise((r) => setTimeout(r, 50));
}

async function measure(lib: Library, liveLib: Library, s: BenchSchema, runs: number): Promise<LibraryFigures> {
  const renders: number[] = [];
  const fullRenders: number[] = [];
  let inputs = 0;
  for (let i = 0; i < runs; i++) {
    const container = document.body.appendChild(document.createElement('div'));
    const t0 = performance.now();
    await lib.mount(container, s);
    layout();
    renders.push(performance.now() - t0);
    for (let n = 0; n < 200 && !lib.input(container, s.lastPointer); n++) await settle();
    if (!lib.input(container, s.lastPointer)) throw new Error(`${s.lastPointer} never rendered`);
    layout();
    fullRenders.push(performance.now() - t0);
    inputs = container.querySelectorAll('input, select, textarea').length
      + (container.querySelector('dvc-service-form')?.shadowRoot?.querySelectorAll('input, select, textarea').length ?? 0);
    lib.unmount(container);
    container.remove();
    await settle();
  }

  // Keystrokes with live validation: the (required) field is left empty, which shows its error, then typed into.
  const container = document.body.appendChild(document.createElement('div'));
  await liveLib.mount(container, s);
  await allFields(liveLib, container, s);
  let input = liveLib.input(container, s.typePointer);
  if (!input) {
    const shadow = container.querySelector('dvc-service-form')?.shadowRoot?.textContent ?? container.textContent ?? '';
    throw new Error(`no input for ${s.typePointer}: ${container.innerHTML.slice(0, 200)} :: ${shadow.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
  input.focus();
  setValue(input, ''); // left empty: a required field shows its error, and from then on validates live
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  input.dispatchEvent(new FocusEvent('blur'));
  await settle();
  const keystrokes: number[] = [];
  const idle: number[] = [];
  const text = 'Nguyễn Minh Khang đăng ký khai sinh';
  for (let i = 1; i <= text.length; i++) {
    input = liveLib.input(container, s.typePointer);
    const t0 = performance.now();
    setValue(input, text.slice(0, i));
    await settle();
    layout();
    keystrokes.push(performance.now() - t0);
    // The same wait and layout without a keystroke: what the harness itself costs.
    const t1 = performance.now();
    await settle();
    layout();
    idle.push(performance.now() - t1);
  }
  const harness = median(idle);
  liveLib.unmount(container);
  container.remove();

  // Validation of the whole (empty) form on submit, errors shown.
  const submits: number[] = [];
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
    const c = document.body.appendChild(document.createElement('div'));
    await lib.mount(c, s);
    await allFields(lib, c, s);
    const t0 = performance.now();
    await lib.submit(c);
    layout();
    submits.push(performance.now() - t0);
    lib.unmount(c);
    c.remove();
    await settle();
  }
  return {
    renderMs: { first: round(renders[0]), median: round(median(renders)) },
    fullRenderMs: { median: round(median(fullRenders)) },
    keystrokeMs: {
      median: round(Math.max(0.01, median(keystrokes) - harness)), p95: round(Math.max(0.01, p95(keystrokes) - harness)),
      keystrokes: keystrokes.length, rawMedian: round(median(keystrokes)), rawP95: round(p95(keystrokes)), harness: round(harness),
    },
    submitMs: { first: round(submits[0]), median: round(median(submits)) },
    inputs,
  };
}

/**
 * The least any renderer could spend on our form's DOM: a static copy of the finished form (its HTML
 * parsed once into a template) cloned into a fresh shadow root with the same style sheets, then
 * styled and laid out — the same end point as the render figure, with no JavaScript building it.
 */
async function domFloor(s: BenchSchema, runs: number): Promise<number> {
  const container = document.body.appendChild(document.createElement('div'));
  await ours.mount(container, s);
  const root = container.querySelector('dvc-service-form')!.shadowRoot!;
  const template = document.createElement('template');
  template.innerHTML = root.innerHTML;
  const sheets = root.adoptedStyleSheets;
  ours.unmount(container);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const host = container.appendChild(document.createElement('div'));
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = sheets;
    shadow.appendChild(document.importNode(template.content, true));
    layout();
    times.push(performance.now() - t0);
    container.replaceChildren();
    await settle();
  }
  container.remove();
  return round(median(times));
}

export type BenchResults = Record<string, { floorMs: number } & Record<'ours' | 'rjsf' | 'jsonforms', LibraryFigures>>;

async function runBench(schemas: BenchSchema[], runs: number): Promise<BenchResults> {
  const out: BenchResults = {};
  for (const s of schemas) {
    out[s.name] = {
      ours: await measure(ours, ours, s, runs),
      rjsf: await measure(rjsf, rjsf, s, runs),
      jsonforms: await measure(jsonFormsFor(false), jsonFormsFor(true), s, runs),
      floorMs: await domFloor(s, runs),
    };
  }
  return out;
}

(globalThis as unknown as { runBench: typeof runBench }).runBench = runBench;
