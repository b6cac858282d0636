// Schema + UI schema → the field model the form renders. Pure: no DOM, no Ajv (see validation.ts).
import { schemaDialect } from '@dvc/core/format.js';
import type { SchemaDialect } from '@dvc/core/format.js';
import { matches, type RefResolver } from './matches.js';
import { childPointer, parsePointer } from './pointer.js';
import {
  SchemaError, type ChoiceOption, type ConditionalRule, type FieldKind, type FieldNode, type JsonSchema, type UiField,
  type UiSchema, type UiStep, type WidgetName,
} from './types.js';

export type Dialect = SchemaDialect;

export interface FormModel {
  readonly root: FieldNode;
  readonly dialect: Dialect;
  readonly schema: JsonSchema;
  readonly ui: UiSchema;
  readonly steps: readonly UiStep[];
  readonly resolve: RefResolver;
  /** Every node by its path template (array items as `*`), alternatives included. */
  readonly byPath: ReadonlyMap<string, FieldNode>;
}

/** The dialect a schema declares (2020-12 when it says nothing); other dialects are unsupported. */
export function dialectOf(schema: JsonSchema): Dialect {
  const dialect = schemaDialect(schema.$schema);
  if (!dialect) throw new SchemaError('unsupported', `Unsupported JSON Schema dialect ${String(schema.$schema)}`);
  return dialect;
}

/** A plain object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a value counts as given: not undefined, not '', not an empty object or array. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.values(value).some(isPresent);
  return true;
}

/** Drops empty strings, empty objects and empty arrays (recursively); what a condition sees. */
export function clean(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out = value.map(clean).filter((v) => v !== undefined);
    return out.length ? out : undefined;
  }
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value === '' || value === null ? undefined : value;
}

function makeResolver(root: JsonSchema): RefResolver {
  const cache = new Map<string, JsonSchema | undefined>();
  return (ref) => {
    if (cache.has(ref)) return cache.get(ref);
    let target: unknown;
    if (ref === '#') target = root;
    else if (ref.startsWith('#/')) {
      target = root;
      for (const token of parsePointer(decodeURIComponent(ref.slice(1)))) {
        target = isObject(target) || Array.isArray(target) ? (target as Record<string, unknown>)[token] : undefined;
      }
    } else if (ref.startsWith('#') && root.$defs) {
      // An anchor (`#name`): look for `$anchor` among the definitions.
      const name = ref.slice(1);
      target = Object.values({ ...root.$defs, ...root.definitions }).find((d) => d.$anchor === name);
    }
    const result = isObject(target) ? (target as JsonSchema) : undefined;
    cache.set(ref, result);
    return result;
  };
}

function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : key;
}

const SIMPLE_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

interface BuildContext {
  readonly root: JsonSchema;
  readonly resolve: RefResolver;
  readonly uiFields: Readonly<Record<string, UiField>>;
  readonly byPath: Map<string, FieldNode>;
  count: number;
}

const MAX_FIELDS = 5000;

/** Resolves `$ref` (siblings override the target, as 2020-12 allows) and merges plain `allOf` parts. */
function flatten(schema: JsonSchema, ctx: BuildContext, path: string, refs: readonly string[] = []): { schema: JsonSchema; rules: JsonSchema[]; refs: string[] } {
  if (!isObject(schema)) throw new SchemaError('malformed', `The schema at ${path || '/'} is not an object`, path);
  if (schema.$dynamicRef !== undefined || schema.$recursiveRef !== undefined) {
    throw new SchemaError('unsupported', `$dynamicRef/$recursiveRef at ${path || '/'} are not supported`, path);
  }
  let current: JsonSchema = schema;
  const seen = [...refs];
  while (current.$ref !== undefined) {
    const ref = current.$ref;
    if (typeof ref !== 'string') throw new SchemaError('malformed', `$ref at ${path || '/'} is not text`, path);
    if (!ref.startsWith('#')) throw new SchemaError('unsupported', `Only local $ref are supported (${ref})`, path);
    if (seen.includes(ref)) throw new SchemaError('unsupported', `Recursive $ref ${ref} at ${path || '/'}`, path);
    seen.push(ref);
    const target = ctx.resolve(ref);
    if (!target) throw new SchemaError('malformed', `$ref ${ref} points nowhere`, path);
    const { $ref: _drop, ...siblings } = current;
    current = { ...target, ...siblings };
    if (target.$ref && siblings.$ref === undefined) current.$ref = target.$ref;
  }
  const rules: JsonSchema[] = [];
  if (current.if !== undefined) rules.push({ if: current.if, then: current.then, else: current.else });
  if (current.allOf !== undefined) {
    if (!Array.isArray(current.allOf)) throw new SchemaError('malformed', `allOf at ${path || '/'} is not a list`, path);
    const merged: JsonSchema = { ...current, allOf: undefined };
    for (const part of current.allOf) {
      const { schema: flat, rules: partRules } = flatten(part, ctx, path, seen);
      rules.push(...partRules);
      if (flat.properties) merged.properties = { ...merged.properties, ...flat.properties };
      if (flat.required) merged.required = [...(merged.required ?? []), ...flat.required];
      if (flat.type && !merged.type) merged.type = flat.type;
      for (const key of ['dependentRequired', 'dependentSchemas', 'dependencies'] as const) {
        if (flat[key]) merged[key] = { ...(merged[key] as object), ...(flat[key] as object) } as never;
      }
    }
    delete merged.allOf;
    current = merged;
  }
  return { schema: current, rules, refs: seen };
}

