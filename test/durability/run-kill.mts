// Ad-hoc runner: `npx tsx test/durability/run-kill.mts [rounds]` after building the renderer and the harness.
import { serveRenderer } from '../browser/support/static-server.ts';
import { runKillRounds } from './kill-round.ts';
import type { PlantName } from '../harness/planted-faults.ts';

const server = await serveRenderer();
try {
  const summary = await runKillRounds({
    origin: server.origin,
    rounds: Number(process.argv[2] ?? 3),
    onRound: (r) => console.log(JSON.stringify({ ...r, lost: r.lost.length })),
    // `npx tsx test/durability/run-kill.mts 3 rollback-state` plants a fault (test/harness/planted-faults.ts).
    plant: process.argv[3] as PlantName | undefined,
  });
  console.log(JSON.stringify({ ...summary, rounds: summary.rounds.length }));
} finally {
  await server.close();
}
