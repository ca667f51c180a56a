import type { StatuspageStatus } from '../../shared/contract/comms-schemas';
import type { HttpRequest } from './comms-http';

/*
 * The Statuspage API requests Sitrep makes (https://developer.statuspage.io; the operations are cut into
 * test/comms/openapi/statuspage-subset.json, which the test double validates against). Built here, in main,
 * from the stored key and page id: a page never supplies a URL or a header.
 */
export interface StatuspageTarget {
  /** https://api.statuspage.io (or, in test mode, the double on this computer). */
  apiBaseUrl: string;
  pageId: string;
}

/** The marker in an incident's metadata that says which Sitrep incident it belongs to (top-level values must be objects). */
export const MARKER_KEY = 'sitrep';
export const markerOf = (sitrepIncidentId: string) => ({ [MARKER_KEY]: { incident_id: sitrepIncidentId } });

function request(target: StatuspageTarget, apiKey: string, method: HttpRequest['method'], path: string, body?: unknown): HttpRequest {
  const base = target.apiBaseUrl.replace(/\/+$/, '');
  return {
    method,
    url: `${base}/v1/pages/${encodeURIComponent(target.pageId)}${path}`,
    headers: {
      Authorization: `OAuth ${apiKey}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

/** GET /v1/pages/{page_id}: checks the key and the page id in settings. */
export const getPage = (target: StatuspageTarget, apiKey: string) => request(target, apiKey, 'GET', '');

/** POST /v1/pages/{page_id}/incidents: the first update of an incident creates it, with the marker. */
export function createIncident(
  target: StatuspageTarget,
  apiKey: string,
  input: { sitrepIncidentId: string; name: string; status: StatuspageStatus; body: string },
): HttpRequest {
  return request(target, apiKey, 'POST', '/incidents', {
    incident: { name: input.name.slice(0, 255), status: input.status, body: input.body, metadata: markerOf(input.sitrepIncidentId) },
  });
}

/** PATCH /v1/pages/{page_id}/incidents/{incident_id}: a later update adds a message with the current status. */
export function updateIncident(target: StatuspageTarget, apiKey: string, incidentId: string, input: { status: StatuspageStatus; body: string }): HttpRequest {
  return request(target, apiKey, 'PATCH', `/incidents/${encodeURIComponent(incidentId)}`, { incident: { status: input.status, body: input.body } });
}

/** GET /v1/pages/{page_id}/incidents/{incident_id}: what the incident holds now (read before a repeated write). */
export const getIncident = (target: StatuspageTarget, apiKey: string, incidentId: string) =>
  request(target, apiKey, 'GET', `/incidents/${encodeURIComponent(incidentId)}`);

/** GET /v1/pages/{page_id}/incidents/unresolved: where an incident created by a lost request would be. */
export const listUnresolved = (target: StatuspageTarget, apiKey: string) => request(target, apiKey, 'GET', '/incidents/unresolved');
