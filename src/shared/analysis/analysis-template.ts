import { z } from 'zod';
import { EntryKindSchema } from '../domain/timeline-entry';

/**
 * What a section of the analysis document is filled with. Prose written for the analysis (summary, root cause,
 * fix, learnings, follow-ups) is Markdown, parsed and rewritten so it stays inside its section; timeline
 * entries are literal text. Either way nothing typed can change the document's shape.
 */
export const sectionContents = [
  'summary',
  'impact',
  'metrics',
  'timeline',
  'root-cause',
  'fix',
  'entries',
  'prompt',
  'checklist',
] as const;
export const SectionContentSchema = z.enum(sectionContents);
export type SectionContent = z.infer<typeof SectionContentSchema>;

export const TemplateSectionSchema = z.object({
  heading: z.string().trim().min(1).max(200),
  content: SectionContentSchema,
  /** A question or hint printed under the heading for the analysis sync. */
  prompt: z.string().max(2_000).optional(),
  /** For 'entries' and 'prompt': timeline entries of these kinds are listed as raw material. */
  kinds: z.array(EntryKindSchema).max(20).optional(),
  /** For 'entries': render as a task list (follow-ups someone still has to pick up). */
  asTasks: z.boolean().optional(),
});
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;

/** A team's own template, as stored in settings. */
export const TemplateSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lowercase letters, digits and dashes for a template id.'),
  name: z.string().trim().min(1).max(120),
  sections: z.array(TemplateSectionSchema).min(1).max(40),
});
export type AnalysisTemplate = z.infer<typeof TemplateSchema>;

/** The default follows the handbook: walk the timeline, ask the two questions, keep learnings apart from follow-ups. */
export const handbookTemplate: AnalysisTemplate = {
  id: 'handbook',
  name: 'Handbook analysis',
  sections: [
    { heading: 'Summary', content: 'summary' },
    { heading: 'Impact', content: 'impact' },
    { heading: 'Metrics', content: 'metrics' },
    { heading: 'Timeline', content: 'timeline' },
    { heading: 'Root cause', content: 'root-cause' },
    { heading: 'Fix', content: 'fix' },
    {
      heading: 'In what ways did our systems surprise us?',
      content: 'prompt',
      prompt: 'Note where the systems behaved differently from what the people in the incident expected.',
      kinds: ['hypothesis', 'ruled-out'],
    },
    {
      heading: 'How did it make sense for someone to do what they did?',
      content: 'prompt',
      prompt: 'For each decision, describe what the person knew and saw at that moment, not what we know now.',
      kinds: ['decision'],
    },
    {
      heading: 'Learnings',
      content: 'entries',
      prompt: 'Collected during the sync. Whether a learning needs action is up to the people who hold it.',
      kinds: ['learning'],
    },
    { heading: 'Follow-ups', content: 'entries', kinds: ['follow-up'], asTasks: true },
    { heading: "The lead's checklist", content: 'checklist' },
  ],
};

export const derpTemplate: AnalysisTemplate = {
  id: 'detection-escalation-recovery-prevention',
  name: 'Detection, escalation, recovery, prevention',
  sections: [
    { heading: 'Summary', content: 'summary' },
    { heading: 'Metrics', content: 'metrics' },
    { heading: 'Timeline', content: 'timeline' },
    {
      heading: 'Detection',
      content: 'prompt',
      prompt: 'How did we find out, and how could we have found out sooner?',
      kinds: ['milestone', 'impact'],
    },
    {
      heading: 'Escalation',
      content: 'prompt',
      prompt: 'Did the right people join at the right time?',
      kinds: ['severity-change', 'lead-change'],
    },
    { heading: 'Recovery', content: 'prompt', prompt: 'What restored service, and what slowed it down?', kinds: ['action'] },
    { heading: 'Prevention', content: 'entries', kinds: ['follow-up'], asTasks: true },
    { heading: 'Learnings', content: 'entries', kinds: ['learning'] },
  ],
};

export const sreTemplate: AnalysisTemplate = {
  id: 'sre-postmortem',
  name: 'SRE-style postmortem',
  sections: [
    { heading: 'Summary', content: 'summary' },
    { heading: 'Impact', content: 'impact' },
    { heading: 'Root causes', content: 'root-cause' },
    { heading: 'Trigger', content: 'prompt', prompt: 'What set the failure off?' },
    { heading: 'Resolution', content: 'fix' },
    { heading: 'Detection', content: 'prompt', prompt: 'How was the problem noticed?', kinds: ['milestone'] },
    { heading: 'Action items', content: 'entries', kinds: ['follow-up'], asTasks: true },
    { heading: 'What went well', content: 'prompt', prompt: 'Keep doing these.' },
    { heading: 'What went wrong', content: 'prompt', prompt: 'Without blame: conditions, not people.' },
    { heading: 'Where we got lucky', content: 'prompt', prompt: 'Near misses worth remembering.' },
    { heading: 'Lessons learned', content: 'entries', kinds: ['learning'] },
    { heading: 'Metrics', content: 'metrics' },
    { heading: 'Timeline', content: 'timeline' },
    { heading: 'Supporting information: the lead\'s checklist', content: 'checklist' },
  ],
};

export const builtInTemplates: readonly AnalysisTemplate[] = [handbookTemplate, derpTemplate, sreTemplate];

/** Built-ins first, then the team's own; a team template with a built-in id replaces it. */
export function availableTemplates(custom: readonly AnalysisTemplate[] = []): AnalysisTemplate[] {
  const customIds = new Set(custom.map((t) => t.id));
  return [...builtInTemplates.filter((t) => !customIds.has(t.id)), ...custom];
}
