import type { Incident } from '../../../../shared/domain/incident';
import { isLive } from '../../../../shared/domain/domain-values';
import type { DialogState, View } from '../../state/ui-store';
import type { Shortcut } from './keyboard';

/** What a command may look at and do. Built fresh by the shell for each keystroke or palette opening. */
export interface CommandContext {
  incident: Incident | undefined;
  focusedEntryId: string | null;
  openDialog(dialog: DialogState): void;
  show(view: View): void;
  focusComposer(): void;
  deleteEntry(entryId: string): void;
}

export interface Command {
  id: string;
  title: string;
  /** Words the palette also matches, beyond the title. */
  keywords?: string;
  shortcut?: Shortcut;
  /** Whether it applies now; the palette hides it and the shortcut does nothing when false. */
  available(ctx: CommandContext): boolean;
  run(ctx: CommandContext): void;
}

const live = (ctx: CommandContext) => Boolean(ctx.incident && isLive(ctx.incident.status));
const awaitingAnalysis = (ctx: CommandContext) =>
  ctx.incident?.status === 'resolved' || ctx.incident?.status === 'analysis-scheduled';
const always = () => true;

/** Every action of the main window, each with its shortcut; the command palette (Ctrl/Cmd+K) lists them. */
export const commands: readonly Command[] = [
  {
    id: 'palette',
    title: 'Open the command palette',
    shortcut: { code: 'KeyK', mod: true },
    available: always,
    run: (ctx) => ctx.openDialog({ type: 'palette' }),
  },
  {
    id: 'declare',
    title: 'Declare an incident',
    keywords: 'new raise start',
    shortcut: { code: 'KeyN', alt: true },
    available: always,
    run: (ctx) => ctx.openDialog({ type: 'declare' }),
  },
  {
    id: 'search',
    title: 'Search all incidents',
    keywords: 'find',
    shortcut: { code: 'KeyF', mod: true, shift: true },
    available: always,
    run: (ctx) => ctx.openDialog({ type: 'search' }),
  },
  {
    id: 'composer',
    title: 'Write to the timeline',
    keywords: 'note composer focus',
    shortcut: { code: 'KeyW', alt: true },
    available: (ctx) => Boolean(ctx.incident),
    run: (ctx) => ctx.focusComposer(),
  },
  {
    id: 'severity',
    title: 'Change severity',
    keywords: 'sev escalate downgrade',
    shortcut: { code: 'KeyS', alt: true },
    available: live,
    run: (ctx) => ctx.openDialog({ type: 'severity' }),
  },
  {
    id: 'hand-over',
    title: 'Hand over the lead',
    keywords: 'lead handover commander',
    shortcut: { code: 'KeyL', alt: true },
    available: live,
    run: (ctx) => ctx.openDialog({ type: 'hand-over' }),
  },
  {
    id: 'handover-brief',
    title: 'Write a handover brief for the next lead',
    keywords: 'handoff brief summary next lead hand over status',
    shortcut: { code: 'KeyB', alt: true },
    available: (ctx) => Boolean(ctx.incident),
    run: (ctx) => ctx.openDialog({ type: 'handover-brief' }),
  },
  {
    id: 'status',
    title: 'Move status (investigating, identified, monitoring)',
    keywords: 'state',
    shortcut: { code: 'KeyT', alt: true },
    available: live,
    run: (ctx) => ctx.openDialog({ type: 'status' }),
  },
  {
    id: 'resolve',
    title: 'Resolve the incident',
    keywords: 'close end root cause fix',
    shortcut: { code: 'KeyR', alt: true },
    available: live,
    run: (ctx) => ctx.openDialog({ type: 'resolve' }),
  },
  {
    id: 'edit-details',
    title: 'Edit the incident details (title, summary, times)',
    keywords: 'rename title summary declared resolved impact start backfill after the fact',
    shortcut: { code: 'KeyU', alt: true },
    available: (ctx) => Boolean(ctx.incident),
    run: (ctx) => ctx.openDialog({ type: 'edit-details' }),
  },
  {
    id: 'import-chat',
    title: 'Import chat… (Slack export, Teams messages)',
    keywords: 'slack teams channel transcript messages import',
    shortcut: { code: 'KeyC', alt: true },
    available: (ctx) => Boolean(ctx.incident),
    run: (ctx) => ctx.openDialog({ type: 'import-chat' }),
  },
  {
    id: 'schedule-analysis',
    title: 'Schedule the analysis',
    keywords: 'postmortem review sync',
    shortcut: { code: 'KeyA', alt: true },
    available: awaitingAnalysis,
    run: (ctx) => ctx.openDialog({ type: 'schedule-analysis' }),
  },
  {
    id: 'skip-analysis',
    title: 'Skip the analysis',
    keywords: 'uneventful postmortem',
    shortcut: { code: 'KeyX', alt: true },
    available: awaitingAnalysis,
    run: (ctx) => ctx.openDialog({ type: 'skip-analysis' }),
  },
  {
    id: 'complete-analysis',
    title: 'Mark the analysis done',
    keywords: 'postmortem finished analysed',
    shortcut: { code: 'KeyD', alt: true },
    available: (ctx) => ctx.incident?.status === 'analysis-scheduled',
    run: (ctx) => ctx.openDialog({ type: 'complete-analysis' }),
  },
  {
    id: 'reopen',
    title: 'Reopen the incident',
    shortcut: { code: 'KeyO', alt: true },
    available: awaitingAnalysis,
    run: (ctx) => ctx.openDialog({ type: 'reopen' }),
  },
  {
    id: 'edit-entry',
    title: 'Edit the selected entry',
    keywords: 'time backfill kind text',
    shortcut: { code: 'KeyE', alt: true },
    available: (ctx) => Boolean(ctx.incident && ctx.focusedEntryId),
    run: (ctx) => {
      if (ctx.focusedEntryId) ctx.openDialog({ type: 'edit-entry', entryId: ctx.focusedEntryId });
    },
  },
  {
    id: 'delete-entry',
    title: 'Delete the selected entry',
    keywords: 'remove',
    shortcut: { code: 'Delete', alt: true },
    available: (ctx) => Boolean(ctx.incident && ctx.focusedEntryId),
    run: (ctx) => {
      if (ctx.focusedEntryId) ctx.deleteEntry(ctx.focusedEntryId);
    },
  },
  {
    id: 'incidents',
    title: 'Go to the incident list',
    keywords: 'home overview',
    shortcut: { code: 'KeyI', alt: true },
    available: always,
    run: (ctx) => {
      ctx.show({ name: 'home' });
      // Put the keyboard on the list itself, so Tab and Enter pick an incident straight away.
      requestAnimationFrame(() =>
        document.querySelector<HTMLButtonElement>('nav[aria-label="Incidents"] .incident-item')?.focus(),
      );
    },
  },
  {
    id: 'settings',
    title: 'Open settings',
    keywords: 'preferences name theme backup',
    shortcut: { code: 'Comma', mod: true },
    available: always,
    run: (ctx) => ctx.show({ name: 'settings' }),
  },
  {
    id: 'shortcuts',
    title: 'Show keyboard shortcuts',
    keywords: 'help keys',
    shortcut: { code: 'Slash', mod: true },
    available: always,
    run: (ctx) => ctx.openDialog({ type: 'shortcuts' }),
  },
];
