import { strToU8, Zip, ZipDeflate, zipSync, type Zippable } from 'fflate';

/*
 * Slack exports laid out as Slack writes them (https://slack.com/help/articles/220556107): channels.json,
 * users.json and one JSON file per channel per day, messages with ts, user, text, thread_ts, subtype, files
 * and edited. Built here rather than checked in so each test can say what it varies.
 */

export const users = [
  { id: 'U01ALICE', name: 'alice', real_name: 'Alice Moreau', profile: { real_name: 'Alice Moreau', display_name: 'alice' } },
  { id: 'U02BOB', name: 'bob', profile: { real_name: '', display_name: 'Bob the SRE' } },
  { id: 'U03CHEN', name: 'chen', real_name: '陈伟', profile: { real_name: '陈伟', display_name: 'chen' } },
];

export const channels = [
  { id: 'C0INC4312', name: 'inc-4312-checkout', created: 1768385000 },
  { id: 'C0GENERAL', name: 'general', created: 1600000000 },
];

/** 2026-01-14 10:18:00 UTC, in Slack's seconds. */
export const T0 = 1768385880;

export function ts(secondsAfterT0: number, micro = 0): string {
  return `${T0 + secondsAfterT0}.${String(micro).padStart(6, '0')}`;
}

export type SlackMessageFixture = Record<string, unknown>;

/** A day of #inc-4312-checkout with a thread, an edit, a file, a join, a bot and hard text. */
export function incidentDay(): SlackMessageFixture[] {
  return [
    { type: 'message', subtype: 'channel_join', ts: ts(0), user: 'U02BOB', text: '<@U02BOB> has joined the channel' },
    { type: 'message', ts: ts(5, 100), user: 'U01ALICE', text: 'Checkout 500s since 10:12, paging <@U02BOB> :fire:', thread_ts: ts(5, 100), reply_count: 2 },
    { type: 'message', ts: ts(5, 900), user: 'U02BOB', text: 'same ms, later micro: second' },
    { type: 'message', ts: ts(40), user: 'U02BOB', text: 'Looking. Dashboard: <https://grafana.example/d/checkout|checkout board> and <https://status.example>', thread_ts: ts(5, 100), parent_user_id: 'U01ALICE' },
    { type: 'message', subtype: 'bot_message', ts: ts(60), bot_id: 'B0PAGER', username: 'PagerBot', text: 'Alert: checkout-api error rate > 5%' },
    { type: 'message', ts: ts(90), user: 'U03CHEN', text: 'Pool is full:\n```SELECT count(*) FROM pg_stat_activity;\n-- 500 rows```\nsee `max_connections`', edited: { user: 'U03CHEN', ts: ts(120) } },
    { type: 'message', ts: ts(150), user: 'U01ALICE', text: 'literal html stays: &lt;script&gt;alert(1)&lt;/script&gt; &amp; <b>ok</b> in <#C0GENERAL>', files: [{ id: 'F0GRAPH', name: 'error-rate.png', title: 'error rate', mimetype: 'image/png', url_private: 'https://files.slack.com/F0GRAPH' }] },
    { type: 'message', ts: ts(200), user: 'U03CHEN', text: 'ملاحظة: rollback ✅ — e\u0301 👩🏽‍💻 <!here>', files: [{ id: 'F0LOGS', name: 'pool.log', mimetype: 'text/plain' }] },
    { type: 'message', subtype: 'channel_leave', ts: ts(300), user: 'U02BOB', text: '<@U02BOB> has left the channel' },
  ];
}

export interface ExportOptions {
  days?: Record<string, SlackMessageFixture[]>;
  /** Extra files, by path in the zip. */
  extra?: Record<string, Uint8Array>;
  omitLists?: boolean;
}

/** PNG signature plus a few bytes: enough to be a file with a type, not a picture. */
export const graphBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

export function slackExportZip(options: ExportOptions = {}): Uint8Array {
  const days = options.days ?? { 'inc-4312-checkout/2026-01-14.json': incidentDay() };
  const files: Zippable = {};
  if (!options.omitLists) {
    files['channels.json'] = strToU8(JSON.stringify(channels, null, 2));
    files['users.json'] = strToU8(JSON.stringify(users, null, 2));
  }
  for (const [path, messages] of Object.entries(days)) files[path] = strToU8(JSON.stringify(messages, null, 4));
  files['__uploads/F0GRAPH/error-rate.png'] = graphBytes;
  for (const [path, bytes] of Object.entries(options.extra ?? {})) files[path] = bytes;
  return zipSync(files);
}

/**
 * A zip written as a stream, the way slackdump and other tools write one: each file deflated as its pieces
 * arrive, its sizes in a descriptor after the data rather than in the header before it.
 */
export function streamedZip(files: Record<string, Uint8Array[]>, level: 1 | 6 = 6): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  for (const [path, pieces] of Object.entries(files)) {
    const file = new ZipDeflate(path, { level });
    zip.add(file);
    pieces.forEach((piece, i) => file.push(piece, i === pieces.length - 1));
  }
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.byteLength), 0);
  return out;
}

/**
 * A long incident channel: `count` messages over several days, one file per day as Slack writes them, with
 * mentions, links, code, thread replies, edits and the odd join. For the import benchmark.
 */
export function largeSlackExport(count: number, startSeconds = T0): Uint8Array {
  const days: Record<string, SlackMessageFixture[]> = {};
  const texts = [
    (i: number) => `Error rate at ${i % 97}% on <@U01ALICE>'s dashboard <https://grafana.example/d/${i}|panel ${i}>`,
    (i: number) => `Trying \`kubectl rollout undo deploy/checkout-${i % 7}\` now`,
    (i: number) => `Logs:\n\`\`\`ERROR pool exhausted (${i})\n  at Pool.acquire\`\`\``,
    (i: number) => `*Update ${i}*: still degraded, next update in 30 min &lt;-- <!here>`,
  ];
  let parent = '';
  for (let i = 0; i < count; i += 1) {
    const seconds = startSeconds + Math.floor(i * 1.7);
    const stamp = `${seconds}.${String((i * 7919) % 1_000_000).padStart(6, '0')}`;
    const day = new Date(seconds * 1000).toISOString().slice(0, 10);
    const message: SlackMessageFixture = { type: 'message', ts: stamp, user: users[i % users.length]?.id, text: texts[i % texts.length]?.(i) };
    if (i % 10 === 0) parent = stamp;
    else if (i % 10 === 3) Object.assign(message, { thread_ts: parent, parent_user_id: 'U01ALICE' });
    if (i % 50 === 7) message.edited = { user: 'U02BOB', ts: `${seconds + 30}.000000` };
    if (i % 500 === 499) Object.assign(message, { subtype: 'channel_join', text: '<@U02BOB> has joined the channel' });
    (days[`inc-4312-checkout/${day}.json`] ??= []).push(message);
  }
  return slackExportZip({ days });
}
