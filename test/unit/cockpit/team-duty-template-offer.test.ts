import { describe, expect, it } from 'vitest';
import { addTemplateItem, type TemplateEdit } from '../../../src/shared/checklist/checklist-template';
import { createIncidentChecklist, templateDiffers } from '../../../src/shared/checklist/incident-checklist';
import { defaultLeadDuties } from '../../../src/shared/handbook/lead-duties';
import { T0 } from '../../support/domain-fixtures';

// A duty the team typed into its template has no detail text. The checklist offers "apply the new template" only
// when the template really changed since the incident took its copy, so such a duty must not trigger the offer.

function items(edit: TemplateEdit) {
  if (!edit.ok) throw new Error(edit.reason);
  return edit.items;
}

describe('the offer to apply a team-edited duty template', () => {
  const teamTemplate = items(addTemplateItem(defaultLeadDuties.major, 'Page the database owner', 'team-db-owner'));

  it('is not made when the incident already follows the template with the team duty', () => {
    const checklist = createIncidentChecklist('inc-1', 'major', teamTemplate, T0);
    expect(templateDiffers(checklist, 'major', teamTemplate)).toBe(false);
  });

  it('is made when the team later gives its duty a detail', () => {
    const checklist = createIncidentChecklist('inc-1', 'major', teamTemplate, T0);
    const withDetail = teamTemplate.map((item) => (item.id === 'team-db-owner' ? { ...item, detail: 'Their pager is in the runbook.' } : item));
    expect(templateDiffers(checklist, 'major', withDetail)).toBe(true);
  });
});
