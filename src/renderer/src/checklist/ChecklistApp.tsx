import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import type { ChecklistItem } from '../../../shared/handbook/lead-duties';
import { effectiveTemplate } from '../../../shared/checklist/checklist-template';
import {
  checklistProgress,
  describeProgress,
  markNotApplicable,
  templateDiffers,
  tickItem,
  untickItem,
} from '../../../shared/checklist/incident-checklist';
import type { CommsKind } from '../../../shared/comms/comms-input';
import { statusPageStatusOf } from '../../../shared/comms/statuspage-status';
import { CommsUpdateRequestSchema, type CommsSendView } from '../../../shared/contract/comms-schemas';
import type { Incident } from '../../../shared/domain/incident';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { setNudgeOff, snooze } from '../../../shared/nudges/nudge-settings';
import type { SitrepDatabase } from '../data/db';
import { readSettings } from '../data/settings-repository';
import { isStorageFailure, toStorageError } from '../data/storage-error';
import { latestTimelineEntry } from '../data/timeline-queries';
import {
  applyCurrentTemplate,
  changeChecklist,
  ensureIncidentChecklist,
  recordCommsCopy,
  recordCommsSends,
  updateNudgePrefs,
  type ChecklistWriteResult,
} from '../cockpit-data/checklist-writes';
import { getBridge } from '../bridge/get-bridge';
import { mainRefusal } from '../bridge/main-refusal';
import { startCommsSendRecorder } from '../cockpit-data/comms-send-recorder';
import { CommsBar, CommsDraftList, useCommsDrafts, type CommsDraftsState } from './CommsDrafts';
import { CommsSendList } from './CommsSendList';
import { DutyItem } from './DutyItem';
import { ReminderControls } from './ReminderControls';
import { useActiveIncident } from './use-active-incident';

const message = (error: unknown): string =>
  isStorageFailure(error) || (error instanceof Error && error.name === 'SitrepStorageError')
    ? toStorageError(error).message
    : `That did not work (${error instanceof Error ? error.message : String(error)}). Try again.`;

const sendProblems: Record<string, string> = {
  statusPageText: 'The status page update is empty or too long (20,000 characters at most). Write it, or press Redraft, then send again.',
  announcementText: 'The announcement is empty or too long (20,000 characters at most). Write it, or press Redraft, then send again.',
  bannerText: 'The banner text is too long for a banner (2,000 characters at most). Shorten it, then send again.',
};

