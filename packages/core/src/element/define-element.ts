/**
 * Registers a custom element once. Portals load several bundles that may each carry the same element:
 * registering the same class again does nothing, and a different class under a taken tag keeps the
 * first one and warns — it never throws, so one bad bundle cannot break the page.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry = globalThis.customElements,
): void {
  if (!registry) return; // Not in a browser (server-side rendering, Node tests): nothing to register.
  const existing = registry.get(tag);
  if (existing === ctor) return;
  if (existing) {
    console.warn(`[dvc-elements] <${tag}> is already defined by another class (another bundle or version of dvc-elements?); keeping the first definition.`);
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // E.g. the same class under another tag, or an invalid name.
    console.warn(`[dvc-elements] could not define <${tag}>:`, error);
  }
}

type ElementLoader = () => Promise<CustomElementConstructor>;
const lazyElements = new Map<string, { load: ElementLoader; loading?: Promise<void> }>();
let lazyObserver: MutationObserver | undefined;

/**
 * Registers `tag` with code that loads only when the element is first used: when it is in the page
 * (now or later, light DOM) or when a component calls `loadElement(tag)` before rendering it in its
 * shadow root. Keeps a rarely needed element out of the first download on a slow network.
 */
export function defineElementLazily(tag: string, load: ElementLoader): void {
  if (!globalThis.customElements || customElements.get(tag) || lazyElements.has(tag)) return;
  lazyElements.set(tag, { load });
  if (document.getElementsByTagName(tag).length) void loadElement(tag);
  else watchForLazyElements();
}

/** Loads and registers a lazily defined element (once); resolves when it is defined. */
export function loadElement(tag: string): Promise<void> {
  const entry = lazyElements.get(tag);
  if (!entry) return Promise.resolve();
  // A failed download (offline, a missing chunk) is forgotten, so that a retry downloads again.
  entry.loading ??= entry.load().then((ctor) => defineElement(tag, ctor), (error: unknown) => {
    entry.loading = undefined;
    throw error;
  });
  return entry.loading;
}

function watchForLazyElements(): void {
  if (lazyObserver) return;
  lazyObserver = new MutationObserver(() => {
    let waiting = false;
    for (const [tag, entry] of lazyElements) {
      if (entry.loading) continue;
      if (document.getElementsByTagName(tag).length) void loadElement(tag);
      else waiting = true;
    }
    if (!waiting) {
      lazyObserver?.disconnect();
      lazyObserver = undefined;
    }
  });
  lazyObserver.observe(document.documentElement, { childList: true, subtree: true });
}
