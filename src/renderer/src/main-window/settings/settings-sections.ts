import type { FC } from 'react';
import { NameSection } from './NameSection';
import { AppearanceSection } from './AppearanceSection';
import { BackupSection } from './BackupSection';
import { SafetyCopySection } from '../../safety-copy/SafetyCopySection';
import { AboutSection } from './AboutSection';
import { ChecklistTemplatesSection } from '../../cockpit/ChecklistTemplatesSection';
import { RemindersSection } from '../../cockpit/RemindersSection';
import { QuickNoteShortcutSection } from '../../cockpit/QuickNoteShortcutSection';
import { GitHubSettingsSection } from '../../analysis/GitHubSettingsSection';
import { CommsSettingsSection } from '../../cockpit/CommsSettingsSection';
import { AnalysisTemplatesSection } from '../../analysis/AnalysisTemplatesSection';
import { TeamSyncSection } from '../../sync/TeamSyncSection';

/**
 * The sections of the settings view, in order. Other features add theirs here (checklist templates,
 * GitHub export, the quick-note shortcut, …): import the component and append `{ id, title, Component }`
 * before "about". Each section reads and writes its own settings; the view only lays them out.
 */
export interface SettingsSection {
  id: string;
  title: string;
  Component: FC;
}

export const settingsSections: SettingsSection[] = [
  { id: 'name', title: 'Your name', Component: NameSection },
  { id: 'appearance', title: 'Appearance', Component: AppearanceSection },
  { id: 'backup', title: 'Backup', Component: BackupSection },
  { id: 'safety-copy', title: 'Safety copy', Component: SafetyCopySection },
  // Sections from other features go here.
  { id: 'quick-note-shortcut', title: 'Quick-note shortcut', Component: QuickNoteShortcutSection },
  { id: 'checklist-templates', title: 'Checklist templates', Component: ChecklistTemplatesSection },
  { id: 'reminders', title: 'Reminders', Component: RemindersSection },
  { id: 'comms', title: 'Comms: Slack and status page', Component: CommsSettingsSection },
  { id: 'github', title: 'GitHub export', Component: GitHubSettingsSection },
  { id: 'analysis-templates', title: 'Analysis templates', Component: AnalysisTemplatesSection },
  { id: 'team-sync', title: 'Team sync', Component: TeamSyncSection },
  { id: 'about', title: 'About', Component: AboutSection },
];