function constOptions(list: JsonSchema[] | undefined, resolve: RefResolver): ChoiceOption[] | undefined {
  if (!list?.length) return undefined;
  const options: ChoiceOption[] = [];
  for (const raw of list) {
    const alt = raw.$ref ? { ...resolve(raw.$ref), ...raw } : raw;
    if (!isObject(alt)) return undefined;
    if ('const' in alt) options.push({ value: alt.const, label: alt.title ?? String(alt.const) });
    else if (Array.isArray(alt.enum) && alt.enum.length === 1) options.push({ value: alt.enum[0], label: alt.title ?? String(alt.enum[0]) });
    else return undefined;
  }
  return options;
}

function typeOfSchema(schema: JsonSchema, path: string): string | undefined {
  let type = schema.type;
  if (Array.isArray(type)) type = type.find((t) => t !== 'null') ?? type[0];
  if (type !== undefined) {
    if (typeof type !== 'string' || !SIMPLE_TYPES.has(type)) throw new SchemaError('malformed', `Unknown type ${JSON.stringify(schema.type)} at ${path || '/'}`, path);
    return type;
  }
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  if ('const' in schema) return typeof schema.const === 'number' ? 'number' : typeof schema.const;
  if (schema.enum?.length) return typeof schema.enum[0] === 'number' ? 'number' : typeof schema.enum[0];
  return undefined;
}

/** Property names a condition reads at the top level of the object it sits on. */
function readsOf(cond: JsonSchema | undefined, out: Set<string>, depth = 0): void {
  if (!isObject(cond) || depth > 4) return;
  for (const k of Object.keys(cond.properties ?? {})) out.add(k);
  for (const k of cond.required ?? []) out.add(k);
  for (const list of [cond.anyOf, cond.allOf, cond.oneOf]) for (const s of list ?? []) readsOf(s, out, depth + 1);
  readsOf(cond.not, out, depth + 1);
}

function branchKeys(branch: JsonSchema | undefined): string[] {
  if (!isObject(branch)) return [];
  return [...new Set([...Object.keys(branch.properties ?? {}), ...(branch.required ?? [])])];
}

