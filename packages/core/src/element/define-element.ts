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
