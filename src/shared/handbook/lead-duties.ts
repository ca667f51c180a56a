import { z } from 'zod';
import type { Severity } from '../domain/incident';

export const ChecklistItemSchema = z.object({
  /** Stable across severities and versions, so a tick survives a severity change and an app update. */
  id: z.string().min(1).max(64),
  text: z.string().trim().min(1).max(300),
  detail: z.string().max(2_000).optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** The ids of the default duties, for code that needs to refer to one (nudges, the analysis). */
export const leadDutyIds = {
  assembleResponders: 'assemble-responders',
  informStakeholders: 'inform-stakeholders',
  keepNotes: 'keep-notes',
  statusBanner: 'status-banner',
  statusPage: 'status-page',
  announceToUsers: 'announce-to-users',
  handOverLead: 'hand-over-lead',
  closeWithRootCause: 'close-with-root-cause',
  scheduleAnalysis: 'schedule-analysis',
} as const;

const ids = leadDutyIds;

const keepNotes: ChecklistItem = {
  id: ids.keepNotes,
  text: 'Keep timestamped notes',
  detail:
    'Log everything known and everything tried, with times, as it happens. It is the raw material of the ' +
    'analysis, and the team learns far more from it than from memory.',
};

const handOverLead: ChecklistItem = {
  id: ids.handOverLead,
  text: 'Hand over the lead if you are the best debugger',
  detail: 'If you are the person most able to fix it, give the lead role to someone else in the call and debug.',
};

const closeWithRootCause: ChecklistItem = {
  id: ids.closeWithRootCause,
  text: 'Close only with a root cause and a fix',
  detail: 'The incident ends when the root cause is identified and a fix is in place, not when symptoms fade.',
};

const scheduleAnalysis: ChecklistItem = {
  id: ids.scheduleAnalysis,
  text: 'Schedule the analysis sync 24–48 h later, or skip it',
  detail:
    'A short meeting with a few of the people involved to walk the timeline and collect learnings. Skip it ' +
    'when the incident was uneventful.',
};

const statusBanner: ChecklistItem = {
  id: ids.statusBanner,
  text: 'Update the status banner in the product',
  detail: 'Users in the product should see that something is wrong and that it is being handled.',
};

const statusPage: ChecklistItem = {
  id: ids.statusPage,
  text: 'Update the public status page',
  detail: 'Post what is affected and when the next update comes; update it when anything changes.',
};

/*
 * The lead's duties by severity: a default in our own words, replaceable per team. Minor does not page
 * anyone; major pages and tells leadership; critical adds public communication to users.
 */
export const defaultLeadDuties: Record<Severity, ChecklistItem[]> = {
  minor: [
    {
      id: ids.assembleResponders,
      text: 'Bring in the right people during working hours',
      detail: 'Minor incidents do not page anyone. Involve the feature owner and, if needed, the on-call engineer.',
    },
    keepNotes,
    handOverLead,
    closeWithRootCause,
    scheduleAnalysis,
  ],
  major: [
    {
      id: ids.assembleResponders,
      text: 'Get the right people into the call',
      detail: 'Page the on-call engineer. Add infrastructure and the owner of the affected feature where relevant.',
    },
    {
      id: ids.informStakeholders,
      text: 'Make sure leadership knows',
      detail: 'Tell the people who must know about a major incident, so nobody hears about it first from a customer.',
    },
    keepNotes,
    statusBanner,
    statusPage,
    handOverLead,
    closeWithRootCause,
    scheduleAnalysis,
  ],
  critical: [
    {
      id: ids.assembleResponders,
      text: 'Get the right people into the call now',
      detail: 'Page the on-call engineer, infrastructure and the owner of the affected feature.',
    },
    {
      id: ids.informStakeholders,
      text: 'Tell leadership straight away',
      detail: 'A critical incident can hurt the company itself; leadership needs to know within minutes.',
    },
    keepNotes,
    statusBanner,
    statusPage,
    {
      id: ids.announceToUsers,
      text: 'Announce it to users',
      detail: 'Post in the channel where users get announcements: what is affected, what to do, when the next update comes.',
    },
    handOverLead,
    closeWithRootCause,
    scheduleAnalysis,
  ],
};