function buildNode(
  rawSchema: JsonSchema, key: string, path: string, required: boolean, ctx: BuildContext, labelFallback?: string, outerRefs: readonly string[] = [],
): FieldNode {
  if (++ctx.count > MAX_FIELDS) throw new SchemaError('unsupported', `More than ${MAX_FIELDS} fields`, path);
  // `refs`: the $refs followed from the root to here; meeting one again is a recursive schema.
  const { schema, rules: ifRules, refs } = flatten(rawSchema, ctx, path, outerRefs);
  const ui = ctx.uiFields[path] ?? {};
  const label = schema.title ?? labelFallback ?? humanize(key);
  const help = ui.help ?? schema.description;
  const type = typeOfSchema(schema, path);
  const readOnly = schema.readOnly === true;
  const format = typeof schema.format === 'string' ? schema.format : undefined;
  const base = {
    key, path, schema, type, label, help, ui, required, readOnly, format, defaultValue: schema.default,
    rules: [] as ConditionalRule[], watches: new Set<string>(), conditionalKeys: new Set<string>(),
    children: undefined as FieldNode[] | undefined, item: undefined as FieldNode | undefined,
    alternatives: undefined as FieldNode[] | undefined, options: undefined as ChoiceOption[] | undefined,
  };
  const finish = (kind: FieldKind, widget: WidgetName, extra: Partial<typeof base> = {}): FieldNode => {
    // `checkbox` on a list of options means one checkbox per option.
    const chosen = widget === 'checkboxes' && (ui.widget === 'checkbox' || !ui.widget) ? 'checkboxes' : ui.widget ?? widget;
    const node: FieldNode = { ...base, ...extra, kind, widget: chosen };
    if (!ctx.byPath.has(path) || kind !== 'scalar') ctx.byPath.set(path, node);
    return node;
  };

  // A scalar with a closed list of values: enum, oneOf/anyOf of consts.
  const options = Array.isArray(schema.enum)
    ? schema.enum.map((value) => ({ value, label: ui.enumLabels?.[String(value)] ?? String(value) }))
    : constOptions(schema.oneOf, ctx.resolve) ?? constOptions(schema.anyOf, ctx.resolve);
  if (options && type !== 'object' && type !== 'array') {
    const widget: WidgetName = type === 'boolean' && options.length <= 2 ? 'radio' : options.length <= 5 ? 'radio' : 'select';
    return finish('scalar', widget, { options });
  }

  const alternativesOf = schema.oneOf ?? schema.anyOf;
  if (alternativesOf !== undefined) {
    if (!Array.isArray(alternativesOf) || alternativesOf.length === 0) throw new SchemaError('malformed', `oneOf/anyOf at ${path || '/'} is not a non-empty list`, path);
    const { oneOf: _o, anyOf: _a, ...rest } = schema;
    const alternatives = alternativesOf.map((alt, i) => {
      const flat = flatten(alt, ctx, path, refs).schema;
      const merged: JsonSchema = { ...rest, ...flat, title: flat.title ?? `${label} (${i + 1})` };
      if (rest.properties || flat.properties) merged.properties = { ...rest.properties, ...flat.properties };
      if (rest.required || flat.required) merged.required = [...new Set([...(rest.required ?? []), ...(flat.required ?? [])])];
      const node = buildNode(merged, key, path, required, ctx, merged.title, refs);
      return node;
    });
    return finish('choice', 'radio', { alternatives });
  }

  if (type === 'object') {
    if (schema.properties !== undefined && !isObject(schema.properties)) throw new SchemaError('malformed', `properties at ${path || '/'} is not an object`, path);
    const props: Record<string, JsonSchema> = { ...(schema.properties ?? {}) };
    const baseRequired = new Set(Array.isArray(schema.required) ? schema.required : []);
    if (schema.required !== undefined && !Array.isArray(schema.required)) throw new SchemaError('malformed', `required at ${path || '/'} is not a list`, path);
    const rules: ConditionalRule[] = [];
    const watches = new Set<string>();
    const conditionalKeys = new Set<string>();
    const keepVisible = (k: string) => ctx.uiFields[childPointer(path, k)]?.conditional === false || baseRequired.has(k);
    const addBranchProps = (branch: JsonSchema | undefined) => {
      for (const [k, s] of Object.entries(branch?.properties ?? {})) {
        // A branch that only narrows an existing property (e.g. const) adds no field.
        if (!(k in props) && isObject(s) && (s.type || s.$ref || s.title || s.enum || s.oneOf)) props[k] = s;
      }
    };
    for (const rule of ifRules) {
      if (!isObject(rule.if) && typeof rule.if !== 'boolean') throw new SchemaError('malformed', `if at ${path || '/'} is not a schema`, path);
      const cond = rule.if;
      readsOf(cond, watches);
      addBranchProps(rule.then);
      addBranchProps(rule.else);
      const test = (v: Record<string, unknown>) => matches(cond, v, ctx.resolve);
      const thenKeys = branchKeys(rule.then).filter((k) => k in props || rule.then?.properties?.[k]);
      const elseKeys = branchKeys(rule.else).filter((k) => k in props || rule.else?.properties?.[k]);
      const showsThen = new Set(thenKeys.filter((k) => !keepVisible(k)));
      const showsElse = new Set(elseKeys.filter((k) => !keepVisible(k)));
      rules.push({ test, shows: showsThen, requires: new Set(rule.then?.required ?? []) });
      rules.push({ test: (v) => !test(v), shows: showsElse, requires: new Set(rule.else?.required ?? []) });
    }
    const dependentRequired: Record<string, string[]> = { ...schema.dependentRequired };
    const dependentSchemas: Record<string, JsonSchema> = { ...schema.dependentSchemas };
    for (const [k, dep] of Object.entries(schema.dependencies ?? {})) {
      if (Array.isArray(dep)) dependentRequired[k] = dep;
      else dependentSchemas[k] = dep;
    }
    for (const [k, list] of Object.entries(dependentRequired)) {
      if (!Array.isArray(list)) throw new SchemaError('malformed', `dependentRequired.${k} at ${path || '/'} is not a list`, path);
      watches.add(k);
      rules.push({ test: (v) => isPresent(v[k]), shows: new Set(), requires: new Set(list) });
    }
    for (const [k, sub] of Object.entries(dependentSchemas)) {
      const flat = flatten(sub, ctx, path, refs).schema;
      watches.add(k);
      const added = Object.keys(flat.properties ?? {}).filter((p) => !(p in props));
      addBranchProps(flat);
      rules.push({ test: (v) => isPresent(v[k]), shows: new Set(added.filter((p) => !keepVisible(p))), requires: new Set(flat.required ?? []) });
    }
    for (const rule of rules) for (const k of rule.shows) conditionalKeys.add(k);

    const order = ui.order ?? [];
    const keys = [...order.filter((k) => k in props), ...Object.keys(props).filter((k) => !order.includes(k))];
    const children = keys.map((k) => buildNode(props[k], k, childPointer(path, k), baseRequired.has(k), ctx, undefined, refs));
    return finish('object', 'text', { children, rules, watches, conditionalKeys });
  }

  if (type === 'array') {
    const items = schema.items;
    if (Array.isArray(items)) throw new SchemaError('unsupported', `Tuple arrays are not supported (${path || '/'})`, path);
    if (items === undefined || !isObject(items)) throw new SchemaError('malformed', `The array at ${path || '/'} has no items schema`, path);
    const itemFlat = flatten(items, ctx, `${path}/*`, refs).schema;
    const itemOptions = Array.isArray(itemFlat.enum)
      ? itemFlat.enum.map((value) => ({ value, label: String(value) }))
      : constOptions(itemFlat.oneOf, ctx.resolve) ?? constOptions(itemFlat.anyOf, ctx.resolve);
    if (itemOptions) return finish('scalar', 'checkboxes', { options: itemOptions });
    const itemLabel = ui.itemLabel ?? (items.title && items.title !== label ? items.title : undefined) ?? itemFlat.title ?? label;
    const item = buildNode(items, '*', `${path}/*`, true, ctx, itemLabel, refs);
    return finish('array', 'text', { item: item.label === itemLabel ? item : { ...item, label: itemLabel } });
  }

  if (type === undefined) throw new SchemaError('unsupported', `The field at ${path || '/'} has no type`, path);
  if (type === 'null') return finish('scalar', 'hidden');
  let widget: WidgetName = 'text';
  if (type === 'boolean') widget = 'checkbox';
  else if (type === 'number' || type === 'integer') widget = 'number';
  else if (format === 'date') widget = 'date';
  else if (schema.contentMediaType) widget = 'file';
  else if ((schema.maxLength ?? 0) > 500) widget = 'textarea';
  if ('const' in schema && type !== 'boolean') widget = 'hidden';
  return finish('scalar', widget);
}

