import type { FC } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { lazyView, loadingStatus } from '../../components/lazy-view';

/**
 * Panels other features add to the incident view, each shown as a tab beside the timeline
 * (the analysis/export panel, the checklist progress, …). To add one, append `{ id, title, Component }` with
 * the component loaded through lazyView; the component gets the open incident and reads its own data with useLiveQuery.
 * Keep ids stable: they name the tab and its panel for tests and assistive tech.
 */
export interface IncidentPanel {
  id: string;
  title: string;
  Component: FC<{ incident: Incident }>;
}

// Each panel's code loads when its tab is first opened: the timeline, not the analysis (Markdown, GitHub),
// is what the window paints first.
export const incidentPanels: IncidentPanel[] = [
  { id: 'checklist', title: 'Checklist', Component: lazyView(() => import('../../cockpit/ChecklistPanel').then((m) => m.ChecklistPanel), loadingStatus('the checklist')) },
  { id: 'analysis', title: 'Analysis', Component: lazyView(() => import('../../analysis/AnalysisPanel').then((m) => m.AnalysisPanel), loadingStatus('the analysis')) },
];
