import type { SitrepDatabase } from '../../data/db';
import { addEntries } from '../../data/entry-repository';

/**
 * How a brief left the app by hand. A brief sent to Slack is not recorded here: main's outbox reports it once
 * delivered, and recordCommsSends notes it once, like every comms send.
 */
export type BriefHandedOver = { how: 'copied' };

/**
 * Records on the timeline that a handover brief was handed over, with the brief as it left the app, so the
 * analysis can see what the next lead was told. Through the one write path for entries.
 */
export async function recordHandoverBrief(
  db: SitrepDatabase,
  input: { incidentId: string; author: string; to: string | null; text: string; handedOver: BriefHandedOver },
): Promise<void> {
  const whom = input.to ? ` for ${input.to}` : '';
  await addEntries(db, [
    { incidentId: input.incidentId, kind: 'note', source: 'lifecycle', author: input.author, text: `Handover brief copied${whom}:\n${input.text}` },
  ]);
}