/** The always-on-top checklist: the lead's duties for the active incident, comms drafts and reminders. */
export function ChecklistApp({ db }: { db: SitrepDatabase }) {
  const { loading, live, incident, choose } = useActiveIncident(db);
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const author = settings?.userName ?? null;
  const checklist = useLiveQuery(() => (incident ? db.incidentChecklists.get(incident.id) : undefined), [db, incident?.id]);
  const template = useLiveQuery(async () => (incident ? ((await db.checklistTemplates.get(incident.severity)) ?? null) : null), [db, incident?.severity]);
  // The drafts use only the latest impact note: read backwards to it, never the whole (possibly huge) timeline.
  const latestImpact = useLiveQuery(
    () => (incident ? latestTimelineEntry(db, incident.id, (e) => e.kind === 'impact' && e.deletedAt === null) : undefined),
    [db, incident?.id],
  );
  const [error, setError] = useState<string | null>(null);
  const [sends, setSends] = useState<readonly CommsSendView[]>([]);

  // What main delivered (now, or later from its outbox) is noted on the timeline; the list shows what is pending.
  useEffect(() => {
    const bridge = getBridge();
    const stop = startCommsSendRecorder(db, bridge, setError);
    const off = bridge.onCommsSendsChanged((all) => setSends(all ?? []));
    void bridge.listCommsSends().then((all) => setSends(all ?? []), () => undefined);
    return () => {
      stop();
      off();
    };
  }, [db]);

  // The incident's own copy of the duties is taken the first time it is opened here, if declare did not.
  useEffect(() => {
    if (incident && checklist === undefined) ensureIncidentChecklist(db, incident).catch((e: unknown) => setError(message(e)));
  }, [db, incident, checklist]);

  if (loading) return <p className="hint">Loading…</p>;
  if (!incident) {
    return (
      <main className="checklist-window">
        <h1>Lead checklist</h1>
        <p>No live incident. Declare one from the main window or the quick note, and its duties appear here.</p>
      </main>
    );
  }
  if (!checklist) return <p className="hint">Preparing the checklist…</p>;

  const run = async (write: () => Promise<ChecklistWriteResult>): Promise<boolean> => {
    if (!author) {
      setError('Set your name in the Sitrep main window first: every tick records who made it.');
      return false;
    }
    try {
      const result = await write();
      setError(result.ok ? null : result.reason);
      return result.ok;
    } catch (e) {
      setError(message(e));
      return false;
    }
  };
  const by = author ?? '';
  const progress = checklistProgress(checklist);
  const current = template === undefined ? null : effectiveTemplate(incident.severity, template ?? undefined);
  const outdated = current !== null && templateDiffers(checklist, incident.severity, current);

  const onCopy = async (kind: CommsKind, text: string): Promise<string | null> => {
    if (!author) return 'Set your name in the Sitrep main window first: the copy is recorded under it.';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      return 'The clipboard refused the text. Select the draft and copy it with Ctrl+C; it is not recorded as sent.';
    }
    try {
      await recordCommsCopy(db, incident.id, kind, text, author);
      return null;
    } catch (e) {
      return `Copied, but not noted on the timeline: ${message(e)}`;
    }
  };

  const onSend = async (texts: Record<CommsKind, string>): Promise<{ ok: boolean; text: string }> => {
    if (!author) return { ok: false, text: 'Set your name in the Sitrep main window first: the send is recorded under it.' };
    const request = CommsUpdateRequestSchema.safeParse({
      incidentId: incident.id,
      title: incident.title.slice(0, 255),
      status: statusPageStatusOf(incident.status),
      statusPageText: texts['status-page'],
      announcementText: texts.announcement,
      bannerText: texts.banner.trim() || undefined,
    });
    if (!request.success) {
      // A sentence about the draft to fix, never the schema's wording.
      const field = String(request.error.issues[0]?.path[0] ?? '');
      return { ok: false, text: sendProblems[field] ?? 'This update cannot be sent as it is. Check the drafts, then press send again.' };
    }
    try {
      const result = await getBridge().sendCommsUpdate(request.data);
      if (!result) return { ok: false, text: 'Sending needs the Sitrep app; this page runs without it.' };
      const recorded = await recordCommsSends(db, result.sends, author).catch(() => null);
      const ok = result.sends.length > 0 && result.sends.every((s) => s.state === 'sent' || s.state === 'queued');
      const note = recorded === null ? ' It could not be noted on the timeline; it will be when the window reopens.' : '';
      return { ok, text: `${result.message}${note}` };
    } catch (e) {
      return { ok: false, text: `Nothing was sent: ${mainRefusal(e)}. Shorten or check the drafts, then press send again.` };
    }
  };

  return (
    <ChecklistLayout incident={incident} latestImpact={latestImpact} onCopy={onCopy} onSend={onSend}>
      {({ drafts, showDetail }) => (
        <>
          <section className="checklist-head" aria-label="Current incident">
            <div className="checklist-title">
              <span className={`badge sev-${incident.severity}`}>{incident.severity}</span>
              {live.length > 1 ? (
                <select value={incident.id} onChange={(e) => choose(e.target.value)} aria-label="Incident">
                  {live.map((i, index) => (
                    <option key={i.id} value={i.id}>
                      {index + 1} of {live.length}: {i.title} ({i.severity})
                    </option>
                  ))}
                </select>
              ) : (
                <h1 title={incident.title}>{incident.title}</h1>
              )}
            </div>
            <p className="checklist-progress">
              <progress max={progress.total} value={progress.done} aria-label="Duties done" /> {describeProgress(progress)}
            </p>
          </section>
          <div className="checklist-body">
            {outdated && (
              <p className="template-notice" role="note">
                {checklist.severity !== incident.severity
                  ? `This list is for a ${checklist.severity} incident; the incident is now ${incident.severity}.`
                  : `The ${incident.severity} checklist template has changed since this incident took its copy.`}{' '}
                <button type="button" onClick={() => void run(() => applyCurrentTemplate(db, incident, by))}>
                  Apply the current {incident.severity} template
                </button>
              </p>
            )}
            {error && (
              <p className="error" role="alert">
                {error}
              </p>
            )}
            <ul className="duties" aria-label="Lead duties">
              {checklist.items.map((item) => (
                <DutyItem
                  key={item.id}
                  item={item}
                  mark={checklist.marks[item.id]}
                  onShowDetail={showDetail}
                  onTick={() => run(() => changeChecklist(db, incident.id, by, (c, ctx) => tickItem(c, item.id, ctx)))}
                  onUntick={() => run(() => changeChecklist(db, incident.id, by, (c, ctx) => untickItem(c, item.id, ctx)))}
                  onNotApplicable={(reason) => run(() => changeChecklist(db, incident.id, by, (c, ctx) => markNotApplicable(c, item.id, reason, ctx)))}
                />
              ))}
            </ul>
            <CommsDraftList drafts={drafts} copiedAt={checklist.copiedAt} />
            <CommsSendList
              sends={sends.filter((s) => s.incidentId === incident.id)}
              onRetry={(id) => void getBridge().retryCommsSend({ id }).catch((e: unknown) => setError(mainRefusal(e)))}
            />
            <ReminderControls
              prefs={checklist.nudgePrefs}
              onSnooze={(kind, until) => void updateNudgePrefs(db, incident.id, (p) => snooze(p, kind, until)).catch((e: unknown) => setError(message(e)))}
              onToggle={(kind, off) => void updateNudgePrefs(db, incident.id, (p) => setNudgeOff(p, kind, off)).catch((e: unknown) => setError(message(e)))}
            />
          </div>
        </>
      )}
    </ChecklistLayout>
  );
}

interface ChecklistLayoutProps {
  incident: Incident;
  latestImpact: TimelineEntry | undefined;
  onCopy(kind: CommsKind, text: string): Promise<string | null>;
  onSend(texts: Record<CommsKind, string>): Promise<{ ok: boolean; text: string }>;
  children(parts: { drafts: CommsDraftsState; showDetail(item: ChecklistItem): void }): ReactNode;
}

/**
 * The window's frame: the head (title, severity, progress) stays at the top, the duties and drafts scroll between,
 * and the foot keeps the why of the duty in focus (a strip of fixed height, so nothing above it moves) and the
 * comms copy buttons in view.
 */
function ChecklistLayout({ incident, latestImpact, onCopy, onSend, children }: ChecklistLayoutProps) {
  const drafts = useCommsDrafts({ incident, entries: latestImpact ? [latestImpact] : [], onCopy, onSend });
  const [detail, setDetail] = useState<ChecklistItem | null>(null);
  return (
    <main className="checklist-window">
      {children({ drafts, showDetail: setDetail })}
      <p className="duty-why hint" aria-hidden="true" title={detail?.detail}>
        {detail ? (detail.detail ?? '') : 'Point at a duty to see why it matters.'}
      </p>
      <CommsBar drafts={drafts} />
    </main>
  );
}
