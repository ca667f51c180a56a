import type { TimelineEntry } from '../domain/timeline-entry';
import { supersedes } from '../domain/entry-versions';
import { isDerivedEntry } from './derive-incident';

/**
 * What each side lacks, by entry: local copies that win over the doc's go up (a note the app saved but had
 * not sent when it died, an edit that lost a tie in Yjs), doc copies that win over local ones come down.
 * Run at start for every shared incident and after every remote change, so nothing acknowledged stays behind.
 */
export function reconcile(
  doc: readonly TimelineEntry[],
  local: readonly TimelineEntry[],
): { toDoc: TimelineEntry[]; toLocal: TimelineEntry[] } {
  const inDoc = new Map(doc.map((e) => [e.id, e]));
  const inLocal = new Map(local.map((e) => [e.id, e]));
  const toDoc = local.filter((e) => {
    if (isDerivedEntry(e)) return false;
    const there = inDoc.get(e.id);
    return !there || supersedes(e, there);
  });
  const toLocal = doc.filter((e) => {
    const here = inLocal.get(e.id);
    return !here || supersedes(e, here);
  });
  return { toDoc, toLocal };
}
