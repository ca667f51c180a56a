#!/usr/bin/env node
/*
 * Cuts the operations Sitrep uses (and every component they reference) out of a service's published OpenAPI
 * description, so a test double can validate requests and responses without the whole file.
 *
 * GitHub (the package is 400 MB unpacked, so it is fetched into a temp dir, never made a dependency):
 *   cd "$(mktemp -d)" && npm pack @octokit/openapi@23.0.2 && tar xzf octokit-openapi-*.tgz package/generated/api.github.com.json
 *   node scripts/openapi-subset.mjs <that dir>/package/generated/api.github.com.json test/github/openapi/github-subset.json
 * Statuspage (Atlassian publishes its description at https://developer.statuspage.io; an OpenAPI 3 conversion
 * of it is statuspage-openapi3.json in github.com/voxgig-sdk/statuspage-sdk):
 *   node scripts/openapi-subset.mjs <that file> test/comms/openapi/statuspage-subset.json statuspage
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** [method, path] of every operation src/main/github calls. Keep in step with github-publisher.ts. */
const githubOperations = [
  ['get', '/repos/{owner}/{repo}'],
  ['post', '/repos/{owner}/{repo}/forks'],
  ['get', '/repos/{owner}/{repo}/git/ref/{ref}'],
  ['post', '/repos/{owner}/{repo}/git/refs'],
  ['patch', '/repos/{owner}/{repo}/git/refs/{ref}'],
  ['get', '/repos/{owner}/{repo}/git/commits/{commit_sha}'],
  ['post', '/repos/{owner}/{repo}/git/commits'],
  ['get', '/repos/{owner}/{repo}/git/trees/{tree_sha}'],
  ['post', '/repos/{owner}/{repo}/git/trees'],
  ['post', '/repos/{owner}/{repo}/git/blobs'],
  ['get', '/repos/{owner}/{repo}/pulls'],
  ['post', '/repos/{owner}/{repo}/pulls'],
  ['patch', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['post', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
  ['get', '/user'],
];

/** [method, path] of every operation src/main/comms calls. Keep in step with statuspage-requests.ts. */
const statuspageOperations = [
  ['get', '/pages/{page_id}'],
  ['post', '/pages/{page_id}/incidents'],
  ['get', '/pages/{page_id}/incidents/unresolved'],
  ['get', '/pages/{page_id}/incidents/{incident_id}'],
  ['patch', '/pages/{page_id}/incidents/{incident_id}'],
];

export const operationsByApi = { github: githubOperations, statuspage: statuspageOperations };
/** Kept for callers of the first version, which cut GitHub's description only. */
export const usedOperations = githubOperations;

/**
 * Statuspage's description writes a few types that are not JSON Schema types ("Object", "PartialStartDate"); they
 * describe objects and date strings, and are written as such so a validator can read them.
 */
function normaliseTypes(node) {
  if (node === null || typeof node !== 'object') return;
  if (typeof node.type === 'string' && /^[A-Z]/.test(node.type)) node.type = node.type === 'Object' ? 'object' : 'string';
  for (const child of Object.values(node)) normaliseTypes(child);
}

function main([source, target, api = 'github']) {
  const usedOperations = operationsByApi[api];
  if (!source || !target || !usedOperations) {
    console.error('usage: node scripts/openapi-subset.mjs <description.json> <output.json> [github|statuspage]');
    process.exit(2);
  }
  const full = JSON.parse(readFileSync(source, 'utf8'));
  const paths = {};
  for (const [method, path] of usedOperations) {
    const operation = full.paths[path]?.[method];
    if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in ${source}`);
    // Examples are documentation only and make up most of the size; the schemas are what we validate against.
    for (const response of Object.values(operation.responses ?? {})) {
      for (const media of Object.values(response.content ?? {})) delete media.examples;
    }
    for (const media of Object.values(operation.requestBody?.content ?? {})) delete media.examples;
    paths[path] = { ...paths[path], [method]: operation };
  }

  // Follow every "#/components/<kind>/<name>" reference until no new one turns up.
  const components = {};
  const pending = [paths];
  const seen = new Set();
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    if (typeof node.$ref === 'string' && !seen.has(node.$ref)) {
      seen.add(node.$ref);
      const [, , kind, name] = node.$ref.split('/');
      if (kind === 'examples') continue;
      const value = full.components[kind][name];
      if (kind !== 'schemas') for (const media of Object.values(value.content ?? {})) delete media.examples;
      (components[kind] ??= {})[name] = value;
      pending.push(value);
    }
    for (const child of Object.values(node)) pending.push(child);
  }
  normaliseTypes(paths);
  normaliseTypes(components);
  // Drop references to examples we did not keep.
  const json = JSON.stringify(
    { openapi: full.openapi, info: { ...full.info, description: `Subset of ${full.info.title} for Sitrep's ${api} double.` }, paths, components },
    (key, value) => (key === 'examples' && value && typeof value === 'object' && !Array.isArray(value) ? undefined : value),
    1,
  );
  writeFileSync(target, `${json}\n`);
  console.log(`${usedOperations.length} operations, ${seen.size} components, ${(json.length / 1024).toFixed(0)} KB → ${target}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
