import { z } from 'zod';

/*
 * The parts of a Slack export Sitrep reads (https://slack.com/help/articles/220556107). Objects are loose:
 * exports carry many more fields, which are ignored. Only what a message cannot do without is required.
 */

export const SlackTsSchema = z.string().regex(/^\d{1,10}(\.\d{1,6})?$/);

export const SlackChannelSchema = z.object({ id: z.string().min(1), name: z.string().min(1).optional() });
export const SlackChannelListSchema = z.array(SlackChannelSchema);

export const SlackUserSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  real_name: z.string().optional(),
  profile: z.object({ real_name: z.string().optional(), display_name: z.string().optional() }).optional(),
});
export const SlackUserListSchema = z.array(SlackUserSchema);

export const SlackFileSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  title: z.string().optional(),
  mimetype: z.string().optional(),
});

/**
 * A list an app laid out beside its text, or undefined where it is missing or laid out some other way than Slack
 * documents: the rest of the message still imports, where refusing the export for it would lose more. (A default
 * of [] instead cost 25 ms more per 50,000 messages, none of which have one.)
 */
const appList = <T extends z.ZodType>(item: T) => z.array(item).optional().catch(undefined);

/** An app's attachment (Slack's older message layout): an alert's summary, details and fields. */
export const SlackAttachmentSchema = z.object({
  fallback: z.string().optional(),
  pretext: z.string().optional(),
  title: z.string().optional(),
  title_link: z.string().optional(),
  text: z.string().optional(),
  fields: appList(z.object({ title: z.string().optional(), value: z.string().optional() })),
  from_url: z.string().optional(),
  is_app_unfurl: z.boolean().optional(),
});

const SlackTextObjectSchema = z.object({ type: z.unknown().optional(), text: z.unknown().optional() });
/** A layout block: a header or section's text object, a section's fields, a context's elements. */
export const SlackBlockSchema = z.object({
  text: SlackTextObjectSchema.optional(),
  fields: appList(SlackTextObjectSchema),
  elements: appList(SlackTextObjectSchema),
});
export type SlackTextObject = z.infer<typeof SlackTextObjectSchema>;

export const SlackMessageSchema = z.object({
  type: z.string().optional(),
  subtype: z.string().optional(),
  ts: SlackTsSchema,
  user: z.string().optional(),
  bot_id: z.string().optional(),
  username: z.string().optional(),
  bot_profile: z.object({ name: z.string().optional() }).optional(),
  user_profile: z.object({ real_name: z.string().optional(), display_name: z.string().optional() }).optional(),
  text: z.string().optional(),
  thread_ts: SlackTsSchema.optional(),
  parent_user_id: z.string().optional(),
  edited: z.object({ ts: SlackTsSchema }).optional(),
  files: z.array(SlackFileSchema).optional(),
  attachments: appList(SlackAttachmentSchema),
  blocks: appList(SlackBlockSchema),
});
export type SlackMessage = z.infer<typeof SlackMessageSchema>;
export type SlackUser = z.infer<typeof SlackUserSchema>;

/** What is wrong, said of the file and message a person can find, never in the schema's words. */
export function describeIssue(file: string, issue: z.core.$ZodIssue | undefined): string {
  const path = issue?.path ?? [];
  const index = typeof path[0] === 'number' ? path[0] : null;
  const field = path.slice(index === null ? 0 : 1).map(String).join('.');
  const where = index === null ? file : `${file}, item ${index + 1}`;
  if (!field) return `${where} is not laid out as a Slack export is.`;
  return `${where} has a missing or unreadable "${field}".`;
}