/**
 * Builds the field model. Throws `SchemaError` for a schema that is not an object schema, uses an
 * unknown dialect or type, a remote or recursive `$ref`, or a malformed keyword.
 */
export function buildModel(schema: unknown, uiSchema: unknown = {}): FormModel {
  if (!isObject(schema)) throw new SchemaError('malformed', 'The schema is not a JSON object');
  const root = schema as JsonSchema;
  const dialect = dialectOf(root);
  const ui = (isObject(uiSchema) ? uiSchema : {}) as UiSchema;
  if (ui.fields !== undefined && !isObject(ui.fields)) throw new SchemaError('malformed', 'uiSchema.fields is not an object');
  if (ui.steps !== undefined && !Array.isArray(ui.steps)) throw new SchemaError('malformed', 'uiSchema.steps is not a list');
  const ctx: BuildContext = { root, resolve: makeResolver(root), uiFields: ui.fields ?? {}, byPath: new Map(), count: 0 };
  const rootNode = buildNode(root, '', '', true, ctx, root.title ?? '');
  if (rootNode.kind !== 'object') throw new SchemaError('unsupported', 'The root of a form schema must be an object');
  const steps = (ui.steps ?? []).map((step, i) => {
    if (!isObject(step) || !Array.isArray(step.fields)) throw new SchemaError('malformed', `uiSchema.steps[${i}] has no fields list`);
    return { ...step, id: String(step.id ?? `step-${i + 1}`), title: String(step.title ?? `${i + 1}`) };
  });
  return { root: rootNode, dialect, schema: root, ui, steps, resolve: ctx.resolve, byPath: ctx.byPath };
}

