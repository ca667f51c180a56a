/*
 * One HTTP exchange with a comms server, classified by what it proves about delivery. Slack's webhooks have no
 * idempotency key, so the difference between "the request never left" and "it left and the answer was lost"
 * decides whether a retry may post twice.
 */
export type Exchange =
  | { kind: 'response'; status: number; body: unknown; text: string; retryAfterMs: number | null }
  /** Provably not delivered: no connection was made (refused, no route, name not found). Safe to send again. */
  | { kind: 'not-sent'; reason: string }
  /** The request may have arrived: the connection broke or timed out after it was made. */
  | { kind: 'lost'; reason: string };

// Errors that happen before any byte of the request reaches the server.
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'UND_ERR_CONNECT_TIMEOUT']);

function causeCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

function retryAfter(headers: Headers): number | null {
  const value = headers.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1_000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export async function exchange(request: HttpRequest, options: { timeoutMs: number; fetchImpl?: typeof fetch }): Promise<Exchange> {
  const doFetch = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await doFetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const code = causeCode(error);
    if (code && NOT_CONNECTED.has(code)) return { kind: 'not-sent', reason: code };
    return { kind: 'lost', reason: code ?? (error instanceof Error ? error.name : 'unknown') };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { kind: 'lost', reason: causeCode(error) ?? 'the answer was cut off' };
  }
  return { kind: 'response', status: response.status, body: parseJson(text), text, retryAfterMs: retryAfter(response.headers) };
}

/** Slack answers in plain text ("ok", "invalid_payload"); Statuspage in JSON. */
function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}
