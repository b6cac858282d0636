// Ajv errors → contract FieldErrors: a JSON Pointer to the offending value and the Ajv keyword as a
// stable message key (the client renders its own words; `message` is only a fallback).
import type { ErrorObject } from 'ajv';
import type { FieldError } from '@dvc/core';

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

export function toFieldErrors(errors: readonly ErrorObject[] | null | undefined, prefix: string): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    // `if`/`then` and combinator wrappers repeat what their branches already said
    if (e.keyword === 'if' || e.keyword === 'allOf' || e.keyword === '$ref') continue;
    let pointer = prefix + e.instancePath;
    let params: Record<string, unknown> = { ...e.params };
    if (e.keyword === 'required') pointer += `/${escape(String(e.params.missingProperty))}`;
    if (e.keyword === 'additionalProperties') {
      pointer += `/${escape(String(e.params.additionalProperty))}`;
    }
    if (e.keyword === 'unevaluatedProperties') pointer += `/${escape(String(e.params.unevaluatedProperty))}`;
    if (e.keyword === 'errorMessage') params = {};
    const key = `${pointer}|${e.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ pointer, code: e.keyword, message: e.message ?? e.keyword, params });
  }
  return out;
}
