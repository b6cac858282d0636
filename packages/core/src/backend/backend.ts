import type {
  AdminUnit, Dossier, DossierEvent, DossierSubmission, FeeStatement, FormDefinition, Payment, PaymentRequest,
  ProcedureDetail, ProcedureIndex, ProcedureQuery, Profile, Rating, Receipt, SearchResult, SupplementSubmission,
  Upload, UploadLimits,
} from '../contract/index.js';
import type { BackendError } from './errors.js';

/** Options every call accepts. */
export interface CallOptions {
  /** Cancels the call; the promise then rejects with a `BackendError` of kind `aborted`. */
  signal?: AbortSignal;
}

export interface ProcedureIndexOptions extends CallOptions {
  /** The ETag of the index the caller already holds; the answer is then `{ notModified: true }` if it is current. */
  etag?: string;
}

/** The answer of `getProcedureIndex`. */
export type ProcedureIndexResult =
  | { readonly notModified: true }
  | { readonly notModified: false; readonly index: ProcedureIndex; readonly etag: string | undefined };

/** A file to upload: a `File`, or any `Blob` with an optional name. */
export type UploadableFile = Blob & { readonly name?: string };

export interface UploadProgress {
  /** Bytes sent so far. */
  readonly loaded: number;
  /** Bytes to send in all (the request body), when known. */
  readonly total: number | undefined;
}

export interface UploadOptions extends CallOptions {
  /** Called as the bytes go out; at least once, with `loaded === total`, before the promise resolves. */
  onProgress?: (progress: UploadProgress) => void;
}

export interface DossierEventHandlers {
  /** One status change, in order, each once (ids at or below `lastEventId` are not delivered). */
  onEvent: (event: DossierEvent) => void;
  /**
   * The stream failed. `willRetry` is true while the adapter keeps reconnecting by itself (a dropped
   * connection), false once it gave up (e.g. the verification was refused); the caller may then fall
   * back to polling `getDossier`.
   */
  onError?: (error: BackendError, state: { readonly willRetry: boolean }) => void;
  /** The id of the last event the caller has seen; the stream resumes after it. */
  lastEventId?: string;
}

/** One error of a form validator, as Ajv reports it (`instancePath` is a JSON Pointer into the data). */
export interface FormValidationError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly schemaPath: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Ajv's params differ per keyword
  readonly params: Record<string, any>;
  readonly message?: string;
}

/** An Ajv validate function: true for valid data; false with `errors` set. Must not use `eval`. */
export interface FormValidateFunction {
  (data: unknown): boolean;
  errors?: readonly FormValidationError[] | null;
}

/**
 * A form version's precompiled validators (`getFormValidators`): `validate` checks the whole form's
 * data exactly as `<dvc-service-form>` would with Ajv compiled in the page (same dialect, `allErrors`,
 * the form's formats), so its errors are the same.
 */
export interface FormValidators {
  readonly validate: FormValidateFunction;
}

/** Stops a subscription; calling it twice is harmless. */
export type Unsubscribe = () => void;

/**
 * Everything a dvc-elements component asks of a backend: one method per operation of the contract
 * (`contract/openapi.yaml`) that a component uses. `RestBackend` implements it over HTTP for any
 * server that exposes the contract's paths; an agency whose one-stop system has another API writes an
 * adapter that implements this interface in the browser.
 *
 * What every implementation must honour:
 * - Reject only with `BackendError` (`kind`, `status`, `problem` with `errors` as JSON Pointers into
 *   the request body for validation failures) so components can show `error.messageKey` and mark fields.
 * - Honour `options.signal`: stop the work and reject with kind `aborted` when it fires.
 * - Return data shaped exactly like the contract's schemas (codes as text, money as integer VND,
 *   calendar dates as `YYYY-MM-DD` in Asia/Ho_Chi_Minh, instants as ISO 8601 with an offset).
 * - Creating calls (`submitDossier`, `submitSupplement`, `createPayment`) take an `idempotencyKey`: the
 *   same key must never create a second dossier, supplement or payment, however often it is retried.
 * - Never log or persist `verification` values or tokens; they open a citizen's dossier.
 * - Retrying is the adapter's business (only for safe or idempotent calls); components do not retry
 *   by themselves except when the user presses "Thử lại".
 */
