import type {
  CallOptions, DossierEventHandlers, DvcBackend, ProcedureIndexOptions, ProcedureIndexResult, Unsubscribe,
  UploadableFile, UploadOptions,
} from '../backend/backend.js';
import type {
  AdminUnit, Dossier, DossierSubmission, FeeStatement, FormDefinition, Payment, PaymentRequest, ProcedureDetail,
  ProcedureQuery, Profile, Rating, Receipt, SearchResult, SupplementSubmission, Upload, UploadLimits,
} from '../contract/index.js';

/** The name of a `DvcBackend` method. */
export type BackendMethod = keyof DvcBackend;

/** One recorded call: the method and its arguments. */
export interface RecordedCall<M extends BackendMethod = BackendMethod> {
  readonly method: M;
  readonly args: Parameters<DvcBackend[M]>;
}

/**
 * A `DvcBackend` that records every call and passes it on to a real backend (e.g. a `RestBackend`
 * against the reference server). Tests inject it through the public `.backend` property and assert
 * on `calls('createPayment')` instead of stubbing `fetch`.
 */
export class RecordingBackend implements DvcBackend {
  readonly #inner: DvcBackend;
  readonly #calls: RecordedCall[] = [];

  constructor(inner: DvcBackend) {
    this.#inner = inner;
  }

  /** The recorded calls of one method (or of all), oldest first. */
  calls<M extends BackendMethod>(method?: M): RecordedCall<M>[] {
    return this.#calls.filter((call): call is RecordedCall<M> => method === undefined || call.method === method);
  }

  /** Forgets the recorded calls. */
  clear(): void {
    this.#calls.length = 0;
  }

  #record<M extends BackendMethod>(method: M, args: Parameters<DvcBackend[M]>): void {
    this.#calls.push({ method, args } as RecordedCall);
  }

  searchProcedures(query: ProcedureQuery, options?: CallOptions): Promise<SearchResult> {
    this.#record('searchProcedures', [query, options]);
    return this.#inner.searchProcedures(query, options);
  }

  getProcedureIndex(options?: ProcedureIndexOptions): Promise<ProcedureIndexResult> {
    this.#record('getProcedureIndex', [options]);
    return this.#inner.getProcedureIndex(options);
  }

  getProcedure(code: string, options?: CallOptions): Promise<ProcedureDetail> {
    this.#record('getProcedure', [code, options]);
    return this.#inner.getProcedure(code, options);
  }

  getFormDefinition(code: string, version?: string, options?: CallOptions): Promise<FormDefinition> {
    this.#record('getFormDefinition', [code, version, options]);
    return this.#inner.getFormDefinition(code, version, options);
  }

  getProfile(options?: CallOptions): Promise<Profile> {
    this.#record('getProfile', [options]);
    return this.#inner.getProfile(options);
  }

  listAdminUnits(parent?: string, options?: CallOptions): Promise<AdminUnit[]> {
    this.#record('listAdminUnits', [parent, options]);
    return this.#inner.listAdminUnits(parent, options);
  }

  uploadFile(file: UploadableFile, options?: UploadOptions): Promise<Upload> {
    this.#record('uploadFile', [file, options]);
    return this.#inner.uploadFile(file, options);
  }

  getUploadLimits(options?: CallOptions): Promise<UploadLimits> {
    this.#record('getUploadLimits', [options]);
    return this.#inner.getUploadLimits(options);
  }

  submitDossier(submission: DossierSubmission, idempotencyKey: string, options?: CallOptions): Promise<Receipt> {
    this.#record('submitDossier', [submission, idempotencyKey, options]);
    return this.#inner.submitDossier(submission, idempotencyKey, options);
  }

  getDossier(code: string, verification: string, options?: CallOptions): Promise<Dossier> {
    this.#record('getDossier', [code, verification, options]);
    return this.#inner.getDossier(code, verification, options);
  }

  subscribeDossierEvents(code: string, verification: string, handlers: DossierEventHandlers): Unsubscribe {
    this.#record('subscribeDossierEvents', [code, verification, handlers]);
    return this.#inner.subscribeDossierEvents(code, verification, handlers);
  }

  getFees(code: string, verification: string, options?: CallOptions): Promise<FeeStatement> {
    this.#record('getFees', [code, verification, options]);
    return this.#inner.getFees(code, verification, options);
  }

  submitSupplement(
    code: string, verification: string, supplement: SupplementSubmission, idempotencyKey: string, options?: CallOptions,
  ): Promise<Dossier> {
    this.#record('submitSupplement', [code, verification, supplement, idempotencyKey, options]);
    return this.#inner.submitSupplement(code, verification, supplement, idempotencyKey, options);
  }

  resultUrl(code: string, verification: string): string {
    this.#record('resultUrl', [code, verification]);
    return this.#inner.resultUrl(code, verification);
  }

  rateDossier(code: string, verification: string, rating: Rating, options?: CallOptions): Promise<Rating> {
    this.#record('rateDossier', [code, verification, rating, options]);
    return this.#inner.rateDossier(code, verification, rating, options);
  }

  createPayment(request: PaymentRequest, idempotencyKey: string, verification?: string, options?: CallOptions): Promise<Payment> {
    this.#record('createPayment', [request, idempotencyKey, verification, options]);
    return this.#inner.createPayment(request, idempotencyKey, verification, options);
  }

  getPayment(id: string, verification?: string, options?: CallOptions): Promise<Payment> {
    this.#record('getPayment', [id, verification, options]);
    return this.#inner.getPayment(id, verification, options);
  }
}
