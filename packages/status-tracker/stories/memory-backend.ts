// A tiny in-memory DvcBackend for the stories: one dossier, changed by buttons in the story instead of
// an officer. It doubles as an example of an adapter (see core's README): the tracker uses only
// getDossier, subscribeDossierEvents, uploadFile, submitSupplement, resultUrl and rateDossier.
import { BackendError } from '@dvc/core';
import type { CallOptions, Dossier, DossierEvent, DossierEventHandlers, DvcBackend, Rating, StatusCode, SupplementSubmission, Upload, UploadOptions, UploadableFile } from '@dvc/core';

const unsupported = () => Promise.reject(new BackendError('not in the story backend', { kind: 'http', status: 404 }));

export interface MemoryBackendOptions {
  /** What getDossier does instead of answering: hang (loading), refuse (403), rate-limit (429), fail (offline). */
  readonly mode?: 'ok' | 'hang' | 'refuse' | 'rate-limit' | 'offline';
  readonly verification?: string;
}

export class MemoryBackend implements DvcBackend {
  #dossier: Dossier;
  readonly #options: MemoryBackendOptions;
  readonly #listeners = new Set<DossierEventHandlers>();

  constructor(dossier: Dossier, options: MemoryBackendOptions = {}) {
    this.#dossier = structuredClone(dossier);
    this.#options = options;
  }

  /** What an officer would do: move the dossier and tell the subscribers. */
  move(status: StatusCode, department: string, note?: string): void {
    const id = Math.max(0, ...this.#dossier.history.map((h) => h.id)) + 1;
    const at = new Date().toISOString();
    const event: DossierEvent = { id, dossierCode: this.#dossier.code, status, at, department, ...(note ? { note } : {}) };
    this.#dossier = {
      ...this.#dossier,
      status,
      history: [...this.#dossier.history, { id, status, at, department, ...(note ? { note } : {}) }],
      ...(status === 5 && note ? { supplementRequest: { reason: note, requestedAt: at } } : {}),
      resultAvailable: status === 9 || status === 10,
      onTime: status === 9 || status === 10 ? true : null,
    };
    for (const l of this.#listeners) l.onEvent(event);
  }

  async getDossier(code: string, verification: string, options?: CallOptions): Promise<Dossier> {
    switch (this.#options.mode) {
      case 'hang': return new Promise((_resolve, reject) => options?.signal?.addEventListener('abort', () => reject(new BackendError('aborted', { kind: 'aborted' }))));
      case 'refuse': throw new BackendError('HTTP 403', { kind: 'http', status: 403 });
      case 'rate-limit': throw new BackendError('HTTP 429', { kind: 'http', status: 429, retryAfter: 45 });
      case 'offline': throw new BackendError('offline', { kind: 'network' });
    }
    if (code !== this.#dossier.code || (this.#options.verification && verification !== this.#options.verification)) {
      throw new BackendError('HTTP 403', { kind: 'http', status: 403 });
    }
    return structuredClone(this.#dossier);
  }

  subscribeDossierEvents(_code: string, _verification: string, handlers: DossierEventHandlers) {
    this.#listeners.add(handlers);
    return () => void this.#listeners.delete(handlers);
  }

  async uploadFile(file: UploadableFile, options: UploadOptions = {}): Promise<Upload> {
    for (let sent = 0; sent < file.size; sent += Math.ceil(file.size / 5)) {
      options.onProgress?.({ loaded: sent, total: file.size });
      await new Promise((r) => setTimeout(r, 150));
    }
    options.onProgress?.({ loaded: file.size, total: file.size });
    return { id: crypto.randomUUID(), name: file.name ?? 'file', size: file.size, mediaType: file.type, sha256: '', createdAt: new Date().toISOString() };
  }

  async submitSupplement(_code: string, _verification: string, supplement: SupplementSubmission): Promise<Dossier> {
    this.move(4, 'Bộ phận tiếp nhận trực tuyến', supplement.note ?? 'Công dân đã bổ sung hồ sơ');
    const d = structuredClone(this.#dossier);
    delete d.supplementRequest;
    return d;
  }

  resultUrl(): string {
    return 'data:application/pdf;base64,JVBERi0xLjQKJSVFT0YK';
  }

  async rateDossier(_code: string, _verification: string, rating: Rating): Promise<Rating> {
    this.#dossier = { ...this.#dossier, rating };
    return rating;
  }

  searchProcedures = unsupported;
  getProcedureIndex = unsupported;
  getProcedure = unsupported;
  getFormDefinition = unsupported;
  getProfile = unsupported;
  listAdminUnits = unsupported;
  getUploadLimits = unsupported;
  submitDossier = unsupported;
  getFees = unsupported;
  createPayment = unsupported;
  getPayment = unsupported;
}
