import { createOpenApiValidator } from '../../support/openapi-validator';
import subset from '../openapi/github-subset.json';

/*
 * Validates what the GitHub double receives and sends against GitHub's own OpenAPI description (the subset in
 * ../openapi/github-subset.json, cut by scripts/openapi-subset.mjs).
 */
const validator = createOpenApiValidator(subset, 'github', {
  // GitHub's own format for "owner/name"; not a JSON Schema standard one.
  'repo.nwo': /^[^/]+\/[^/]+$/,
});

export const { openApiDocument, resolveRef, operation, validateRequest, validateResponse, responseSchema } = validator;

/**
 * Error statuses GitHub sends on any route (401, 429, 5xx, …) are not listed per operation in the description;
 * their bodies follow the shared basic-error shape, which is what they are checked against.
 */
export function validateErrorBody(body: unknown): string[] {
  return validator.validateComponent('basic-error', body).map((p) => p.replace(/^basic-error: /, 'error body: '));
}
