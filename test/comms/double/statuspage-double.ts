import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createOpenApiValidator } from '../../support/openapi-validator';
import subset from '../openapi/statuspage-subset.json';
import { HttpDouble, type Reply } from './http-double';

/*
 * A Statuspage double: pages and incidents in memory, every request and every answer checked against Statuspage's
 * published OpenAPI description (../openapi/statuspage-subset.json, cut by scripts/openapi-subset.mjs), and the
 * key checked as Statuspage checks it (Authorization: OAuth <key>).
 */
const validator = createOpenApiValidator(subset, 'statuspage');

interface Update {
  id: string;
  incident_id: string;
  status: string;
  body: string;
  created_at: string;
  updated_at: string;
  display_at: string;
}
export interface DoubleIncident {
  id: string;
  page_id: string;
  name: string;
  status: string;
  impact: string;
  metadata: Record<string, unknown>;
  created_at: string;
  updated_at: string;
  /** Absent until resolved: the description types it as a string, not nullable. */
  resolved_at?: string;
  incident_updates: Update[];
  components: unknown[];
}

const ROUTES: [string, RegExp][] = [
  ['GET /pages/{page_id}/incidents/unresolved', /^\/v1\/pages\/([^/]+)\/incidents\/unresolved$/],
  ['POST /pages/{page_id}/incidents', /^\/v1\/pages\/([^/]+)\/incidents$/],
  ['GET /pages/{page_id}/incidents/{incident_id}', /^\/v1\/pages\/([^/]+)\/incidents\/([^/]+)$/],
  ['PATCH /pages/{page_id}/incidents/{incident_id}', /^\/v1\/pages\/([^/]+)\/incidents\/([^/]+)$/],
  ['GET /pages/{page_id}', /^\/v1\/pages\/([^/]+)$/],
];

const id = () => randomBytes(6).toString('hex');

export class StatuspageDouble extends HttpDouble {
  readonly incidents: DoubleIncident[] = [];
  private clock = Date.parse('2026-01-14T10:00:00Z');

  constructor(
    readonly apiKey = 'sp-test-key-0123456789',
    readonly pageId = 'pg123abc',
  ) {
    super();
  }

  private stamp(): string {
    this.clock += 1_000;
    return new Date(this.clock).toISOString();
  }

  protected match(method: string, path: string) {
    for (const [operation, regex] of ROUTES) {
      if (!operation.startsWith(`${method} `)) continue;
      const m = regex.exec(path);
      if (m) return { operation, params: { page_id: decodeURIComponent(m[1]!), ...(m[2] ? { incident_id: decodeURIComponent(m[2]) } : {}) } };
    }
    return null;
  }

  protected checkReply(operation: string, reply: Reply): string[] {
    const [method, route] = operation.split(' ') as [string, string];
    // The description lists only some error statuses per operation (PATCH lists none, though a deleted incident
    // answers 404); an unlisted error is checked against Statuspage's shared error shape instead.
    const listed = Boolean(validator.operation(method, route).responses[String(reply.status)]);
    if (reply.status >= 400 && !listed) return validator.validateComponent('ErrorEntity', reply.body);
    return validator.validateResponse(method, route, reply.status, reply.body);
  }

  protected handle(operation: string, params: Record<string, string>, query: URLSearchParams, body: unknown, req: IncomingMessage): Reply {
    const [method, route] = operation.split(' ') as [string, string];
    this.violations.push(...validator.validateRequest(method, route, params, query, body).map((p) => `${operation}: ${p}`));
    if (req.headers.authorization !== `OAuth ${this.apiKey}`) return { status: 401, body: { message: 'Could not authenticate' } };
    if (params.page_id !== this.pageId) return { status: 404, body: { message: 'The requested resource could not be found.' } };
    const incident = params.incident_id ? this.incidents.find((i) => i.id === params.incident_id) : undefined;
    if (params.incident_id && !incident) return { status: 404, body: { message: 'The requested resource could not be found.' } };
    const input = (body as { incident?: { name?: string; status?: string; body?: string; metadata?: Record<string, unknown> } } | undefined)?.incident ?? {};

    switch (operation) {
      case 'GET /pages/{page_id}':
        return { status: 200, body: { id: this.pageId, name: 'Acme status', created_at: this.stamp(), updated_at: this.stamp() } };
      case 'GET /pages/{page_id}/incidents/unresolved':
        return { status: 200, body: this.incidents.filter((i) => i.status !== 'resolved') };
      case 'GET /pages/{page_id}/incidents/{incident_id}':
        return { status: 200, body: incident };
      case 'POST /pages/{page_id}/incidents': {
        if (!input.name) return { status: 422, body: { message: "Name can't be blank" } };
        const at = this.stamp();
        const created: DoubleIncident = {
          id: id(),
          page_id: this.pageId,
          name: input.name,
          status: input.status ?? 'investigating',
          impact: 'none',
          metadata: input.metadata ?? {},
          created_at: at,
          updated_at: at,
          incident_updates: [],
          components: [],
        };
        this.addUpdate(created, input.status ?? 'investigating', input.body ?? '');
        this.incidents.push(created);
        return { status: 201, body: created };
      }
      case 'PATCH /pages/{page_id}/incidents/{incident_id}': {
        const target = incident!;
        if (input.status) target.status = input.status;
        if (input.status === 'resolved') target.resolved_at = this.stamp();
        if (input.body) this.addUpdate(target, target.status, input.body);
        target.updated_at = this.stamp();
        return { status: 200, body: target };
      }
      default:
        return { status: 404, body: { message: 'The requested resource could not be found.' } };
    }
  }

  private addUpdate(incident: DoubleIncident, status: string, body: string): void {
    const at = this.stamp();
    // Newest first, as Statuspage lists them.
    incident.incident_updates.unshift({ id: id(), incident_id: incident.id, status, body, created_at: at, updated_at: at, display_at: at });
  }

  /** Every update posted to every incident, oldest first: what subscribers would have been told. */
  postedUpdates(): { incident: string; status: string; body: string }[] {
    return this.incidents.flatMap((i) => [...i.incident_updates].reverse().map((u) => ({ incident: i.id, status: u.status, body: u.body })));
  }
}
