import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import { availableTemplates, buildAnalysisInvite, proposeAnalysisSlot, toAnalysisExport } from '../../../shared/analysis';
import type { GitHubSettings, PublishResult } from '../../../shared/contract/github-schemas';
import type { Incident } from '../../../shared/domain/incident';
import { isLive } from '../../../shared/domain/domain-values';
import { formatUtc } from '../../../shared/time/format-time';
import { machineTimeZone } from '../../../shared/time/zone-clock';
import { getBridge } from '../bridge/get-bridge';
import { useDatabase } from '../data/database-context';
import { applyIncidentAction } from '../data/incident-repository';
import { readSettings } from '../data/settings-repository';
import { EntryChoices } from './EntryChoices';
import { FollowUps } from './FollowUps';
import { OutboxList } from './OutboxList';
import { readImageBytes } from './image-bytes';
import { RenderedDocument } from './RenderedDocument';
import { readTeamTemplates } from './team-templates';
import { useAnalysisDocument } from './use-analysis-document';

// Rendering a 50,000-row timeline as DOM takes seconds; past this size the raw text is shown instead.
const MAX_RENDERED_CHARS = 400_000;

function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

function describe(result: PublishResult): string {
  if (result.ok) {
    const what = result.createdPullRequest ? 'Opened' : result.changed ? 'Updated' : 'Nothing changed since the last export of';
    return `${what} pull request #${result.pullRequestNumber}. ${result.warnings.join(' ')}`.trim();
  }
  return result.queued ? `${result.message} (queued in the outbox)` : result.message;
}

/**
 * The incident's analysis: preview exactly what will be sent (rendered as GitHub shows it, or the raw Markdown), choose the template, leave out or redact
 * entries for this export, then export to GitHub, save to a folder, or create the analysis sync invite.
 */
export function AnalysisPanel({ incident }: { incident: Incident }) {
  const db = useDatabase();
  const custom = useLiveQuery(() => readTeamTemplates(db), [db]);
  const templates = useMemo(() => availableTemplates(custom ?? []), [custom]);
  const [templateId, setTemplateId] = useState(templates[0]!.id);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [redacted, setRedacted] = useState<ReadonlySet<string>>(new Set());
  const [settings, setSettings] = useState<GitHubSettings | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [lastPr, setLastPr] = useState<string | null>(null);
  const previewId = useId();
  const [raw, setRaw] = useState(false);

  useEffect(() => {
    let alive = true;
    void getBridge()
      .getGitHubSettings()
      .then((s) => alive && setSettings(s ?? null));
    const off = getBridge().onExportProgress((p) => {
      if (p.incidentId === incident.id) setStatus(p.message);
    });
    return () => {
      alive = false;
      off();
    };
  }, [incident.id]);

  const template = templates.find((t) => t.id === templateId) ?? templates[0]!;
  const { doc, entries } = useAnalysisDocument(incident, { template, excluded, redacted, folder: settings?.folder ?? 'incidents' });

  if (isLive(incident.status)) {
    return <p>The analysis document is written once the incident is resolved. Resolve it first (root cause and fix).</p>;
  }
  if (!doc) return <p role="status">Building the analysis document…</p>;
  const tooLarge = doc.markdown.length > MAX_RENDERED_CHARS;
  const showRaw = raw || tooLarge;

  const exportToGitHub = async () => {
    setBusy(true);
    setStatus('Exporting to GitHub…');
    try {
      const result = await getBridge().publishAnalysis(toAnalysisExport(incident, doc, await readImageBytes(db, incident.id)));
      setStatus(describe(result));
      if (result.ok) setLastPr(result.pullRequestUrl);
    } catch (err) {
      setStatus(`The export failed: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const saveToFolder = async () => {
    setBusy(true);
    try {
      const { files } = toAnalysisExport(incident, doc, await readImageBytes(db, incident.id));
      const result = await getBridge().saveAnalysisToFolder({ files });
      setStatus(result.ok ? `Saved ${result.written.length} file${result.written.length === 1 ? '' : 's'} to ${result.folder}.` : result.message);
    } finally {
      setBusy(false);
    }
  };

  const createInvite = async () => {
    const slot = proposeAnalysisSlot(incident.resolvedAt ?? Date.now(), machineTimeZone());
    const invite = buildAnalysisInvite({ incident, start: slot.start, documentUrl: lastPr });
    if (!invite.ok) {
      setStatus(invite.message);
      return;
    }
    const url = URL.createObjectURL(new Blob([invite.ics], { type: 'text/calendar' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = invite.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    const by = (await readSettings(db)).userName ?? incident.lead;
    const moved = await applyIncidentAction(db, incident.id, { type: 'schedule-analysis', scheduledFor: slot.start }, by);
    const when = formatUtc(slot.start, { withDate: true });
    setStatus(
      moved.ok
        ? `Invite created for ${when}${slot.withinWindow ? '' : ' (the first working slot; a weekend is in the way of 24–48 hours)'}; the incident is now "analysis scheduled".`
        : moved.reason,
    );
  };

  return (
    <div className="analysis-panel">
      <p>
        <label>
          Template{' '}
          <select value={template.id} onChange={(e) => setTemplateId(e.target.value)}>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>{' '}
        <span className="hint">
          {doc.counts.shown} entries shown, {doc.counts.excluded} left out, {doc.counts.redacted} redacted, {doc.counts.deleted} deleted
        </span>
      </p>
      <FollowUps entries={entries} />
      <EntryChoices
        entries={entries}
        excluded={excluded}
        redacted={redacted}
        onToggle={(kind, id) => (kind === 'exclude' ? setExcluded((s) => toggled(s, id)) : setRedacted((s) => toggled(s, id)))}
      />
      <p>
        <button type="button" onClick={() => void exportToGitHub()} disabled={busy}>
          Export to GitHub
        </button>{' '}
        <button type="button" onClick={() => void saveToFolder()} disabled={busy}>
          Save to folder
        </button>{' '}
        <button type="button" onClick={() => void createInvite()} disabled={busy || (incident.status !== 'resolved' && incident.status !== 'analysis-scheduled')}>
          Create the analysis sync invite (.ics)
        </button>
      </p>
      <p role="status" aria-live="polite">
        {status}
      </p>
      <OutboxList incidentId={incident.id} />
      <section aria-labelledby={previewId}>
        <h3 id={previewId}>Preview of {doc.paths.documentPath}</h3>
        <p>
          <button type="button" aria-pressed={showRaw} onClick={() => setRaw((v) => !v)} disabled={tooLarge}>
            Raw Markdown
          </button>{' '}
          {tooLarge ? (
            <span className="hint">
              The document is too long to render here ({doc.markdown.length.toLocaleString()} characters); GitHub will render it.
            </span>
          ) : null}
        </p>
        {/* Both focusable so keyboard users can scroll a long document. */}
        {showRaw ? (
          <pre className="analysis-preview" tabIndex={0} aria-label="Raw Markdown">
            {doc.markdown}
          </pre>
        ) : (
          <RenderedDocument markdown={doc.markdown} frontMatter={doc.frontMatter} label="Rendered document" />
        )}
      </section>
    </div>
  );
}
