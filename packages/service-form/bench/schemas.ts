// The schemas the form bench runs: a generated 200-field application and the real birth registration.
import { formDefinitions } from '../../server/src/seed/forms/index.js';
import type { JsonSchema, UiSchema } from '../src/internal/types.js';

export interface BenchSchema {
  name: string;
  schema: JsonSchema;
  /** For our form: the UI schema without steps (every library renders every field at once). */
  uiSchema: UiSchema;
  fields: number;
  /** A text field to type into (JSON Pointer), made invalid first so that it validates live. */
  typePointer: string;
  /** The last field: when it is in the DOM, every field is. */
  lastPointer: string;
}

/** 20 groups of 10 fields: texts with lengths, emails, dates, integers with ranges, enums; half required. */
export function generatedSchema(groups = 20, perGroup = 10): BenchSchema {
  const properties: Record<string, JsonSchema> = {};
  for (let g = 0; g < groups; g++) {
    const props: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (let f = 0; f < perGroup; f++) {
      const key = `f${f}`;
      const title = `Trường ${g + 1}.${f + 1}`;
      switch (f % 5) {
        case 0: props[key] = { type: 'string', title, minLength: 5, maxLength: 100 }; break;
        case 1: props[key] = { type: 'string', title, format: 'email' }; break;
        case 2: props[key] = { type: 'string', title, format: 'date' }; break;
        case 3: props[key] = { type: 'integer', title, minimum: 0, maximum: 1000 }; break;
        default: props[key] = { type: 'string', title, enum: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] };
      }
      if (f % 2 === 0) required.push(key);
    }
    properties[`g${g}`] = { type: 'object', title: `Nhóm ${g + 1}`, properties: props, required };
  }
  return {
    name: `generated ${groups * perGroup} fields`,
    schema: { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', title: 'Biểu mẫu thử', properties, required: Object.keys(properties) },
    uiSchema: {},
    fields: groups * perGroup,
    typePointer: '/g0/f0',
    lastPointer: `/g${groups - 1}/f${perGroup - 2}`,
  };
}

/** The birth registration form (1.001193) as the reference server serves it, all steps on one page. */
export function birthRegistration(): BenchSchema {
  const form = formDefinitions.find((f) => f.procedureCode === '1.001193')!;
  const ui = structuredClone(form.uiSchema ?? {}) as UiSchema;
  delete ui.steps;
  return { name: 'birth registration (1.001193)', schema: form.schema as JsonSchema, uiSchema: ui, fields: 57, typePointer: '/treEm/hoTen', lastPointer: '/soBanSao' };
}
