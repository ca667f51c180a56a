import { useId } from 'react';
import { severities, type Severity } from '../../../shared/domain/incident';
import { severityGuide } from '../../../shared/handbook/severity-guide';

interface SeverityPickerProps {
  value: Severity;
  onChange: (severity: Severity) => void;
  legend?: string;
  /** Put the keyboard on the chosen level when the dialog opens (changing severity starts from the current one). */
  focusChosen?: boolean;
}

// The <dialog>'s showModal() focuses the first focusable control (Minor) unless one carries the autofocus attribute;
// React's autoFocus prop only calls focus() before the dialog opens, so the attribute is set on the element itself.
const markAutofocus = (input: HTMLInputElement | null) => input?.setAttribute('autofocus', '');

/**
 * Severity as radio buttons, each with its definition and examples in view: choosing a level should not
 * need a trip to the handbook. Arrow keys move between levels, as in any radio group.
 */
export function SeverityPicker({ value, onChange, legend = 'Severity', focusChosen = false }: SeverityPickerProps) {
  const name = useId();
  return (
    <fieldset className="severity-picker">
      <legend>{legend}</legend>
      {severities.map((severity) => {
        const guide = severityGuide[severity];
        const descriptionId = `${name}-${severity}-description`;
        const labelId = `${name}-${severity}-label`;
        return (
          <label key={severity} className={`severity-option ${value === severity ? 'chosen' : ''}`}>
            <span className="severity-option-head">
              <input
                ref={focusChosen && value === severity ? markAutofocus : undefined}
                type="radio"
                name={name}
                value={severity}
                checked={value === severity}
                onChange={() => onChange(severity)}
                aria-labelledby={labelId}
                aria-describedby={descriptionId}
              />
              <span id={labelId} className={`badge sev-${severity}`}>
                {guide.label}
              </span>
              <span className="hint">{guide.pagesPeople ? 'Page people now' : 'Working hours, no paging'}</span>
            </span>
            <span id={descriptionId} className="severity-option-body">
              <span className="hint">{guide.summary}</span>
              <span className="hint examples">Examples: {guide.examples.join('; ')}.</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
