// The storage boundary. Routes and services only ever see `Store`; SQLite is one implementation and a
// PostgreSQL one can be added without touching them (see README). Every method that writes more than
// one row is atomic: operations that need a read-check-write take a *pure, synchronous* callback the
// store runs inside its transaction (so an implementation can hold row locks around it) and throwing
// from the callback rolls everything back.
import type {
  Address, Agency, CodeName, Contact, Fee, FormDefinition, HistoryEntry, PaymentMethod, PaymentStatus,
  ProcedureDetail, Profile, AdminUnit, Rating, ResultChannel, StatusCode, Upload,
} from '@dvc/core';
import type { DossierEventBus } from '../events/bus.js';

export interface CatalogueData {
  fields: CodeName[];
  levels: CodeName[];
  agencies: Agency[];
  procedures: ProcedureDetail[];
}

export interface Catalogue extends CatalogueData {
  /** Changes whenever the catalogue is replaced; caches key on it. */
  revision: number;
}

export interface UploadRecord extends Upload {
  /** Storage key of the content (a file name under the upload dir for the reference server). */
  storageKey: string;
}

export interface DossierRecord {
  code: string;
  procedureCode: string;
  procedureName: string;
  agencyName?: string;
  formVersion: string;
  data: Record<string, unknown>;
  attachments: string[];
  resultChannel: ResultChannel;
  deliveryAddress?: Address;
  contact?: Contact;
  applicantName?: string;
  applicantPhone?: string;
  lookupSecret: string;
  status: StatusCode;
  receivedAt: string;
  /** Current appointment (moved by an apology, form 04). */
  appointmentDate: string;
  /** The appointment on the receipt, the one on-time is judged against. */
  originalAppointmentDate: string;
  finishedAt?: string;
  deliveredAt?: string;
  fees: Fee[];
  paid: number;
  paymentMethods: PaymentMethod[];
  supplementRequest?: { reason: string; requestedAt: string };
  supplementCount: number;
  /** Working days spent waiting for the citizen's supplements (clock paused). */
  pausedWorkingDays: number;
  rating?: Rating;
  updatedAt: string;
}

/** One step of a dossier: both its history entry and its SSE event (same id). */
export interface DossierEventRecord extends HistoryEntry {
  dossierCode: string;
}
export type NewDossierEvent = Omit<DossierEventRecord, 'id' | 'dossierCode'>;

export interface PaymentRecord {
  id: string;
  dossierCode: string;
  amount: number;
  method: PaymentMethod;
  provider: string;
  providerRef?: string;
  status: PaymentStatus;
  nextUrl?: string;
  returnUrl?: string;
  vietqr?: { payload: string; bankBin: string; accountNumber: string; accountName: string; purpose?: string };
  failureReason?: string;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
}

export interface IdempotencyInput {
  /** e.g. `dossier`, `payment`, `supplement:<code>`: a key is unique within its scope. */
  scope: string;
  key: string;
  /** Hash of the canonical request body. */
  requestHash: string;
}

export type IdempotentResult<T> =
  | { kind: 'created'; value: T }
  | { kind: 'replayed'; value: T }
  | { kind: 'key-reused' };

/** What a dossier mutation returns: the new state and the step to record (null = nothing to record). */
export interface DossierChange {
  dossier: DossierRecord;
  event: NewDossierEvent | null;
}

export interface Store {
  readonly events: DossierEventBus;

  // catalogue
  replaceCatalogue(data: CatalogueData): Promise<void>;
  getCatalogue(): Promise<Catalogue>;
  catalogueRevision(): Promise<number>;
  getProcedure(code: string): Promise<ProcedureDetail | undefined>;

  // forms
  putFormDefinitions(defs: FormDefinition[]): Promise<void>;
  /** The given version, or the latest (most recently updated) without one. */
  getFormDefinition(procedureCode: string, version?: string): Promise<FormDefinition | undefined>;
  listFormProcedureCodes(): Promise<string[]>;

  // administrative units
  putAdminUnits(units: AdminUnit[]): Promise<void>;
  getAdminUnit(code: string): Promise<AdminUnit | undefined>;
  listAdminUnits(parentCode?: string): Promise<AdminUnit[]>;

  // profiles (stand-in for the host site's identity provider)
  putProfiles(byToken: Record<string, Profile>): Promise<void>;
  getProfileByToken(token: string): Promise<Profile | undefined>;

  // uploads
  createUpload(upload: UploadRecord): Promise<void>;
  getUpload(id: string): Promise<UploadRecord | undefined>;

  // dossiers
  /**
   * Creates a dossier under an idempotency key in one transaction: allocates the day's sequence number
   * for `<codePrefix>-<dayKey>-NNNN`, calls `build(code)`, stores dossier + first event + the key with
   * `respond(...)`'s value, which later replays return verbatim.
   */
  createDossier<R>(input: {
    idempotency: IdempotencyInput;
    codePrefix: string;
    dayKey: string;
    build: (code: string) => { dossier: DossierRecord; event: NewDossierEvent };
    respond: (dossier: DossierRecord) => R;
  }): Promise<IdempotentResult<R>>;
  getDossier(code: string): Promise<DossierRecord | undefined>;
  listDossiers(filter: { status?: StatusCode; limit: number }): Promise<DossierRecord[]>;
  getDossierEvents(code: string, afterId?: number): Promise<DossierEventRecord[]>;
  /**
   * Read-modify-write of one dossier in a transaction. `apply` may throw to abort. With `idempotency`,
   * a repeated key returns `replayed` without calling `apply`.
   */
  mutateDossier(
    code: string,
    apply: (dossier: DossierRecord) => DossierChange,
    idempotency?: IdempotencyInput,
  ): Promise<IdempotentResult<{ dossier: DossierRecord; event: DossierEventRecord | null }>>;

  // payments
  /** `build` sees the dossier and its payments inside the transaction and may throw (nothing due…). */
  createPayment(input: {
    idempotency: IdempotencyInput;
    dossierCode: string;
    build: (dossier: DossierRecord, payments: PaymentRecord[]) => PaymentRecord;
  }): Promise<IdempotentResult<PaymentRecord>>;
  getPayment(id: string): Promise<PaymentRecord | undefined>;
  findPaymentByProviderRef(provider: string, providerRef: string): Promise<PaymentRecord | undefined>;
  listPayments(dossierCode: string): Promise<PaymentRecord[]>;
  /**
   * Updates a payment that is not final yet (final ones are returned unchanged, so repeated callbacks
   * are harmless); on the move to `success`, `onSuccess` updates the dossier in the same transaction.
   */
  updatePayment(
    id: string,
    patch: Partial<Pick<PaymentRecord, 'status' | 'providerRef' | 'nextUrl' | 'failureReason'>> & { updatedAt: string },
    onSuccess?: (dossier: DossierRecord, payment: PaymentRecord) => DossierChange,
  ): Promise<{ payment: PaymentRecord; changed: boolean } | undefined>;

  // a payment provider's own state (the sandbox gateway keeps its book here)
  putProviderRecord(provider: string, ref: string, data: unknown): Promise<void>;
  getProviderRecord<T>(provider: string, ref: string): Promise<T | undefined>;

  close(): Promise<void>;
}

export const FINAL_PAYMENT_STATUSES: ReadonlySet<PaymentStatus> = new Set(['success', 'failed', 'cancelled', 'error', 'expired']);
