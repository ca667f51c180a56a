import type { Incident } from '../../../../shared/domain/incident';
import { useUiStore } from '../../state/ui-store';
import { DeclareDialog } from '../declare/DeclareDialog';
import { SeverityDialog } from '../actions/SeverityDialog';
import { HandOverDialog } from '../actions/HandOverDialog';
import { StatusDialog } from '../actions/StatusDialog';
import { ResolveDialog } from '../actions/ResolveDialog';
import { ScheduleAnalysisDialog } from '../actions/ScheduleAnalysisDialog';
import { SkipAnalysisDialog } from '../actions/SkipAnalysisDialog';
import { ReopenDialog } from '../actions/ReopenDialog';
import { CompleteAnalysisDialog } from '../actions/CompleteAnalysisDialog';
import { EditDetailsDialog } from '../actions/EditDetailsDialog';
import { EditEntryDialog } from '../incident/EditEntryDialog';
import { SearchDialog } from '../search/SearchDialog';
import { CommandPalette } from '../palette/CommandPalette';
import { HandoverBriefDialog } from '../handover/HandoverBriefDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { ChatImportDialog } from '../../chat-import/ChatImportDialog';

/** The one open dialog, if any. Incident dialogs need the open incident and close when it goes away. */
export function DialogHost({ incident }: { incident: Incident | undefined }) {
  const dialog = useUiStore((s) => s.dialog);
  const close = useUiStore((s) => s.closeDialog);
  if (!dialog) return null;
  switch (dialog.type) {
    case 'declare':
      return <DeclareDialog onClose={close} />;
    case 'search':
      return <SearchDialog onClose={close} />;
    case 'palette':
      return <CommandPalette incident={incident} onClose={close} />;
    case 'shortcuts':
      return <ShortcutsDialog onClose={close} />;
    case 'edit-entry':
      return <EditEntryDialog entryId={dialog.entryId} onClose={close} />;
  }
  if (!incident) return null;
  const props = { incident, onClose: close, key: incident.id };
  switch (dialog.type) {
    case 'severity':
      return <SeverityDialog {...props} />;
    case 'hand-over':
      return <HandOverDialog {...props} />;
    case 'status':
      return <StatusDialog {...props} />;
    case 'resolve':
      return <ResolveDialog {...props} />;
    case 'schedule-analysis':
      return <ScheduleAnalysisDialog {...props} />;
    case 'skip-analysis':
      return <SkipAnalysisDialog {...props} />;
    case 'reopen':
      return <ReopenDialog {...props} />;
    case 'complete-analysis':
      return <CompleteAnalysisDialog {...props} />;
    case 'edit-details':
      return <EditDetailsDialog {...props} />;
    case 'handover-brief':
      return <HandoverBriefDialog {...props} to={dialog.to ?? null} from={dialog.from ?? null} />;
    case 'import-chat':
      return <ChatImportDialog {...props} />;
  }
}
