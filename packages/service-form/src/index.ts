// Pure exports of @dvc/service-form: classes, events, types and the DOM-free internals a host may
// reuse. Nothing here registers a tag (see define.ts).
export { DvcServiceForm } from './service-form.js';
export { DvcDossierReceipt } from './dossier-receipt.js';
export * from './events.js';
export { buildModel, prune, visibleChildren, requiredKeys } from './internal/model.js';
export type { FormModel, Dialect } from './internal/model.js';
export { CUSTOM_FORMATS } from './internal/formats.js';
export { validateAll } from './internal/compiled.js';
export type { FieldIssue } from './internal/validation.js';
export type { JsonSchema, UiSchema, UiField, UiStep, FieldNode, WidgetName } from './internal/types.js';
export { SchemaError } from './internal/types.js';
export type { Draft, DraftStore } from './internal/draft-store.js';
export { MemoryDraftStore, LocalStorageDraftStore, IndexedDbDraftStore } from './internal/draft-store.js';
export { vi as serviceFormVi, loadEnglish as loadServiceFormEnglish } from './i18n/index.js';
export type { ServiceFormMessageKey } from './i18n/index.js';
