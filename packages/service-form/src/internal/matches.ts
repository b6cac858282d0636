// A small, synchronous JSON Schema evaluator for conditions (`if`, dependentSchemas, picking the
// oneOf/anyOf alternative that fits the data). It covers the keywords conditions use in practice and
// needs no compilation, so visibility can be decided on every keystroke without Ajv. Full validation
// is Ajv's job (validation.ts).
import type { JsonSchema } from './types.js';

export type RefResolver = (ref: string) => JsonSchema | undefined;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, value: unknown): boolean {
  const actual = typeOf(value);
  return expected === actual || (expected === 'number' && actual === 'integer');
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether `value` satisfies `schema` (`undefined` never satisfies a schema with constraints on a present value). */
export function matches(schema: JsonSchema | boolean | undefined, value: unknown, resolve: RefResolver, depth = 0): boolean {
  if (schema === undefined || schema === true) return true;
  if (schema === false) return false;
  if (depth > 32) return false;
  if (schema.$ref) {
    const target = resolve(schema.$ref);
    if (target && !matches(target, value, resolve, depth + 1)) return false;
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeMatches(t, value))) return false;
  }
  if ('const' in schema && !deepEqual(schema.const, value)) return false;
  if (schema.enum && !schema.enum.some((e) => deepEqual(e, value))) return false;
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return false;
    if (schema.maximum !== undefined && value > schema.maximum) return false;
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return false;
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return false;
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && [...value].length < schema.minLength) return false;
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) return false;
    if (schema.pattern !== undefined) {
      try {
        if (!new RegExp(schema.pattern, 'u').test(value)) return false;
      } catch {
        return false;
      }
    }
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (obj[name] === undefined) return false;
    for (const [name, sub] of Object.entries(schema.properties ?? {})) {
      if (obj[name] !== undefined && !matches(sub, obj[name], resolve, depth + 1)) return false;
    }
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return false;
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return false;
    if (schema.items && !Array.isArray(schema.items)) {
      const items = schema.items;
      if (!value.every((v) => matches(items, v, resolve, depth + 1))) return false;
    }
  }
  if (schema.allOf && !schema.allOf.every((s) => matches(s, value, resolve, depth + 1))) return false;
  if (schema.anyOf && !schema.anyOf.some((s) => matches(s, value, resolve, depth + 1))) return false;
  if (schema.oneOf && schema.oneOf.filter((s) => matches(s, value, resolve, depth + 1)).length !== 1) return false;
  if (schema.not && matches(schema.not, value, resolve, depth + 1)) return false;
  if (schema.if) {
    const branch = matches(schema.if, value, resolve, depth + 1) ? schema.then : schema.else;
    if (branch && !matches(branch, value, resolve, depth + 1)) return false;
  }
  return true;
}
