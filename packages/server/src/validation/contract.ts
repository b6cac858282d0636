// The OpenAPI document is the validator: at start-up every operation's parameters and body schemas
// are compiled once (components registered so `$ref`s resolve) and one shared preHandler validates
// each request by operationId. Nothing in the routes re-checks what the contract already says.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import type { FastifyRequest } from 'fastify';
import { HttpProblem } from '../http/problem.js';
import { toFieldErrors } from './ajv-errors.js';

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as
  (ajv: Ajv2020) => Ajv2020;

export const DOC_ID = 'https://dvc-elements.invalid/openapi.json';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface OperationSpec {
  operationId: string;
  method: string;
  /** Fastify path under the API prefix, e.g. `/dossiers/:code`. */
  path: string;
  operation: Json;
}

export interface Contract {
  doc: Json;
  operations: Map<string, OperationSpec>;
}

/** Rewrites local refs so schemas compiled on their own resolve into the registered document. */
export function absolutizeRefs<T>(node: T): T {
  if (Array.isArray(node)) return node.map(absolutizeRefs) as T;
  if (node && typeof node === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) {
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${DOC_ID}${v}` : absolutizeRefs(v);
    }
    return out as T;
  }
  return node;
}

export function loadContract(file: string): Contract {
  const doc = parseYaml(readFileSync(file, 'utf8')) as Json;
  const operations = new Map<string, OperationSpec>();
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const operation = (item as Json)[method];
      if (!operation) continue;
      operations.set(operation.operationId, {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path: path.replace(/\{([^}]+)\}/g, ':$1'),
        operation,
      });
    }
  }
  return { doc, operations };
}

/** An Ajv with the document registered; `coerce` for parameters, which arrive as strings. */
export function contractAjv(doc: Json, opts: { coerce?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    coerceTypes: opts.coerce ?? false,
    useDefaults: opts.coerce ?? false,
    validateFormats: true,
  });
  addFormats(ajv);
  ajv.addSchema({ $id: DOC_ID, components: absolutizeRefs(doc.components) });
  return ajv;
}

function resolve(doc: Json, node: Json): Json {
  if (typeof node.$ref !== 'string') return node;
  return node.$ref.slice(2).split('/').reduce((acc: Json, key: string) => acc[key], doc);
}

type Location = 'path' | 'query' | 'header';

interface CompiledOperation {
  /** 400, or 422 where the operation documents only 422 for bad input. */
  invalidStatus: number;
  params: Partial<Record<Location, ValidateFunction>>;
  body?: { required: boolean; types: Map<string, ValidateFunction | null> };
}

export class RequestValidator {
  #compiled = new Map<string, CompiledOperation>();

  constructor(contract: Contract) {
    const params = contractAjv(contract.doc, { coerce: true });
    const bodies = contractAjv(contract.doc);
    for (const spec of contract.operations.values()) {
      const byLocation: Partial<Record<Location, Json>> = {};
      for (const raw of (spec.operation.parameters ?? []) as Json[]) {
        const p = resolve(contract.doc, raw);
        const location = p.in as Location;
        const name = location === 'header' ? String(p.name).toLowerCase() : String(p.name);
        const schema = (byLocation[location] ??= { type: 'object', properties: {}, required: [] });
        schema.properties[name] = absolutizeRefs(p.schema ?? {});
        if (p.required) schema.required.push(name);
      }
      const responses = spec.operation.responses ?? {};
      const invalidStatus = !responses['400'] && responses['422'] ? 422 : 400;
      const compiled: CompiledOperation = { invalidStatus, params: {} };
      for (const [location, schema] of Object.entries(byLocation) as [Location, Json][]) {
        compiled.params[location] = params.compile(schema);
      }
      const rb = spec.operation.requestBody;
      if (rb) {
        const types = new Map<string, ValidateFunction | null>();
        for (const [type, media] of Object.entries(rb.content as Json)) {
          // multipart bodies are streamed, the route checks them itself
          types.set(type, type === 'multipart/form-data' ? null : bodies.compile(absolutizeRefs((media as Json).schema ?? {})));
        }
        compiled.body = { required: Boolean(rb.required), types };
      }
      this.#compiled.set(spec.operationId, compiled);
    }
  }

  /** Throws a 400/415 problem; coerces and defaults parameters in place. */
  validate(operationId: string, request: FastifyRequest): void {
    const op = this.#compiled.get(operationId);
    if (!op) throw new Error(`No contract operation ${operationId}`);
    const sources: Record<Location, unknown> = {
      path: request.params ?? {},
      query: request.query ?? {},
      header: request.headers,
    };
    for (const [location, validate] of Object.entries(op.params) as [Location, ValidateFunction][]) {
      if (!validate(sources[location])) {
        throw new HttpProblem(op.invalidStatus, 'validation-failed', `Invalid ${location} parameters`, {
          errors: toFieldErrors(validate.errors, `/${location}`),
        });
      }
    }
    if (!op.body) return;
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const hasBody = request.body !== undefined && request.body !== null && mediaType !== '';
    if (!hasBody && !request.isMultipart?.()) {
      if (op.body.required) {
        throw new HttpProblem(mediaType ? 400 : 415, mediaType ? 'body-required' : 'unsupported-media-type',
          'A request body is required');
      }
      return;
    }
    if (!op.body.types.has(mediaType)) {
      throw new HttpProblem(415, 'unsupported-media-type', `Content-Type must be ${[...op.body.types.keys()].join(' or ')}`);
    }
    const validate = op.body.types.get(mediaType);
    if (validate && !validate(request.body)) {
      throw new HttpProblem(op.invalidStatus, 'validation-failed', 'The request body does not match the contract', {
        errors: toFieldErrors(validate.errors, ''),
      });
    }
  }
}
