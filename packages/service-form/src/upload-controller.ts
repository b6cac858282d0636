import { isBackendError, type DvcBackend, type FormDefinition, type MessageParams } from '@dvc/core';
import type { ReactiveControllerHost } from 'lit';
import { formatBytes, typeAllowed, typeNames } from './internal/files.js';
import type { FieldNode, UploadState } from './internal/types.js';
import type { FieldIssue } from './internal/validation.js';

/** What the upload controller asks of the form and tells it. */
export interface UploadSink {
  msg(key: string, params?: MessageParams): string;
  backend(): DvcBackend | undefined;
  /** The definition's limits, used where the UI schema gives none. */
  limits(): Pick<FormDefinition, 'acceptedTypes' | 'maxUploadBytes'> | undefined;
  /** The field at a pointer as rendered now: its node and the part that renders it. */
  field(pointer: string): { node: FieldNode; part: string } | undefined;
  /** Re-renders one part (the file field alone). */
  refresh(part: string): void;
  /** Sets the field's value: the upload id, or nothing while it uploads. */
  value(pointer: string, value: string | undefined): void;
  /** The form's field messages and the fields checked live (a refused file is both). */
  readonly errors: Map<string, FieldIssue>;
  readonly live: Set<string>;
  /** Says something in the polite live region. */
  announce(text: string): void;
  /** The answers changed: the draft is saved soon. */
  changed(): void;
}

/**
 * The form's attachments: type and size checked first, then streamed to `backend.uploadFile` with
 * progress (re-rendering the file field alone, at most every 50 ms), cancel and retry. A field's value
 * is its upload id, never the file.
 */
export class UploadController {
  /** Each file field's upload, by pointer. */
  readonly uploads = new Map<string, UploadState>();
  /** Why a chosen file was refused (type or size), by pointer: the field's message instead of the catalogue's. */
  readonly problems = new Map<string, string>();
  readonly #host: ReactiveControllerHost;
  readonly #sink: UploadSink;

  constructor(host: ReactiveControllerHost, sink: UploadSink) {
    this.#host = host;
    this.#sink = sink;
  }

  /** The accepted types: the UI schema's `accept`, else the definition's. */
  accept(node: FieldNode): string[] {
    return node.ui.accept ?? this.#sink.limits()?.acceptedTypes ?? [];
  }

  /** The largest file: the UI schema's `maxBytes`, else the definition's. */
  maxBytes(node: FieldNode): number | undefined {
    return node.ui.maxBytes ?? this.#sink.limits()?.maxUploadBytes;
  }

  /** Checks size and type, then streams the file to the backend with progress; the value becomes the upload id. */
  async upload(pointer: string, file: Blob & { name?: string }): Promise<void> {
    const sink = this.#sink;
    const info = sink.field(pointer);
    if (!info) return;
    const node = info.node;
    const name = file.name ?? 'tệp';
    const accept = this.accept(node);
    const max = this.maxBytes(node);
    const part = () => sink.refresh(info.part);
    this.uploads.get(pointer)?.controller?.abort();
    let problem: string | undefined;
    if (!typeAllowed(file, accept)) problem = sink.msg('serviceForm.file.wrongType', { name, types: typeNames(accept) });
    else if (max !== undefined && file.size > max) problem = sink.msg('serviceForm.file.tooLarge', { name, size: formatBytes(max) });
    if (problem) {
      this.uploads.delete(pointer);
      sink.errors.set(pointer, { pointer, key: 'validation.invalid', params: {} });
      this.problems.set(pointer, problem);
      sink.live.add(pointer);
      part();
      return;
    }
    this.problems.delete(pointer);
    sink.errors.delete(pointer);
    const backend = sink.backend();
    if (!backend) {
      this.uploads.set(pointer, { status: 'error', name, size: file.size, loaded: 0, file, message: sink.msg('config.noBackend') });
      part();
      return;
    }
    const controller = new AbortController();
    const state: UploadState = { status: 'uploading', name, size: file.size, loaded: 0, file, controller };
    this.uploads.set(pointer, state);
    sink.value(pointer, undefined);
    part();
    let lastPaint = 0;
    try {
      const upload = await backend.uploadFile(file, {
        signal: controller.signal,
        onProgress: ({ loaded, total }) => {
          state.loaded = total ? Math.round((loaded / total) * file.size) : loaded;
          const now = performance.now();
          if (now - lastPaint > 50 || loaded === total) {
            lastPaint = now;
            part();
          }
        },
      });
      if (this.uploads.get(pointer) !== state) return;
      Object.assign(state, { status: 'done', id: upload.id, loaded: file.size, controller: undefined, file: undefined });
      sink.value(pointer, upload.id);
      sink.errors.delete(pointer);
      sink.announce(sink.msg('serviceForm.file.uploaded', { name, size: formatBytes(file.size) }));
      sink.changed();
    } catch (error) {
      if (this.uploads.get(pointer) !== state) return;
      const e = isBackendError(error) ? error : undefined;
      if (e?.kind === 'aborted') {
        this.uploads.delete(pointer);
        sink.announce(sink.msg('serviceForm.file.cancelled', { name }));
      } else {
        Object.assign(state, {
          status: 'error', controller: undefined,
          message: sink.msg('serviceForm.file.failed', { name, reason: sink.msg(e?.messageKey ?? 'error.unknown') }),
        });
      }
    }
    this.#host.requestUpdate();
    part();
  }
}
