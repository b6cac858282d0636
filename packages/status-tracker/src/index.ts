// Pure exports of @dvc/status-tracker; `@dvc/status-tracker/define.js` registers the tag.
export { DvcStatusTracker } from './status-tracker.js';
export * from './events.js';
export { deadline, holder, apology } from './internal/dossier.js';
export type { Deadline } from './internal/dossier.js';
export { LiveDossier } from './internal/live.js';
export type { LiveOptions, LiveState } from './internal/live.js';
export { readLookup } from './internal/lookup.js';
export type { LookupInput } from './internal/lookup.js';
export { vi as statusTrackerVi } from './i18n/vi.js';
export { en as statusTrackerEn } from './i18n/en.js';
export type { TrackerMessages } from './i18n/vi.js';
