import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { GitStore } from './git-store';
import { errorBody, routes, type RouteResult } from './github-routes';
import { validateErrorBody, validateRequest, validateResponse } from './openapi-validator';

/*
 * A GitHub double: a real HTTP server on 127.0.0.1 holding refs, blobs, trees, commits and pull requests in
 * memory. Every request and every response is checked against GitHub's OpenAPI description; problems land in
 * `violations`. Faults can be queued per operation to reproduce what real networks and GitHub do.
 */
export type FaultAction =
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string>; /** apply the change first */ apply?: boolean }
  | { kind: 'drop-after-apply' };

export interface Fault {
  /** "POST /repos/{owner}/{repo}/git/refs", or "*" for any operation. */
  operation: string;
  times: number;
  action: FaultAction;
}

export interface LoggedRequest {
  operation: string;
  path: string;
  status: number | 'dropped';
}

interface CompiledRoute {
  operation: string;
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
}

const compiledRoutes: CompiledRoute[] = Object.keys(routes).map((operation) => {
  const [method, template] = operation.split(' ') as [string, string];
  const names: string[] = [];
  // The last parameter of a ref route may itself hold slashes ("heads/sitrep/x"), sent encoded or not.
  const source = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return name === 'ref' ? '(.+)' : '([^/]+)';
  });
  return { operation, method, template, regex: new RegExp(`^${source}$`), names };
});

export interface DoubleOptions {
  token?: string;
  login?: string;
  port?: number;
  store?: GitStore;
}

export class GitHubDouble {
  readonly store: GitStore;
  readonly violations: string[] = [];
  readonly requests: LoggedRequest[] = [];
  readonly faults: Fault[] = [];
  token: string;
  readonly login: string;
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;

  constructor(options: DoubleOptions = {}) {
    this.store = options.store ?? new GitStore();
    this.token = options.token ?? 'ghp_test_token';
    this.login = options.login ?? 'dana';
    this.port = options.port ?? 0;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
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
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  inject(operation: string, action: FaultAction, times = 1): void {
    this.faults.push({ operation, action, times });
  }

  /** Writes (anything but GET) the double received, e.g. to prove an unchanged re-export wrote nothing. */
  writes(): LoggedRequest[] {
    return this.requests.filter((r) => !r.operation.startsWith('GET '));
  }

  private takeFault(operation: string): FaultAction | null {
    const fault = this.faults.find((f) => f.times > 0 && (f.operation === operation || f.operation === '*'));
    if (!fault) return null;
    fault.times--;
    return fault.action;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');

    const route = compiledRoutes.find((r) => r.method === method && r.regex.test(url.pathname));
    if (!route) {
      this.violations.push(`unknown operation ${method} ${url.pathname}`);
      this.send(res, method, null, { status: 404, body: errorBody('Not Found', 404) });
      return;
    }
    const match = route.regex.exec(url.pathname)!;
    const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
    let body: Record<string, unknown> = {};
    if (raw) {
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        this.violations.push(`${route.operation}: request body is not JSON`);
      }
    }
    for (const problem of validateRequest(method, route.template, params, url.searchParams, raw ? body : undefined)) {
      this.violations.push(`${route.operation} request: ${problem}`);
    }
    const log: LoggedRequest = { operation: route.operation, path: url.pathname, status: 0 };
    this.requests.push(log);

    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `bearer ${this.token}` && auth !== `Bearer ${this.token}`) {
      log.status = 401;
      this.send(res, method, route, { status: 401, body: errorBody('Bad credentials', 401) });
      return;
    }

    const fault = this.takeFault(route.operation);
    const ctx = { store: this.store, params, query: url.searchParams, body, login: this.login, baseUrl: this.url };
    if (fault?.kind === 'drop-after-apply') {
      const result = routes[route.operation]!(ctx);
      log.status = 'dropped';
      void result;
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      if (fault.apply) routes[route.operation]!(ctx);
      log.status = fault.status;
      this.send(res, method, route, { status: fault.status, body: fault.body ?? errorBody('Injected fault', fault.status), headers: fault.headers });
      return;
    }
    const result = routes[route.operation]!(ctx);
    log.status = result.status;
    this.send(res, method, route, result);
  }

  private send(res: ServerResponse, method: string, route: CompiledRoute | null, result: RouteResult): void {
    if (route) {
      const documented = validateResponse(method, route.template, result.status, result.body);
      const undocumented = documented.length === 1 && documented[0]!.startsWith('status ');
      const problems = undocumented ? validateErrorBody(result.body) : documented;
      for (const problem of problems) this.violations.push(`${route.operation} ${result.status}: ${problem}`);
    }
    const text = result.body === undefined ? '' : JSON.stringify(result.body);
    res.writeHead(result.status, {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...result.headers,
    });
    res.end(text);
  }
}

export async function startGitHubDouble(options: DoubleOptions = {}): Promise<GitHubDouble> {
  return new GitHubDouble(options).start();
}
