import { resolveRef } from './openapi-validator';

/*
 * A minimal instance of a schema from GitHub's description: every required property filled with a plausible
 * value. The double overlays the fields it really keeps (shas, refs, numbers), so its responses carry every
 * field real clients may read, and the validator checks the whole thing.
 */
type Json = Record<string, unknown>;

function sampleString(schema: Json): string {
  if (Array.isArray(schema.enum)) return String(schema.enum[0]);
  switch (schema.format) {
    case 'uri':
      return 'https://github.test/x';
    case 'date-time':
      return '2026-11-26T14:00:00Z';
    case 'email':
      return 'someone@example.test';
    default:
      return 'x';
  }
}

export function sample(input: unknown, depth = 0): unknown {
  const schema = resolveRef(input as Json) as Json;
  if (!schema || depth > 12) return null;
  if (Array.isArray(schema.allOf)) return Object.assign({}, ...schema.allOf.map((s) => sample(s, depth + 1) as Json));
  if (Array.isArray(schema.anyOf)) return sample(schema.anyOf[0], depth + 1);
  if (Array.isArray(schema.oneOf)) return sample(schema.oneOf[0], depth + 1);
  if (schema.nullable === true && depth > 0 && schema.type === 'object') return null;
  switch (schema.type) {
    case 'string':
      return sampleString(schema);
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
    case undefined: {
      const out: Json = {};
      const properties = (schema.properties ?? {}) as Record<string, unknown>;
      for (const name of (schema.required ?? []) as string[]) out[name] = sample(properties[name] ?? {}, depth + 1);
      return out;
    }
    default:
      return null;
  }
}

/** Deep-merge real values over a sample. Arrays and primitives replace. */
export function overlay<T>(base: unknown, patch: unknown): T {
  if (patch === undefined) return base as T;
  if (base === null || typeof base !== 'object' || Array.isArray(base) || patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    return patch as T;
  }
  const out: Json = { ...(base as Json) };
  for (const [k, v] of Object.entries(patch as Json)) out[k] = overlay(out[k] ?? null, v);
  return out as T;
}
