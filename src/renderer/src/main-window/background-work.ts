import type { SitrepApi } from '../../../shared/contract/ipc-contract';
import type { SitrepDatabase } from '../data/db';

let started = false;

/**
 * The main window's work that runs beside the views: reminders with the tray's incident state, updates main
 * delivered from its outbox while the checklist was closed, and the log's safety copy handed to main. Started once the incident list is on
 * screen, so neither their code nor the rules it brings is evaluated before the first paint; once per window.
 */
export function startBackgroundWork(db: SitrepDatabase, bridge: SitrepApi): void {
  if (started) return;
  started = true;
  void Promise.all([import('../cockpit/nudge-runner'), import('../cockpit-data/comms-send-recorder'), import('../safety-copy/safety-copy-writer')])
    .then(([nudges, comms, safetyCopy]) => {
      nudges.startNudgeRunner(db, bridge);
      comms.startCommsSendRecorder(db, bridge);
      safetyCopy.startSafetyCopyWriter(db, bridge);
    })
    .catch((error: unknown) => {
      // Only a build missing its own chunks gets here; the views still work, so say it where developers look.
      console.error('Sitrep could not start reminders, the comms recorder and the safety copy:', error);
    });
}
