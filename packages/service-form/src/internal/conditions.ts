// Which fields show and which are required under the current answers, and what a change to them
// alters (no rendering; the form asks on render and on each input).
import { conditionSignature, locate, requiredKeys, selectedAlternative, visibleChildren, type FormModel } from './model.js';
import { childPointer, getAt, parentPointer, parsePointer } from './pointer.js';
import type { FieldNode } from './types.js';

/** Whether the field at a concrete pointer is shown (its conditional ancestors allow it). */
export function isVisible(model: FormModel, values: unknown, pointer: string): boolean {
  let node: FieldNode | undefined = model.root;
  let current = '';
  for (const token of parsePointer(pointer)) {
    if (!node) return false;
    if (node.kind === 'object') {
      const value = getAt(values, current);
      if (node.conditionalKeys.has(token) && !visibleChildren(node, value).some((c) => c.key === token)) return false;
    }
    node = locate(model, childPointer(current, token))?.node;
    current = childPointer(current, token);
  }
  return node !== undefined;
}

/** Whether the field at a concrete pointer is required now (its parent's conditions apply). */
export function isRequired(model: FormModel, values: unknown, pointer: string): boolean {
  if (pointer === '') return true;
  const parent = locate(model, parentPointer(pointer))?.node;
  if (!parent) return false;
  const key = parsePointer(pointer).at(-1)!;
  if (parent.kind === 'array') return true;
  if (parent.kind !== 'object') return parent.required;
  return requiredKeys(parent, getAt(values, parentPointer(pointer))).has(key);
}

/** What conditions under the pointer's ancestors currently show/require: a change means a full render. */
export function signatures(model: FormModel, values: unknown, choices: ReadonlyMap<string, number>, pointer: string): string {
  let node: FieldNode | undefined = model.root;
  let current = '';
  let out = '';
  for (const token of parsePointer(pointer)) {
    if (!node) break;
    if (node.kind === 'object' && node.watches.has(token)) out += conditionSignature(node, getAt(values, current)) + ';';
    if (node.kind === 'choice') {
      node = node.alternatives?.[selectedAlternative(node, getAt(values, current), model.resolve, choices.get(current))] ?? node;
      if (node.kind === 'object' && node.watches.has(token)) out += conditionSignature(node, getAt(values, current)) + ';';
    }
    current = childPointer(current, token);
    node = locate(model, current)?.node;
  }
  return out;
}
