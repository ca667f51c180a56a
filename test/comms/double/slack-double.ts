import { HttpDouble, type Reply } from './http-double';

/*
 * A Slack incoming-webhook double. Slack publishes no OpenAPI description for incoming webhooks (its Web API
 * description does not cover them), so the request is checked against what Slack's webhook documentation says:
 * a POST of JSON with a non-empty "text" to /services/T…/B…/…, answered 200 "ok"; errors are statuses with a
 * short reason in plain text (400 invalid_payload / no_text, 403 action_prohibited, 404 no_service,
 * 410 channel_is_archived, 429 with Retry-After, 500 rollup_error).
 */
export class SlackDouble extends HttpDouble {
  readonly posted: string[] = [];
  readonly path = '/services/T0TEAM/B0HOOK/s3cr3tWebhookPart';

  get webhookUrl(): string {
    return `${this.url}${this.path}`;
  }

  protected match(method: string, path: string) {
    return method === 'POST' && path.startsWith('/services/') ? { operation: 'POST /services/{webhook}', params: { webhook: path } } : null;
  }

  protected checkReply(): string[] {
    return [];
  }

  protected handle(_operation: string, params: Record<string, string>, _query: URLSearchParams, body: unknown): Reply {
    if (params.webhook !== this.path) return { status: 404, text: 'no_service' };
    const text = (body as { text?: unknown } | undefined)?.text;
    if (body === undefined || typeof body !== 'object') return { status: 400, text: 'invalid_payload' };
    if (typeof text !== 'string' || !text.trim()) {
      this.violations.push('POST /services/{webhook}: no "text" in the message');
      return { status: 400, text: 'no_text' };
    }
    this.posted.push(text);
    return { status: 200, text: 'ok' };
  }
}
