// What the widget templates read from the form. The form builds one context and keeps it; the maps are
// the form's own (never replaced), so a template reads the current state without copies.
import type { DvcBackend, MessageParams } from '@dvc/core';
import type { FieldNode } from '../internal/types.js';
import type { UploadController } from '../upload-controller.js';
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
  readonly prefilled: ReadonlySet<string>;
  /** The attachments: uploads, refusals, limits; `upload()` sends a file. */
  readonly uploader: Pick<UploadController, 'uploads' | 'problems' | 'accept' | 'maxBytes' | 'upload'>;
}

/** What the group, choice and array templates read besides: they render their children through the form. */
export interface TreeContext extends FieldContext {
  /** The heading of the page being rendered: a group with the same name keeps its legend for screen readers only. */
  pageTitle: string;
  /** Renders any node (the form registers the leaves it renders). */
  node(node: FieldNode, pointer: string, required: boolean, label?: string): unknown;
  /** The chosen alternative of a choice (-1: none yet). */
  selected(node: FieldNode, pointer: string): number;
  /** Stable keys of a list's items (so `repeat` moves their DOM with them). */
  keys(pointer: string, length: number): number[];
  /** Adds, removes or moves an item. */
  arrayOp(pointer: string, node: FieldNode, op: 'add' | 'remove' | 'up' | 'down', index?: number): void;
  language(): string;
}
