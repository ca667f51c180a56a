import type { ExportErrorCode } from '../../shared/contract/github-schemas';
import { maskSecret } from './secret-mask';

/** A failure told in words that say what to do next. Never carries the token. */
export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    message: string,
    readonly retryAt: number | null = null,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/**
 * The same error with every piece of the token replaced (see secret-mask). GitHub's own answers never hold it,
 * but an error text comes from whatever answered, and that text reaches the renderer, the outbox file and the
 * screen. The client already masks at the source; this is the last check before the text leaves main.
 */
export function withoutSecret(error: ExportError, secret: string): ExportError {
  const masked = maskSecret(error.message, secret);
  return masked === error.message ? error : new ExportError(error.code, masked, error.retryAt);
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
  request?: { method?: string; url?: string };
  cause?: unknown;
}

const timeText = (ms: number): string => `${new Date(ms).toISOString().slice(11, 19)} UTC`;

function githubMessages(err: RequestErrorLike): string {
  const data = err.response?.data as { message?: string; errors?: { message?: string }[] } | undefined;
  return [data?.message, ...(data?.errors ?? []).map((e) => e.message), err.message].filter(Boolean).join(' | ');
}

const NETWORK_CODES = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|UND_ERR_SOCKET|fetch failed|other side closed/i;

/** True for failures where nothing reached GitHub or no answer came back: worth keeping in the outbox. */
export function isNetworkFailure(err: unknown): boolean {
  const e = err as RequestErrorLike;
  const chain: unknown[] = [e, e?.cause, (e?.cause as RequestErrorLike | undefined)?.cause];
  return (
    (e?.status === undefined || e.status === 500) &&
    chain.some((c) => c instanceof Error && (NETWORK_CODES.test(c.message) || NETWORK_CODES.test(String((c as { code?: string }).code))))
  );
}

/**
 * Turns an Octokit error into an ExportError. `what` names the thing being done ("reading owner/repo"),
 * so "not found" can say which name to check.
 */
export function toExportError(err: unknown, what: { repository: string; branch?: string; host: string }): ExportError {
  if (err instanceof ExportError) return err;
  if (isNetworkFailure(err)) {
    return new ExportError('offline', `No connection to ${what.host}. The export is kept in the outbox and is sent when the network is back.`);
  }
  const e = err as RequestErrorLike;
  const status = e.status ?? 0;
  const headers = e.response?.headers ?? {};
  const text = githubMessages(e);
  if (status === 401) {
    return new ExportError('bad-token', 'GitHub did not accept the token: it is wrong, expired or revoked. Paste a new token (or sign in again) in Settings → GitHub, then export again.');
  }
  const reset = Number(headers['x-ratelimit-reset']);
  if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(text))) {
    const retryAfter = Number(headers['retry-after']);
    const retryAt = Number.isFinite(retryAfter) && retryAfter > 0 ? Date.now() + retryAfter * 1000 : Number.isFinite(reset) && reset > 0 ? reset * 1000 : Date.now() + 60_000;
    const kind = /secondary/i.test(text) ? 'secondary rate limit (too many requests in a short time)' : 'rate limit';
    return new ExportError('rate-limited', `GitHub's ${kind} is reached. Sitrep will try again at ${timeText(retryAt)}; nothing is lost.`, retryAt);
  }
  if (status === 403) {
    const wanted = headers['x-accepted-github-permissions'];
    const permission = wanted ? ` GitHub asks for: ${wanted.split(/[;,]\s*/).join(', ')}.` : '';
    return new ExportError(
      'missing-permission',
      `The token may not do this on ${what.repository}.${permission} Give the token that permission (fine-grained token: Contents and Pull requests, read and write) and export again.`,
    );
  }
  if (status === 404) {
    const branch = what.branch ? ` or the branch ${what.branch}` : '';
    return new ExportError('not-found', `GitHub cannot find ${what.repository}${branch}. Check the repository and base branch in Settings → GitHub, and that the token can see that repository.`);
  }
  if (status === 409) {
    return new ExportError('conflict', `GitHub reported a conflict on ${what.repository} (the branch changed while exporting, or the repository is empty). Export again; if it repeats, check the repository has at least one commit.`);
  }
  if (status === 422 && /No commits between/i.test(text)) {
    return new ExportError('no-changes', `The branch has no changes compared with the base branch, so there is nothing to review. If the analysis was already merged, there is nothing more to do.`);
  }
  if (status === 422) {
    return new ExportError('invalid', `GitHub refused the request: ${text.slice(0, 300)}. Check the labels, reviewers and base branch in Settings → GitHub.`);
  }
  if (status >= 500) {
    return new ExportError('server-error', `GitHub had a server error (${status}) and did not recover after retries. Nothing is lost; export again in a few minutes.`);
  }
  return new ExportError('unknown', `The export failed: ${text.slice(0, 300) || 'unknown error'}.`);
}
