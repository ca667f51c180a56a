import type { FC } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { ChecklistPanel } from '../../cockpit/ChecklistPanel';
import { AnalysisPanel } from '../../analysis/AnalysisPanel';

/**
 * Panels other features add to the incident view, each shown as a tab beside the timeline
 * (the analysis/export panel, the checklist progress, …). To add one, import its component here and append
 * `{ id, title, Component }`; the component gets the open incident and reads its own data with useLiveQuery.
 * Keep ids stable: they name the tab and its panel for tests and assistive tech.
 */
export interface IncidentPanel {
  id: string;
  title: string;
  Component: FC<{ incident: Incident }>;
}

export const incidentPanels: IncidentPanel[] = [
  { id: 'checklist', title: 'Checklist', Component: ChecklistPanel },
  { id: 'analysis', title: 'Analysis', Component: AnalysisPanel },
];
