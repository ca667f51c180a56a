import type { Incident } from '../../../shared/domain/incident';

/** Where the note will go, said before the user presses Enter. */
export function TargetLine({ live, target }: { live: Incident[] | undefined; target: Incident | null }) {
  if (live === undefined) return <p className="quick-note-target hint">Loading incidents…</p>;
  if (!target) {
    return (
      <p className="quick-note-target" role="status">
        No live incident. Type its title, choose a severity and press Enter to declare one.
      </p>
    );
  }
  const position = live.length > 1 ? `${live.indexOf(target) + 1} of ${live.length}` : '';
  // The position comes before the title: a long title is cut at its end, never hiding which incident this is.
  return (
    <p
      className="quick-note-target to"
      role="status"
      aria-label={`Note goes to ${target.title}, ${target.severity}${position ? ` (${position})` : ''}`}
      title={target.title}
    >
      <span className="hint">To</span> <span className={`badge sev-${target.severity}`}>{target.severity}</span>
      {position ? <span className="hint quick-note-position">{position}</span> : null}
      <strong className="quick-note-title">{target.title}</strong>
    </p>
  );
}
