import type { Severity } from '../../../shared/domain/incident';
import { severityGuide } from '../../../shared/handbook/severity-guide';

// Not imported from shared/domain/incident, whose module also builds zod schemas (too heavy for this window).
const severities: readonly Severity[] = ['minor', 'major', 'critical'];

/**
 * The severity for an incident declared from the quick note, with each level's definition in view. No
 * level is preselected: the lead chooses (Alt+1, Alt+2, Alt+3 without leaving the text).
 */
export function DeclareSeverity({ value, onChange }: { value: Severity | null; onChange: (s: Severity) => void }) {
  return (
    <fieldset className="quick-note-severity">
      <legend>Severity (when unsure, pick the higher one)</legend>
      {severities.map((severity, i) => {
        const guide = severityGuide[severity];
        return (
          <label key={severity} className={value === severity ? 'chosen' : undefined}>
            <input
              type="radio"
              name="quick-note-severity"
              value={severity}
              checked={value === severity}
              onChange={() => onChange(severity)}
            />
            <span className={`badge sev-${severity}`}>{guide.label}</span> <kbd>Alt+{i + 1}</kbd>
            <span className="hint"> {guide.summary}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
