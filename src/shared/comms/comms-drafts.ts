import { buildAnnouncement } from './announcement';
import type { CommsInput, CommsKind } from './comms-input';
import { buildInAppBanner } from './in-app-banner';
import { buildStatusPageUpdate } from './status-page-update';

/** Every draft from one state of the incident, keyed by kind. */
export function buildCommsDrafts(input: CommsInput): Record<CommsKind, string> {
  return {
    'status-page': buildStatusPageUpdate(input),
    banner: buildInAppBanner(input),
    announcement: buildAnnouncement(input),
  };
}