export interface DvcBackend {
  /** `GET /procedures` — one page of search results with facet counts. */
  searchProcedures(query: ProcedureQuery, options?: CallOptions): Promise<SearchResult>;

  /**
   * `GET /procedures/index` — the compact index of the whole catalogue for client-side search.
   * With `etag`, a current index answers `{ notModified: true }` without a body.
   */
  getProcedureIndex(options?: ProcedureIndexOptions): Promise<ProcedureIndexResult>;

  /** `GET /procedures/{code}` — everything a procedure page must show. The code is opaque text. */
  getProcedure(code: string, options?: CallOptions): Promise<ProcedureDetail>;

  /** `GET /procedures/{code}/form` — the application form, latest or the given version. */
  getFormDefinition(code: string, version?: string, options?: CallOptions): Promise<FormDefinition>;

  /**
   * `GET /procedures/{code}/form/versions/{version}/validator.js` — the precompiled validators of one form
   * version, for pages whose Content-Security-Policy forbids `eval` (no `unsafe-eval`), where the form
   * cannot compile its schema with Ajv: with `precompiled-validators` on, `<dvc-service-form>` asks for
   * these instead. Optional: without it (or with kind `http` status 404) such a form shows an error
   * state rather than compiling. `RestBackend` imports the server's ES module; another adapter may
   * import its own module (Ajv standalone code of the same schema) or return functions it bundled.
   */
  getFormValidators?(code: string, version: string, options?: CallOptions): Promise<FormValidators>;

  /** `GET /me/profile` — the signed-in applicant's profile for prefill; kind `http` status 401 when nobody is signed in. */
  getProfile(options?: CallOptions): Promise<Profile>;

  /** `GET /admin-units` — the provinces, or the communes of province `parent`; sorted by name. */
  listAdminUnits(parent?: string, options?: CallOptions): Promise<AdminUnit[]>;

  /**
   * `POST /uploads` — stream one attachment (multipart field `file`), reporting progress. The file is
   * never read into memory as base64. Not retried automatically (there is no idempotency key).
   */
  uploadFile(file: UploadableFile, options?: UploadOptions): Promise<Upload>;

  /** `GET /uploads/limits` — the server's own limits on attachments. */
  getUploadLimits(options?: CallOptions): Promise<UploadLimits>;

  /** `POST /dossiers` — submit an application; resolves with the receipt (also for a replay of the same key). */
  submitDossier(submission: DossierSubmission, idempotencyKey: string, options?: CallOptions): Promise<Receipt>;

  /** `GET /dossiers/{code}` — look a dossier up with the lookup secret or the applicant's mobile number. */
  getDossier(code: string, verification: string, options?: CallOptions): Promise<Dossier>;

  /**
   * `GET /dossiers/{code}/events` — live status changes. Returns a function that closes the stream.
   * Must not throw: failures go to `onError`.
   */
  subscribeDossierEvents(code: string, verification: string, handlers: DossierEventHandlers): Unsubscribe;

  /** `GET /dossiers/{code}/fees` — the itemised fees of a dossier and what has been paid. */
  getFees(code: string, verification: string, options?: CallOptions): Promise<FeeStatement>;

  /** `POST /dossiers/{code}/supplements` — hand in the documents asked for (status 5); resolves with the dossier. */
  submitSupplement(
    code: string, verification: string, supplement: SupplementSubmission, idempotencyKey: string, options?: CallOptions,
  ): Promise<Dossier>;

  /**
   * The address of the result document (`GET /dossiers/{code}/result`) for a link or `window.open`.
   * The verification travels in the query because a link cannot send headers: do not put such a URL
   * where it is logged or shared.
   */
  resultUrl(code: string, verification: string): string;

  /** `PUT /dossiers/{code}/rating` — rate a finished dossier; a second rating replaces the first. */
  rateDossier(code: string, verification: string, rating: Rating, options?: CallOptions): Promise<Rating>;

  /**
   * `POST /payments` — start paying a dossier's outstanding fees (the amount comes from the server).
   * One idempotency key per payment attempt.
   */
  createPayment(
    request: PaymentRequest, idempotencyKey: string, verification?: string, options?: CallOptions,
  ): Promise<Payment>;

  /** `GET /payments/{id}` — a payment's status as confirmed by the server with the provider. */
  getPayment(id: string, verification?: string, options?: CallOptions): Promise<Payment>;
}
