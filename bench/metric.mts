/** One line of bench/results.json. baseline: the comparison measured in the same run, or null. */
export interface Metric {
  name: string;
  unit: string;
  value: number;
  baseline: number | null;
  target: string;
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) throw new Error('No samples to take a percentile of.');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/**
 * Our code beside the library it stands in for: each run `rounds` times, taking turns at going first so neither
 * always runs on a warmer machine. Each one's times, and the output of its last run to compare.
 */
export function sideBySide<T>(contenders: { ours: () => T; library: () => T }, rounds: number): { times: { ours: number[]; library: number[] }; outputs: { ours: T; library: T } } {
  const times = { ours: [] as number[], library: [] as number[] };
  const outputs: Partial<{ ours: T; library: T }> = {};
  for (let turn = 0; turn < rounds; turn++) {
    for (const name of turn % 2 === 0 ? (['ours', 'library'] as const) : (['library', 'ours'] as const)) {
      const start = performance.now();
      outputs[name] = contenders[name]();
      times[name].push(performance.now() - start);
    }
  }
  return { times, outputs: outputs as { ours: T; library: T } };
}
