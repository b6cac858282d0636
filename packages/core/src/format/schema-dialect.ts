// The JSON Schema dialects a form definition may declare, shared by the form (which compiles it) and
// the reference server (which precompiles its validators), so both accept exactly the same schemas.

export type SchemaDialect = '2020-12' | 'draft-07';

const DIALECTS: Record<string, SchemaDialect> = {
  'https://json-schema.org/draft/2020-12/schema': '2020-12',
  'http://json-schema.org/draft-07/schema': 'draft-07',
  'http://json-schema.org/draft-07/schema#': 'draft-07',
  'https://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft-07/schema#': 'draft-07',
};

/** The dialect `$schema` names (2020-12 when there is none); undefined for a dialect we do not support. */
export function schemaDialect($schema: unknown): SchemaDialect | undefined {
  if ($schema === undefined) return '2020-12';
  return DIALECTS[String($schema).replace(/\/$/, '')] ?? DIALECTS[String($schema)];
}
