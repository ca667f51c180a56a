// Ad-hoc runner: `npx tsx test/durability/run-kill.mts [rounds]` after building the renderer and the harness.
import { serveRenderer } from '../browser/support/static-server.ts';
import { runKillRounds } from './kill-round.ts';

const server = await serveRenderer();
try {
  const summary = await runKillRounds({
    origin: server.origin,
    rounds: Number(process.argv[2] ?? 3),
    onRound: (r) => console.log(JSON.stringify({ ...r, lost: r.lost.length })),
  });
  console.log(JSON.stringify({ ...summary, rounds: summary.rounds.length }));
} finally {
  await server.close();
}
