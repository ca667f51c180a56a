import { createEvent } from 'ics';
import type { Incident } from '../domain/incident';
import { utcDate } from './analysis-time';

const HOUR = 3_600_000;
const STEP = 30 * 60_000;
const WORKDAY_START = 9 * 60;
const WORKDAY_END = 17 * 60;

function localParts(ms: number, timeZone: string): { weekday: string; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(ms);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: get('weekday'), minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

/**
 * The first half-hour slot at least 24 hours after resolution that starts and ends inside working hours
 * (09:00–17:00 in the lead's zone) on a weekday. The handbook asks for 24–48 hours; when a weekend makes that
 * impossible the slot falls on the next working day, and `withinWindow` says so.
 */
export function proposeAnalysisSlot(resolvedAt: number, timeZone: string, durationMinutes = 45): { start: number; withinWindow: boolean } {
  let t = Math.ceil((resolvedAt + 24 * HOUR) / STEP) * STEP;
  const limit = resolvedAt + 8 * 24 * HOUR;
  for (; t < limit; t += STEP) {
    const { weekday, minutes } = localParts(t, timeZone);
    if (weekday === 'Sat' || weekday === 'Sun') continue;
    if (minutes >= WORKDAY_START && minutes + durationMinutes <= WORKDAY_END) {
      return { start: t, withinWindow: t + durationMinutes * 60_000 <= resolvedAt + 48 * HOUR };
    }
  }
  return { start: Math.ceil((resolvedAt + 24 * HOUR) / STEP) * STEP, withinWindow: true };
}

export interface AnalysisInviteInput {
  incident: Incident;
  start: number;
  durationMinutes?: number;
  /** The pull request or document link, put in the invite so people read before they come. */
  documentUrl?: string | null;
  organizer?: { name: string; email?: string } | null;
}

/** An .ics calendar file for the analysis sync, built with the `ics` library. */
export function buildAnalysisInvite(input: AnalysisInviteInput): { ok: true; ics: string; fileName: string } | { ok: false; message: string } {
  const { incident } = input;
  const description = [
    `Analysis sync for the ${incident.severity} incident "${incident.title}" (${utcDate(incident.declaredAt)}).`,
    'We walk the timeline together and ask: in what ways did our systems surprise us? How did it make sense for someone to do what they did?',
    input.documentUrl ? `Document: ${input.documentUrl}` : 'The analysis document will be shared before the meeting.',
  ].join('\n\n');
  const { error, value } = createEvent({
    uid: `analysis-${incident.id}@sitrep`,
    productId: 'sitrep/analysis',
    title: `Incident analysis: ${incident.title}`.slice(0, 200),
    description,
    start: input.start,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: input.durationMinutes ?? 45 },
    ...(input.documentUrl ? { url: input.documentUrl } : {}),
    ...(input.organizer ? { organizer: input.organizer } : {}),
    status: 'TENTATIVE',
    busyStatus: 'BUSY',
  });
  if (error || !value) return { ok: false, message: `The invite could not be created: ${error?.message ?? 'unknown error'}.` };
  return { ok: true, ics: value, fileName: `${utcDate(incident.declaredAt)}-analysis-sync.ics` };
}
