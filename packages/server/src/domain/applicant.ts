// Who applied, read from the form data through the UI schema's prefill hints (the same pointers that
// prefill `fullName`/`phone` hold the applicant's own answers), with a fallback on common field names.
import type { FormDefinition } from '@dvc/core';

function at(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function byPrefill(form: FormDefinition, data: unknown, prefill: string): string | undefined {
  const fields = (form.uiSchema?.fields ?? {}) as Record<string, { prefill?: string }>;
  for (const [pointer, hints] of Object.entries(fields)) {
    if (hints?.prefill === prefill) {
      const value = at(data, pointer);
      if (typeof value === 'string' && value.trim()) return value.trim();
    }
  }
  return undefined;
}

function byName(data: unknown, names: readonly string[], depth = 0): string | undefined {
  if (depth > 4 || data === null || typeof data !== 'object') return undefined;
  for (const [key, value] of Object.entries(data)) {
    if (names.includes(key) && typeof value === 'string' && value.trim()) return value.trim();
  }
  for (const value of Object.values(data)) {
    const found = byName(value, names, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function applicantOf(form: FormDefinition, data: unknown, contactPhone?: string) {
  return {
    name: byPrefill(form, data, 'fullName') ?? byName(data, ['hoTen', 'fullName', 'hoVaTen']),
    phone: contactPhone ?? byPrefill(form, data, 'phone') ?? byName(data, ['soDienThoai', 'dienThoai', 'phone']),
  };
}

/** "Nguyễn Văn An" → "Nguyễn V*** A": enough for the owner to recognise, little for anyone else. */
export function maskName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return `${[...parts[0]][0]}***`;
  const first = [...parts[parts.length - 1]][0];
  return [parts[0], ...parts.slice(1, -1).map((p) => `${[...p][0]}***`), first].join(' ');
}
