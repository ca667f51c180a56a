import { HandoverBriefSendRequestSchema } from '../../../../shared/contract/comms-schemas';
import { getBridge } from '../../bridge/get-bridge';
import { mainRefusal } from '../../bridge/main-refusal';
import { recordCommsSends } from '../../cockpit-data/checklist-writes';
import type { SitrepDatabase } from '../../data/db';

/**
 * Sends the brief the lead read to the team's Slack channel. Main owns the webhook and the outbox; this page
 * only asks. What main reports as delivered is recorded on the timeline the way every comms send is (once,
 * whichever window hears of it first), so a brief that waits in the outbox is noted when it really goes out.
 */
export async function sendBriefToSlack(
  db: SitrepDatabase,
  input: { incidentId: string; text: string; author: string },
): Promise<{ ok: boolean; text: string }> {
  const request = HandoverBriefSendRequestSchema.safeParse({ incidentId: input.incidentId, text: input.text });
  if (!request.success) {
    return { ok: false, text: 'This brief is too long for one Slack message. Copy it instead and paste it in parts.' };
  }
  try {
    const result = await getBridge().sendHandoverBrief(request.data);
    if (!result) return { ok: false, text: 'Sending needs the Sitrep app; this page runs without it. Copy the brief instead.' };
    const recorded = await recordCommsSends(db, result.sends, input.author).catch(() => null);
    const ok = result.sends.length > 0 && result.sends.every((s) => s.state === 'sent' || s.state === 'queued');
    const delivered = result.sends.some((s) => s.state === 'sent');
    const note = !delivered ? '' : recorded === null ? ' It could not be noted on the timeline; it will be when Sitrep restarts.' : ' Noted on the timeline.';
    return { ok, text: `${result.message}${note}` };
  } catch (e) {
    return { ok: false, text: `Nothing was sent: ${mainRefusal(e)}. Copy the brief instead, or try again.` };
  }
}
