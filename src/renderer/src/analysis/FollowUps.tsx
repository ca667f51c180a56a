import { useState } from 'react';
import type { FollowUp, TimelineEntry } from '../../../shared/domain/timeline-entry';
import { isWebUrl } from '../../../shared/text/linked-text';
import { useDatabase } from '../data/database-context';
import { editEntry } from '../data/entry-edits';

const NONE: FollowUp = { owner: null, url: null, done: false };
const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** One follow-up: owner and link are saved when the field is left, the done mark at once. */
function FollowUpRow({ entry }: { entry: TimelineEntry }) {
  const db = useDatabase();
  const saved = entry.followUp ?? NONE;
  const [owner, setOwner] = useState(saved.owner ?? '');
  const [url, setUrl] = useState(saved.url ?? '');
  // Shown at once; the stored mark follows when the write commits (and a refused write puts it back).
  const [done, setDone] = useState(saved.done);
  const [problem, setProblem] = useState('');
  const name = short(entry.text);

  const save = async (next: Partial<FollowUp>): Promise<boolean> => {
    if (next.url != null && !isWebUrl(next.url)) {
      setProblem('Use the web address of the issue or pull request, starting with https://.');
      return false;
    }
    setProblem('');
    try {
      await editEntry(db, entry.id, { followUp: next });
      return true;
    } catch (err) {
      setProblem(`Not saved: ${(err as Error).message}`);
      return false;
    }
  };

  const toggle = async (next: boolean) => {
    setDone(next);
    if (!(await save({ done: next }))) setDone(!next);
  };

  return (
    <li>
      <label>
        <input type="checkbox" checked={done} onChange={(e) => void toggle(e.target.checked)} aria-label={`Done: ${name}`} />{' '}
        {name}
      </label>{' '}
      <input
        value={owner}
        onChange={(e) => setOwner(e.target.value)}
        onBlur={() => owner.trim() !== (saved.owner ?? '') && void save({ owner: owner.trim() || null })}
        placeholder="owner"
        aria-label={`Owner of: ${name}`}
        maxLength={120}
      />{' '}
      <input
        type="url"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        onBlur={() => url.trim() !== (saved.url ?? '') && void save({ url: url.trim() || null })}
        placeholder="https://… issue or pull request"
        aria-label={`Issue or pull request for: ${name}`}
      />
      {problem ? (
        <span role="alert" className="error">
          {' '}
          {problem}
        </span>
      ) : null}
    </li>
  );
}

/** The follow-ups the analysis lists as tasks: who owns each, where it is tracked, whether it is done. */
export function FollowUps({ entries }: { entries: readonly TimelineEntry[] }) {
  const followUps = entries.filter((e) => e.kind === 'follow-up' && e.deletedAt === null);
  if (followUps.length === 0) return null;
  return (
    <details className="analysis-follow-ups" open>
      <summary>Follow-ups ({followUps.filter((e) => e.followUp?.done).length} of {followUps.length} done)</summary>
      <ul aria-label="Follow-ups">
        {followUps.map((e) => (
          <FollowUpRow key={e.id} entry={e} />
        ))}
      </ul>
    </details>
  );
}