const models = new WeakMap<object, WeakMap<object, FormModel>>();
const NO_UI = {};

/**
 * `buildModel` once per schema and UI schema object: the model is immutable, so a form shown again
 * (another step of an SPA, a re-created element) reuses it.
 */
export function modelFor(schema: unknown, uiSchema: unknown = {}): FormModel {
  if (!isObject(schema)) return buildModel(schema, uiSchema);
  const ui = isObject(uiSchema) ? uiSchema : NO_UI;
  let byUi = models.get(schema);
  if (!byUi) models.set(schema, (byUi = new WeakMap()));
  let model = byUi.get(ui);
  if (!model) byUi.set(ui, (model = buildModel(schema, ui)));
  return model;
}

/** The rules of `node` that hold for `objectValue` (already cleaned). */
function activeRules(node: FieldNode, objectValue: Record<string, unknown>): ConditionalRule[] {
  return node.rules.filter((r) => r.test(objectValue));
}

/** The children of an object node that are shown for this value of the object. */
export function visibleChildren(node: FieldNode, objectValue: unknown): FieldNode[] {
  const children = node.children ?? [];
  if (node.conditionalKeys.size === 0) return [...children];
  const value = (clean(objectValue) ?? {}) as Record<string, unknown>;
  const shown = new Set<string>();
  for (const rule of activeRules(node, value)) for (const k of rule.shows) shown.add(k);
  return children.filter((c) => !node.conditionalKeys.has(c.key) || shown.has(c.key));
}

/** The names of the properties of an object node that are required for this value (conditions included). */
export function requiredKeys(node: FieldNode, objectValue: unknown): Set<string> {
  const out = new Set((node.children ?? []).filter((c) => c.required).map((c) => c.key));
  if (node.rules.length === 0) return out;
  const value = (clean(objectValue) ?? {}) as Record<string, unknown>;
  for (const rule of activeRules(node, value)) for (const k of rule.requires) out.add(k);
  return out;
}

/** A signature of what is shown and required under an object, to tell whether a change altered it. */
export function conditionSignature(node: FieldNode, objectValue: unknown): string {
  if (node.rules.length === 0) return '';
  return visibleChildren(node, objectValue).map((c) => c.key).join(',') + '|' + [...requiredKeys(node, objectValue)].join(',');
}

/** The alternative of a choice node that fits `value` (`preferred` when it is given and valid). */
export function selectedAlternative(node: FieldNode, value: unknown, resolve: RefResolver, preferred?: number): number {
  const alts = node.alternatives ?? [];
  if (preferred !== undefined && preferred >= 0 && preferred < alts.length) return preferred;
  const cleaned = clean(value);
  if (cleaned === undefined) return -1;
  const index = alts.findIndex((alt) => matches(alt.schema, cleaned, resolve));
  return index;
}

export interface PruneOptions {
  /** The chosen alternative of each choice, by concrete pointer. */
  choices?: ReadonlyMap<string, number>;
}

/**
 * The data to validate and submit: only visible fields (hidden conditional branches dropped, with their
 * values), no empty strings; empty objects and arrays kept only where required (so their own
 * required fields report errors), dropped elsewhere.
 */
export function prune(model: FormModel, data: unknown, options: PruneOptions = {}): Record<string, unknown> {
  const out = pruneNode(model, model.root, data, '', options);
  return (isObject(out) ? out : {}) as Record<string, unknown>;
}

