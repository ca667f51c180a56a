import { describe, expect, it } from 'vitest';
import { refusedSlackWebhook, refusedStatuspageApi } from '../../src/main/comms/comms-addresses';
import { slackRequest } from '../../src/main/comms/slack-sender';
import { createIncident, getIncident, listUnresolved, updateIncident } from '../../src/main/comms/statuspage-requests';
import { createOpenApiValidator } from '../support/openapi-validator';
import subset from './openapi/statuspage-subset.json';

const validator = createOpenApiValidator(subset, 'statuspage-requests');
const target = { apiBaseUrl: 'https://api.statuspage.io', pageId: 'pg123abc' };
const KEY = 'sp-key-1';

/** The request as the API description sees it: operation route, path parameters, body. */
function check(route: string, request: { method: string; url: string; body?: string }, params: Record<string, string>): string[] {
  return validator.validateRequest(request.method, route, params, new URL(request.url).searchParams, request.body === undefined ? undefined : JSON.parse(request.body));
}

describe('Statuspage requests built in main', () => {
  it('creates an incident at api.statuspage.io with the OAuth key, the status, the message and the Sitrep marker', () => {
    const request = createIncident(target, KEY, { sitrepIncidentId: 'inc-9', name: 'Checkout errors', status: 'identified', body: 'Found it.' });
    expect(request.method).toBe('POST');
    expect(request.url).toBe('https://api.statuspage.io/v1/pages/pg123abc/incidents');
    expect(request.headers.Authorization).toBe('OAuth sp-key-1');
    expect(JSON.parse(request.body!)).toEqual({
      incident: { name: 'Checkout errors', status: 'identified', body: 'Found it.', metadata: { sitrep: { incident_id: 'inc-9' } } },
    });
    expect(check('/pages/{page_id}/incidents', request, { page_id: 'pg123abc' })).toEqual([]);
  });

  it('updates an incident with PATCH, status and message only, valid against the description', () => {
    const request = updateIncident(target, KEY, 'p31zjtct2jer', { status: 'resolved', body: 'Fixed.' });
    expect(request.method).toBe('PATCH');
    expect(request.url).toBe('https://api.statuspage.io/v1/pages/pg123abc/incidents/p31zjtct2jer');
    expect(JSON.parse(request.body!)).toEqual({ incident: { status: 'resolved', body: 'Fixed.' } });
    expect(check('/pages/{page_id}/incidents/{incident_id}', request, { page_id: 'pg123abc', incident_id: 'p31zjtct2jer' })).toEqual([]);
  });

  it('a description check catches a wrong body (the validator is not a yes-machine)', () => {
    const request = { method: 'PATCH', url: 'https://api.statuspage.io/v1/pages/p/incidents/i', body: JSON.stringify({ incident: { status: 'on-fire' } }) };
    expect(check('/pages/{page_id}/incidents/{incident_id}', request, { page_id: 'p', incident_id: 'i' }).join()).toMatch(/status/);
  });

  it('escapes ids so a page id cannot change the path', () => {
    expect(getIncident({ ...target, pageId: '../x' }, KEY, 'a/b').url).toBe('https://api.statuspage.io/v1/pages/..%2Fx/incidents/a%2Fb');
    expect(listUnresolved(target, KEY).url).toBe('https://api.statuspage.io/v1/pages/pg123abc/incidents/unresolved');
  });

  it('posts Slack messages as JSON {text}', () => {
    const request = slackRequest('https://hooks.slack.com/services/T1/B2/c3', 'Hello team');
    expect(request).toMatchObject({ method: 'POST', url: 'https://hooks.slack.com/services/T1/B2/c3', headers: { 'Content-Type': 'application/json' } });
    expect(JSON.parse(request.body)).toEqual({ text: 'Hello team' });
  });
});

describe('host binding', () => {
  const live = { allowLoopbackHttp: false };
  it("takes only Slack's own webhook addresses", () => {
    expect(refusedSlackWebhook('https://hooks.slack.com/services/T000/B000/XXXX', live)).toBeNull();
    for (const address of [
      'https://hooks.slack.com.evil.example/services/T/B/X',
      'https://hooks.slack.com@evil.example/services/T/B/X',
      'https://evil.example/services/T/B/X',
      'http://hooks.slack.com/services/T/B/X',
      'https://hooks.slack.com:8443/services/T/B/X',
      'https://hooks.slack.com/api/chat.postMessage',
      'http://127.0.0.1:9/services/T/B/X',
      'not a url',
    ]) {
      expect(refusedSlackWebhook(address, live), address).toMatch(/Slack|webhook/);
    }
    expect(refusedSlackWebhook('https://evil.example/services/T/B/X', live)).toBe(
      "Sitrep sends the team's updates only to Slack, and evil.example is not Slack's webhook server. Paste the incoming-webhook address Slack gave you: it starts with https://hooks.slack.com/services/.",
    );
  });

  it('allows plain http to this computer only in test mode', () => {
    expect(refusedSlackWebhook('http://127.0.0.1:4000/services/T/B/X', { allowLoopbackHttp: true })).toBeNull();
    expect(refusedSlackWebhook('http://10.0.0.5:4000/services/T/B/X', { allowLoopbackHttp: true })).not.toBeNull();
    expect(refusedStatuspageApi('http://127.0.0.1:4000', { allowLoopbackHttp: true })).toBeNull();
    expect(refusedStatuspageApi('http://127.0.0.1:4000', live)).not.toBeNull();
  });

  it('sends the Statuspage key only to api.statuspage.io', () => {
    expect(refusedStatuspageApi('https://api.statuspage.io', live)).toBeNull();
    expect(refusedStatuspageApi('https://api.statuspage.io.evil.example', live)).toMatch(/only to https:\/\/api.statuspage.io/);
    expect(refusedStatuspageApi('https://evil.example/api.statuspage.io', live)).not.toBeNull();
  });
});
