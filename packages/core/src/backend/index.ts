export type {
  DvcBackend, CallOptions, ProcedureIndexOptions, ProcedureIndexResult, UploadableFile, UploadProgress, UploadOptions,
  DossierEventHandlers, Unsubscribe, FormValidators, FormValidateFunction, FormValidationError,
} from './backend.js';
export { BackendError, isBackendError } from './errors.js';
export type { BackendErrorKind, BackendErrorInit, BackendErrorMessageKey } from './errors.js';
export { RestBackend } from './rest-backend.js';
export type { RestBackendOptions, TokenProvider } from './rest-backend.js';
export { newIdempotencyKey } from './idempotency.js';
