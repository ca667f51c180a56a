#!/usr/bin/env node
/*
 * Cuts the operations the GitHub publisher uses (and every component they reference) out of GitHub's official
 * OpenAPI description, so the test double can validate requests and responses without a 13 MB file.
 *
 * Regenerate (the package is 400 MB unpacked, so it is fetched into a temp dir, never made a dependency):
 *   cd "$(mktemp -d)" && npm pack @octokit/openapi@23.0.2 && tar xzf octokit-openapi-*.tgz package/generated/api.github.com.json
 *   node scripts/openapi-subset.mjs <that dir>/package/generated/api.github.com.json test/github/openapi/github-subset.json
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** [method, path] of every operation src/main/github calls. Keep in step with github-publisher.ts. */
export const usedOperations = [
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

function main([source, target]) {
  if (!source || !target) {
    console.error('usage: node scripts/openapi-subset.mjs <api.github.com.json> <output.json>');
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
  // Drop references to examples we did not keep.
  const json = JSON.stringify(
    { openapi: full.openapi, info: { ...full.info, description: `Subset of ${full.info.title} for Sitrep's GitHub double.` }, paths, components },
    (key, value) => (key === 'examples' && value && typeof value === 'object' && !Array.isArray(value) ? undefined : value),
    1,
  );
  writeFileSync(target, `${json}\n`);
  console.log(`${usedOperations.length} operations, ${seen.size} components, ${(json.length / 1024).toFixed(0)} KB → ${target}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
