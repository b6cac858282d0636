// Synchronous validation with Ajv compiled in the page, for code that imports the compiler itself
// (the package's `validateAll` export, tests). The form does not import this: it loads the compiler
// chunk on first use (validation.ts).
import { formValidator, leafValidator } from './compiler.js';
import type { FormModel } from './model.js';
import type { FieldNode } from './types.js';
import { toIssues, type FieldIssue } from './validation.js';

export { formValidator };

/** Checks one scalar value against its field's schema; `undefined` (empty) values are the caller's business (required). */
export function validateLeaf(model: FormModel, node: FieldNode, pointer: string, value: unknown): FieldIssue | undefined {
  if (value === undefined || value === '') return undefined;
  const validate = leafValidator(model, node);
  return validate(value) ? undefined : toIssues(validate.errors, pointer)[0];
}

/** Validates the whole (pruned) data: at most one issue per pointer, in document order. */
export function validateAll(model: FormModel, data: unknown, versionKey?: string): FieldIssue[] {
  const validate = formValidator(model, versionKey);
  return validate(data) ? [] : toIssues(validate.errors, '');
}
