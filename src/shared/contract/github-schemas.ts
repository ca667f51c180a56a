import { z } from 'zod';

/*
 * Shapes that cross the IPC boundary for the analysis export. The token never appears here: main keeps it.
 */
export const RepositoryNameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'Write the repository as owner/name, e.g. acme/incident-analyses.');

export const GitHubSettingsSchema = z.object({
  repository: RepositoryNameSchema.or(z.literal('')).default(''),
  /** Empty: the repository's default branch. */
  baseBranch: z.string().trim().max(250, 'A branch name is at most 250 characters.').default(''),
  folder: z.string().trim().max(300, 'The folder is at most 300 characters.').default('incidents'),
  labels: z
    .array(z.string().trim().min(1, 'A label cannot be empty.').max(50, 'A label is at most 50 characters.'))
    .max(20, 'Give at most 20 labels.')
    .default(['incident-analysis']),
  reviewers: z
    .array(z.string().trim().min(1, 'A reviewer cannot be empty.').max(39, 'A GitHub user name is at most 39 characters.'))
    .max(15, 'Give at most 15 reviewers.')
    .default([]),
  draft: z.boolean().default(false),
  /**
   * https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server. The token travels with every
   * request, so plain http is accepted only for this computer (a local test server), never across a network.
   */
  apiBaseUrl: z
    .url({ protocol: /^https?$/, error: 'Write the API address in full, for example https://api.github.com (or https://HOST/api/v3 for GitHub Enterprise Server).' })
    .refine(
      (u) => {
        // Not a URL at all is z.url()'s to report (zod runs refinements after a failed check too).
        if (!URL.canParse(u)) return true;
        const url = new URL(u);
        return url.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
      },
      'Use an https:// address: the token must not cross the network unencrypted (http:// works only for this computer).',
    )
    .default('https://api.github.com'),
  /** OAuth app client id for the device flow; empty hides the "Sign in with GitHub" button. */
  oauthClientId: z.string().trim().max(100, 'The OAuth client id is at most 100 characters.').default(''),
});
export type GitHubSettings = z.infer<typeof GitHubSettingsSchema>;

/**
 * A change to some settings: every field optional and without its default, so a field the patch does not name
 * keeps its stored value (zod's .partial() would fill it with the default: a GHES address back to github.com).
 */
export const GitHubSettingsPatchSchema = z.object(
  Object.fromEntries(Object.entries(GitHubSettingsSchema.shape).map(([key, field]) => [key, field.removeDefault().optional()])) as {
    [K in keyof typeof GitHubSettingsSchema.shape]: z.ZodOptional<ReturnType<(typeof GitHubSettingsSchema.shape)[K]['removeDefault']>>;
  },
);
export type GitHubSettingsPatch = z.infer<typeof GitHubSettingsPatchSchema>;

export const ExportFileSchema = z.object({
  /** Repository-relative path, e.g. "incidents/2026-11-26-checkout-is-down.md". */
  path: z
    .string()
    .min(1)
    .max(500)
    // An empty segment also refuses an absolute path ("/x"), a doubled slash and a trailing one.
    .refine((p) => !p.split('/').some((s) => s === '..' || s === '.' || s === ''), 'A file path must stay inside the repository.'),
  /** utf8 text for the document, base64 for images. */
  encoding: z.enum(['utf8', 'base64']),
  content: z.string().max(50_000_000),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

/** What the renderer sends to publish: exactly the bytes it previewed. */
export const AnalysisExportSchema = z.object({
  incidentId: z.string().min(1).max(64),
  branch: z.string().min(1).max(200).regex(/^[A-Za-z0-9._/-]+$/).refine((b) => !b.includes('..') && !b.endsWith('/'), 'Not a valid branch name.'),
  title: z.string().min(1).max(256),
  body: z.string().max(60_000),
  commitMessage: z.string().min(1).max(1_000),
  files: z.array(ExportFileSchema).min(1).max(200),
  /**
   * Files an earlier export of this incident wrote (main fills this in): any of them not in `files` is
   * removed in the same commit, so a renamed incident does not leave its old document on the branch.
   */
  replacesPaths: z.array(z.string().max(500)).max(400).optional(),
});
export type AnalysisExport = z.infer<typeof AnalysisExportSchema>;

export const ExportErrorCodeSchema = z.enum([
  'bad-token',
  'missing-permission',
  'not-found',
  'conflict',
  'no-changes',
  'rate-limited',
  'server-error',
  'offline',
  'not-configured',
  'invalid',
  'unknown',
]);
export type ExportErrorCode = z.infer<typeof ExportErrorCodeSchema>;

export const PublishResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    pullRequestUrl: z.string(),
    pullRequestNumber: z.number().int(),
    branch: z.string(),
    /** False when the branch already held exactly these files: nothing was written. */
    changed: z.boolean(),
    createdPullRequest: z.boolean(),
    warnings: z.array(z.string()),
  }),
  z.object({
    ok: z.literal(false),
    code: ExportErrorCodeSchema,
    message: z.string(),
    /** When GitHub said to come back (rate limits), epoch ms. */
    retryAt: z.number().nullable(),
    /** True when the export was put in the outbox to be sent later. */
    queued: z.boolean(),
  }),
]);
export type PublishResult = z.infer<typeof PublishResultSchema>;

export const ExportProgressSchema = z.object({
  incidentId: z.string(),
  step: z.string(),
  /** Free text for people: "Rate limited by GitHub; retrying at 14:32:05 UTC". */
  message: z.string(),
  retryAt: z.number().nullable().optional(),
});
export type ExportProgress = z.infer<typeof ExportProgressSchema>;

export const OutboxStateSchema = z.enum(['queued', 'sending', 'done', 'failed']);
export const OutboxItemViewSchema = z.object({
  id: z.string(),
  incidentId: z.string(),
  title: z.string(),
  state: OutboxStateSchema,
  attempts: z.number().int(),
  createdAt: z.number(),
  nextAttemptAt: z.number().nullable(),
  pullRequestUrl: z.string().nullable(),
  error: z.string().nullable(),
});
export type OutboxItemView = z.infer<typeof OutboxItemViewSchema>;

export const GitHubAuthStatusSchema = z.object({
  hasToken: z.boolean(),
  /** Where the token is kept; 'basic_text' on Linux means no secret store (weak protection). */
  storageBackend: z.string(),
  encryptionAvailable: z.boolean(),
  /** Linux without a keyring: the user must agree before a token is stored with weak protection. */
  needsWeakStorageConsent: z.boolean(),
});
export type GitHubAuthStatus = z.infer<typeof GitHubAuthStatusSchema>;

export const DeviceCodeSchema = z.object({
  userCode: z.string(),
  verificationUri: z.string(),
  expiresAt: z.number(),
});
