import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import subset from '../openapi/github-subset.json';

/*
 * Validates what the GitHub double receives and sends against GitHub's own OpenAPI description (the subset in
 * ../openapi/github-subset.json, cut by scripts/openapi-subset.mjs). Every mismatch is recorded as a violation
 * that the tests assert to be empty: a double that drifts from GitHub would make the tests prove nothing.
 */
type Json = Record<string, unknown>;
interface Operation {
  parameters?: Json[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Json }> };
  responses: Record<string, Json>;
}

export const openApiDocument = subset as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, Json>>;
};

const DOC_ID = 'github';
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
// GitHub's own format for "owner/name"; not a JSON Schema standard one.
ajv.addFormat('repo.nwo', /^[^/]+\/[^/]+$/);
ajv.addSchema({ $id: DOC_ID, components: openApiDocument.components } as Json);


/** "#/components/…" refs inside the subset resolve against the document registered above. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${DOC_ID}${v}` : rebase(v);
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

export function resolveRef<T>(node: T): T {
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

export function operation(method: string, route: string): Operation {
  const op = openApiDocument.paths[route]?.[method.toLowerCase()];
  if (!op) throw new Error(`${method} ${route} is not in the OpenAPI subset; add it to scripts/openapi-subset.mjs`);
  return op;
}

/** Problems with a request: unknown query/path parameter values or a body that does not match. */
export function validateRequest(method: string, route: string, params: Record<string, string>, query: URLSearchParams, body: unknown): string[] {
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
export function validateResponse(method: string, route: string, status: number, body: unknown): string[] {
  const op = operation(method, route);
  const response = resolveRef(op.responses[String(status)] ?? op.responses.default) as { content?: Record<string, { schema: Json }> } | undefined;
  if (!response) return [`status ${status} is not documented for ${method} ${route}`];
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return body === undefined || body === '' ? [] : [`status ${status} of ${method} ${route} has no body in the description`];
  const fn = compile(`${method} ${route} ${status}`, schema);
  return fn(body) ? [] : [`response ${status}: ${describeErrors(fn)}`];
}

/** The response schema for an operation and status, for building sample bodies. */
export function responseSchema(method: string, route: string, status: number): Json | undefined {
  const op = operation(method, route);
  const response = resolveRef(op.responses[String(status)]) as { content?: Record<string, { schema: Json }> } | undefined;
  return response?.content?.['application/json']?.schema;
}

/**
 * Error statuses GitHub sends on any route (401, 429, 5xx, …) are not listed per operation in the description;
 * their bodies follow the shared basic-error shape, which is what they are checked against.
 */
export function validateErrorBody(body: unknown): string[] {
  const fn = compile('basic-error', { $ref: '#/components/schemas/basic-error' });
  return fn(body) ? [] : [`error body: ${describeErrors(fn)}`];
}
