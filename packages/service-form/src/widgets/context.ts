// What the widget templates read from the form. The form builds one context and keeps it; the maps are
// the form's own (never replaced), so a template reads the current state without copies.
import type { DvcBackend, MessageParams } from '@dvc/core';
import type { FieldNode, UploadState } from '../internal/types.js';
import type { FieldIssue } from '../internal/validation.js';

export interface FieldContext {
  /** Texts every field may show, looked up once per full render (a field re-rendering alone reuses them). */
  common: { optional: string; dateHint: string; select: string };
  msg(key: string, params?: MessageParams): string;
  /** The words of an issue, with the field's label. */
  message(issue: FieldIssue): string;
  /** The data at a pointer. */
  value(pointer: string): unknown;
  /** The submission's delivery address (outside the data). */
  delivery(): Record<string, unknown>;
  backend(): DvcBackend | undefined;
  requestUpdate(): void;
  readonly errors: ReadonlyMap<string, FieldIssue>;
  /** What text boxes hold as typed (the data has it parsed). */
  readonly typed: ReadonlyMap<string, string>;
  /** Why a chosen file was refused (its type or size), by pointer. */
  readonly problems: ReadonlyMap<string, string>;
  readonly prefilled: ReadonlySet<string>;
  readonly uploads: ReadonlyMap<string, UploadState>;
  accept(node: FieldNode): string[];
  maxBytes(node: FieldNode): number | undefined;
  /** Sends a file for the field at `pointer`. */
  upload(pointer: string, file: Blob & { name?: string }): void;
}
