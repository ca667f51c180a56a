import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/*
 * The common part of the comms doubles: a real node:http server on 127.0.0.1, a log of what arrived, and faults
 * injected per operation to reproduce what networks and services do: an error status, an answer that never
 * comes (the client times out), or a connection dropped after the write was applied (the answer is lost).
 */
export type FaultAction =
  | { kind: 'status'; status: number; body?: unknown; text?: string; headers?: Record<string, string> }
  /** The change is applied, then the connection is cut before any answer. */
  | { kind: 'drop-after-apply' }
  /** The change is applied and the answer never comes (the client gives up). */
  | { kind: 'hang-after-apply' };

export interface Fault {
  operation: string;
  times: number;
  action: FaultAction;
}

export interface Arrival {
  operation: string;
  body: unknown;
  headers: IncomingMessage['headers'];
  outcome: number | 'dropped' | 'hung';
}

export interface Reply {
  status: number;
  body?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export abstract class HttpDouble {
  readonly violations: string[] = [];
  readonly arrivals: Arrival[] = [];
  readonly faults: Fault[] = [];
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Which operation a request is ("POST /pages/{page_id}/incidents"), with its path parameters, or null. */
  protected abstract match(method: string, path: string): { operation: string; params: Record<string, string> } | null;
  /** Checks the request, applies it, and says what to answer. */
  protected abstract handle(operation: string, params: Record<string, string>, query: URLSearchParams, body: unknown, req: IncomingMessage, rawBody: string): Reply;
  /** Checks an answer against the service's description before it is sent. */
  protected abstract checkReply(operation: string, reply: Reply): string[];

  fail(operation: string, action: FaultAction, times = 1): void {
    this.faults.push({ operation, times, action });
  }

  private takeFault(operation: string): FaultAction | null {
    const fault = this.faults.find((f) => f.times > 0 && (f.operation === operation || f.operation === '*'));
    if (!fault) return null;
    fault.times -= 1;
    return fault.action;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const matched = this.match(req.method ?? 'GET', url.pathname);
    if (!matched) {
      this.violations.push(`unknown route ${req.method} ${url.pathname}`);
      res.writeHead(404).end();
      return;
    }
    let body: unknown = undefined;
    if (raw) {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) this.violations.push(`${matched.operation}: body sent without Content-Type application/json`);
      try {
        body = JSON.parse(raw) as unknown;
      } catch {
        this.violations.push(`${matched.operation}: body is not JSON`);
      }
    }
    const fault = this.takeFault(matched.operation);
    const arrival: Arrival = { operation: matched.operation, body, headers: req.headers, outcome: 0 };
    this.arrivals.push(arrival);
    if (fault?.kind === 'status') {
      arrival.outcome = fault.status;
      this.send(res, matched.operation, { status: fault.status, body: fault.body, text: fault.text, headers: fault.headers }, false);
      return;
    }
    const reply = this.handle(matched.operation, matched.params, url.searchParams, body, req, raw);
    if (fault?.kind === 'drop-after-apply') {
      arrival.outcome = 'dropped';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'hang-after-apply') {
      arrival.outcome = 'hung';
      return;
    }
    arrival.outcome = reply.status;
    this.send(res, matched.operation, reply, true);
  }

  private send(res: ServerResponse, operation: string, reply: Reply, check: boolean): void {
    if (check) this.violations.push(...this.checkReply(operation, reply).map((p) => `${operation}: ${p}`));
    const json = reply.body !== undefined;
    res.writeHead(reply.status, { 'Content-Type': json ? 'application/json' : 'text/plain', ...reply.headers });
    res.end(json ? JSON.stringify(reply.body) : (reply.text ?? ''));
  }

  /** What arrived for one operation (faulted requests included). */
  received(operation: string): Arrival[] {
    return this.arrivals.filter((a) => a.operation === operation);
  }
}
