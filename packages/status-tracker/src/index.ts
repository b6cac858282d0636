// Pure exports of @dvc/status-tracker; `@dvc/status-tracker/define.js` registers the tag.
export { DvcStatusTracker } from './status-tracker.js';
export * from './events.js';
export type { TrackerMessages } from './i18n/vi.js';
