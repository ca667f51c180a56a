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
