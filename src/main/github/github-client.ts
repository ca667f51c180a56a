import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck';
import { maskDeep, maskSecret } from './secret-mask';

export const SitrepOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof SitrepOctokit>;

export interface RateLimitNotice {
  kind: 'primary' | 'secondary';
  /** When the request will be tried again, epoch ms (as GitHub asked). */
  retryAt: number;
  willRetry: boolean;
}

export interface ClientOptions {
  token: string;
  baseUrl: string;
  /** Told when GitHub limits us, so the UI can say when it will retry. */
  onRateLimit?: (notice: RateLimitNotice) => void;
  /** How many times to wait out a rate limit before giving up. */
  rateLimitRetries?: number;
  /**
   * Tests only: GitHub's waits are honoured in milliseconds instead of seconds and writes are not spaced out,
   * so the fault matrix runs without sleeping. The order of events is unchanged.
   */
  fastTiming?: boolean;
  /** Counts every HTTP request (bench: requests per export). */
  onRequest?: (method: string, url: string) => void;
  userAgent?: string;
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const fast = options.fastTiming === true;
  const retries = options.rateLimitRetries ?? 2;
  const limitHandler =
    (kind: RateLimitNotice['kind']) =>
    (retryAfterSeconds: number, _opts: unknown, _octokit: unknown, retryCount: number): boolean => {
      const willRetry = retryCount < retries;
      options.onRateLimit?.({ kind, retryAt: Date.now() + retryAfterSeconds * 1000, willRetry });
      return willRetry;
    };
  // Fresh limiter groups per client: the plugin's defaults are module-wide and would space tests' writes 1 s apart.
  const group = (minTime: number) => new Bottleneck.Group({ maxConcurrent: 1, minTime: fast ? 0 : minTime });
  const octokit = new SitrepOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'Sitrep incident analysis export',
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    // 429 is left to the throttling plugin, which waits until GitHub's reset time instead of a fixed backoff.
    retry: { retryAfterBaseValue: fast ? 1 : 1000, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      onRateLimit: limitHandler('primary'),
      onSecondaryRateLimit: limitHandler('secondary'),
      retryAfterBaseValue: fast ? 1 : 1000,
      fallbackSecondaryRateRetryAfter: 60,
      write: group(1000),
      notifications: group(3000),
      search: group(2000),
    },
  });
  // An error's text may echo the token (a proxy, a misconfigured server). Mask it here, before any code reads,
  // cuts or stores it, so no later step can keep a piece of it.
  octokit.hook.error('request', (error) => {
    const e = error as Error & { response?: { data?: unknown } };
    e.message = maskSecret(e.message, options.token);
    if (e.response) e.response.data = maskDeep(e.response.data, options.token);
    throw e;
  });
  if (options.onRequest) {
    const count = options.onRequest;
    octokit.hook.before('request', (req) => count(req.method, req.url));
  }
  return octokit;
}
