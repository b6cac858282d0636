// Pure exports of @dvc/service-portal; `@dvc/service-portal/define.js` registers the tag.
export { DvcServicePortal } from './service-portal.js';
export * from './events.js';
export { defineAllLazily, defineComponentsLazily } from './lazy-elements.js';
export { parseRoute, formatRoute } from './internal/route.js';
export type { Route, View as PortalView } from './internal/route.js';
export type { PortalMessages } from './i18n/vi.js';
