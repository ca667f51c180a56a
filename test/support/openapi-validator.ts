import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/*
 * Validates what a test double receives and sends against the service's own OpenAPI description (a subset cut
 * by scripts/openapi-subset.mjs). Every mismatch is returned as a problem that the doubles record as a violation
 * and the tests assert to be empty: a double that drifts from the service would make the tests prove nothing.
 */
export type Json = Record<string, unknown>;
export interface Operation {
  parameters?: Json[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Json }> };
  responses: Record<string, Json>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, Json>>;
}

export function createOpenApiValidator(document: unknown, docId: string, formats: Record<string, RegExp> = {}) {
  const openApiDocument = document as OpenApiDocument;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  for (const [name, pattern] of Object.entries(formats)) ajv.addFormat(name, pattern);
  ajv.addSchema({ $id: docId, components: openApiDocument.components } as Json);

  /** "#/components/…" refs inside the subset resolve against the document registered above. */
  function rebase(schema: unknown): unknown {
    if (Array.isArray(schema)) return schema.map(rebase);
    if (schema === null || typeof schema !== 'object') return schema;
    const out: Json = {};
    for (const [k, v] of Object.entries(schema)) {
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${docId}${v}` : rebase(v);
    }
    return out;
  }

  const compiled = new Map<string, ValidateFunction>();
  function compile(key: string, schema: unknown): ValidateFunction {
    let fn = compiled.get(key);
    if (!fn) {
      fn = ajv.compile(rebase(schema) as Json);
      compiled.set(key, fn);
    }
    return fn;
  }

  function resolveRef<T>(node: T): T {
    const ref = (node as { $ref?: string } | null)?.$ref;
    if (!ref) return node;
    const [, , kind, name] = ref.split('/');
    return openApiDocument.components[kind!]![name!] as T;
  }

  const describeErrors = (fn: ValidateFunction): string =>
    (fn.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
      .join('; ');

  function operation(method: string, route: string): Operation {
    const op = openApiDocument.paths[route]?.[method.toLowerCase()];
    if (!op) throw new Error(`${method} ${route} is not in the OpenAPI subset; add it to scripts/openapi-subset.mjs`);
    return op;
  }

  /** Problems with a request: unknown query/path parameter values or a body that does not match. */
  function validateRequest(method: string, route: string, params: Record<string, string>, query: URLSearchParams, body: unknown): string[] {
    const op = operation(method, route);
    const problems: string[] = [];
    for (const raw of op.parameters ?? []) {
      const param = resolveRef(raw) as { name: string; in: string; required?: boolean; schema?: Json };
      const value = param.in === 'path' ? params[param.name] : param.in === 'query' ? query.get(param.name) : undefined;
      if (value === undefined || value === null) {
        if (param.required) problems.push(`missing ${param.in} parameter ${param.name}`);
        continue;
      }
      const schema = param.schema ?? {};
      const typed = schema.type === 'integer' || schema.type === 'number' ? Number(value) : schema.type === 'boolean' ? value === 'true' : value;
      const fn = compile(`${method} ${route} param ${param.name}`, schema);
      if (!fn(typed)) problems.push(`${param.in} parameter ${param.name}=${value}: ${describeErrors(fn)}`);
    }
    const bodySchema = op.requestBody?.content['application/json']?.schema;
    if (bodySchema && (body !== undefined || op.requestBody?.required)) {
      const fn = compile(`${method} ${route} body`, bodySchema);
      if (!fn(body)) problems.push(`request body: ${describeErrors(fn)}`);
    }
    return problems;
  }

  /** Problems with a response the double is about to send. */
  function validateResponse(method: string, route: string, status: number, body: unknown): string[] {
    const op = operation(method, route);
    const response = resolveRef(op.responses[String(status)] ?? op.responses.default) as { content?: Record<string, { schema: Json }> } | undefined;
    if (!response) return [`status ${status} is not documented for ${method} ${route}`];
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return body === undefined || body === '' ? [] : [`status ${status} of ${method} ${route} has no body in the description`];
    const fn = compile(`${method} ${route} ${status}`, schema);
    return fn(body) ? [] : [`response ${status}: ${describeErrors(fn)}`];
  }

  /** The response schema for an operation and status, for building sample bodies. */
  function responseSchema(method: string, route: string, status: number): Json | undefined {
    const op = operation(method, route);
    const response = resolveRef(op.responses[String(status)]) as { content?: Record<string, { schema: Json }> } | undefined;
    return response?.content?.['application/json']?.schema;
  }

  /** Problems with a body checked against one named component schema. */
  function validateComponent(name: string, body: unknown): string[] {
    const fn = compile(`component ${name}`, { $ref: `#/components/schemas/${name}` });
    return fn(body) ? [] : [`${name}: ${describeErrors(fn)}`];
  }

  return { openApiDocument, resolveRef, operation, validateRequest, validateResponse, responseSchema, validateComponent };
}
