// Shapes shared by the form's internals: JSON Schema (the subset the form reads), the UI schema
// (docs/ui-schema.md) and the field model built from both.

/** A JSON Schema object (draft 2020-12 or draft-07). Only the keywords the form reads are typed. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  type?: string | string[];
  title?: string;
  description?: string;
  default?: unknown;
  readOnly?: boolean;
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  dependentRequired?: Record<string, string[]>;
  dependentSchemas?: Record<string, JsonSchema>;
  /** draft-07: either form of `dependencies`. */
  dependencies?: Record<string, string[] | JsonSchema>;
  contentMediaType?: string;
  [keyword: string]: unknown;
}

export type WidgetName =
  | 'text' | 'textarea' | 'number' | 'radio' | 'select' | 'checkbox' | 'checkboxes' | 'date' | 'address' | 'file'
  | 'hidden';

/** UI hints for one field (docs/ui-schema.md). */
export interface UiField {
  widget?: WidgetName;
  order?: string[];
  help?: string;
  placeholder?: string;
  autocomplete?: string;
  inputmode?: string;
  prefill?: string;
  accept?: string[];
  maxBytes?: number;
  /** `false`: a property mentioned in an if/then/else branch stays visible (only its requirement is conditional). */
  conditional?: boolean;
  /** The label of one item of an array (default: the items' title, else the array's). */
  itemLabel?: string;
  /** Labels for `enum` values, keyed by the value as text. */
  enumLabels?: Record<string, string>;
}

export interface UiStep {
  id: string;
  title: string;
  description?: string;
  fields: string[];
}

export interface UiSchema {
  steps?: UiStep[];
  fields?: Record<string, UiField>;
}

export interface ChoiceOption {
  readonly value: unknown;
  readonly label: string;
}

/** One rule that makes some properties of an object visible and/or required. */
export interface ConditionalRule {
  /** The object value satisfies the rule's condition. */
  readonly test: (objectValue: Record<string, unknown>) => boolean;
  /** Properties shown (and possibly required) only while the condition holds. */
  readonly shows: ReadonlySet<string>;
  /** Properties required while the condition holds. */
  readonly requires: ReadonlySet<string>;
}

export type FieldKind = 'object' | 'array' | 'scalar' | 'choice';

/**
 * One field of the form. `path` is a pointer template: array items appear as `*`
 * (`/dongChuDauTu/*\/hoTen`); the concrete pointer of a rendered input replaces each `*` with an index.
 */
export interface FieldNode {
  readonly kind: FieldKind;
  readonly key: string;
  readonly path: string;
  readonly schema: JsonSchema;
  readonly type: string | undefined;
  readonly label: string;
  readonly help: string | undefined;
  readonly widget: WidgetName;
  readonly ui: UiField;
  /** Required by its parent object regardless of conditions. */
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly format: string | undefined;
  readonly defaultValue: unknown;
  readonly options: readonly ChoiceOption[] | undefined;
  /** Properties of an object, in display order. */
  readonly children: readonly FieldNode[] | undefined;
  /** The item template of an array. */
  readonly item: FieldNode | undefined;
  /** The alternatives of a oneOf/anyOf choice, each a complete node at the same path. */
  readonly alternatives: readonly FieldNode[] | undefined;
  /** Object only: conditional visibility/requirement rules (if/then/else, dependentRequired/Schemas). */
  readonly rules: readonly ConditionalRule[];
  /** Object only: property names whose change can change visibility or requirement of siblings. */
  readonly watches: ReadonlySet<string>;
  /** Object only: properties that are shown only when a rule says so. */
  readonly conditionalKeys: ReadonlySet<string>;
}

/** Thrown for a schema the form cannot render; `code` picks the message. */
export class SchemaError extends Error {
  readonly code: 'malformed' | 'unsupported';
  readonly at: string;
  constructor(code: 'malformed' | 'unsupported', message: string, at = '') {
    super(message);
    this.name = 'SchemaError';
    this.code = code;
    this.at = at;
  }
}

/** One attachment's upload: in progress (with its controller), done (with the id) or failed (with the file to retry). */
export interface UploadState {
  status: 'uploading' | 'done' | 'error';
  name: string;
  size: number;
  loaded: number;
  id?: string;
  message?: string;
  file?: Blob & { name?: string };
  controller?: AbortController;
}
