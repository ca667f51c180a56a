import { isLive } from '../../../../shared/domain/domain-values';
import { useIncidentList } from './use-incident-list';
import { useUiStore } from '../../state/ui-store';
import { DeclareGuidance } from '../../components/DeclareGuidance';
import { ShortcutButton } from '../shell/ShortcutButton';

/** What the window shows with no incident open: what is live, and how to declare. */
export function HomeView() {
  const incidents = useIncidentList();
  const openDialog = useUiStore((s) => s.openDialog);
  const live = incidents?.filter((i) => isLive(i.status)).length ?? 0;
  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title">{live === 0 ? 'No live incident' : `${live} live incident${live === 1 ? '' : 's'}`}</h1>
      <p className="muted">
        {live === 0
          ? 'Something wrong? Declare an incident: you become its lead and its timeline starts now.'
          : 'Pick an incident from the list to see its timeline and write to it.'}
      </p>
      <p>
        <ShortcutButton
          commandId="declare"
          className="primary"
          label="Declare an incident"
          onClick={() => openDialog({ type: 'declare' })}
        />
      </p>
      <h2>Should this be an incident?</h2>
      <DeclareGuidance />
    </section>
  );
}