function pruneNode(model: FormModel, node: FieldNode, value: unknown, pointer: string, options: PruneOptions): unknown {
  switch (node.kind) {
    case 'choice': {
      const index = selectedAlternative(node, value, model.resolve, options.choices?.get(pointer));
      if (index < 0) return node.type === 'object' && node.required ? {} : undefined;
      return pruneNode(model, node.alternatives![index], value, pointer, options);
    }
    case 'object': {
      const obj = isObject(value) ? value : {};
      const out: Record<string, unknown> = {};
      const required = requiredKeys(node, obj);
      for (const child of visibleChildren(node, obj)) {
        const childValue = pruneNode(model, { ...child, required: required.has(child.key) }, obj[child.key], childPointer(pointer, child.key), options);
        if (childValue !== undefined) out[child.key] = childValue;
      }
      if (Object.keys(out).length === 0 && !node.required) return undefined;
      return out;
    }
    case 'array': {
      const list = Array.isArray(value) ? value : [];
      const out = list.map((v, i) => pruneNode(model, node.item!, v, childPointer(pointer, i), options) ?? (node.item!.type === 'object' ? {} : undefined));
      const kept = out.filter((v) => v !== undefined);
      return kept.length || node.required ? kept : undefined;
    }
    default: {
      if (node.widget === 'checkboxes') {
        const list = Array.isArray(value) ? value : [];
        return list.length || node.required ? list : undefined;
      }
      if (value === '' || value === null || value === undefined) return undefined;
      if (typeof value === 'string' && (node.type === 'string' || node.type === undefined)) return value;
      return value;
    }
  }
}

/** The node and a human label for a concrete pointer (`/dongChuDauTu/1/hoTen`), through arrays and choices. */
export function locate(model: FormModel, pointer: string): { node: FieldNode; label: string } | undefined {
  let node: FieldNode | undefined = model.root;
  const context: string[] = [];
  for (const token of parsePointer(pointer)) {
    if (!node) return undefined;
    node = step(node, token, context);
  }
  if (!node) return undefined;
  const label = context.length ? `${node.label} (${context.join(', ')})` : node.label;
  return { node, label };
}

function step(node: FieldNode, token: string, context: string[]): FieldNode | undefined {
  if (node.kind === 'choice') {
    for (const alt of node.alternatives ?? []) {
      const found = step(alt, token, context);
      if (found) return found;
    }
    return undefined;
  }
  if (node.kind === 'object') return node.children?.find((c) => c.key === token);
  if (node.kind === 'array' && /^\d+$/.test(token)) {
    context.push(`${node.item!.label} ${Number(token) + 1}`);
    return node.item;
  }
  return undefined;
}

/** Default values of the schema (`default`, and `const`), applied where the data has nothing. */
export function applyDefaults(node: FieldNode, value: unknown): unknown {
  if (node.kind === 'object') {
    const obj: Record<string, unknown> = isObject(value) ? { ...value } : isObject(node.defaultValue) ? { ...node.defaultValue } : {};
    for (const child of node.children ?? []) {
      const next = applyDefaults(child, obj[child.key]);
      if (next !== undefined) obj[child.key] = next;
    }
    return Object.keys(obj).length ? obj : undefined;
  }
  if (node.kind === 'array') {
    const list = Array.isArray(value) ? value : Array.isArray(node.defaultValue) ? structuredClone(node.defaultValue) : undefined;
    return list?.map((v) => applyDefaults(node.item!, v) ?? v);
  }
  if (value !== undefined) return value;
  if ('const' in node.schema && node.widget === 'hidden') return node.schema.const;
  return node.defaultValue === undefined ? undefined : structuredClone(node.defaultValue);
}

/** The leaf fields (scalars) under a node for a value, in display order, with their concrete pointers. */
export function* visibleLeaves(
  model: FormModel, node: FieldNode, value: unknown, pointer: string, choices?: ReadonlyMap<string, number>,
): Generator<{ node: FieldNode; pointer: string }> {
  if (node.kind === 'choice') {
    const index = selectedAlternative(node, value, model.resolve, choices?.get(pointer));
    yield { node, pointer };
    if (index >= 0) yield* visibleLeaves(model, node.alternatives![index], value, pointer, choices);
    return;
  }
  if (node.kind === 'object') {
    if (node.widget === 'address') {
      yield { node, pointer };
      return;
    }
    const obj = isObject(value) ? value : {};
    for (const child of visibleChildren(node, obj)) yield* visibleLeaves(model, child, obj[child.key], childPointer(pointer, child.key), choices);
    return;
  }
  if (node.kind === 'array') {
    const list = Array.isArray(value) ? value : [];
    yield { node, pointer };
    for (let i = 0; i < list.length; i++) yield* visibleLeaves(model, node.item!, list[i], childPointer(pointer, i), choices);
    return;
  }
  yield { node, pointer };
}
