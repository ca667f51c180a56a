import type { IntervalTree, ObservabilitySet } from 'dexie';

/*
 * Which rows a committed write touched, from Dexie's storagemutated event: it fires for writes in this window and
 * (through a BroadcastChannel) in every other Sitrep window, so what listens to it re-reads only those rows. Entry
 * search keeps its index fresh this way, and the safety copy (safety-copy-writer.ts) finds every changed entry,
 * whatever its time stamps say.
 */

/** Beyond this many changed rows at once (a restore), re-reading everything is simpler than key lookups. */
const MAX_INCREMENTAL_KEYS = 5_000;

export type Changes = { keys: string[] } | 'everything';

/**
 * The primary keys a committed transaction touched, from Dexie's storagemutated parts. Parts arriving from
 * another window come through a BroadcastChannel as plain trees, so the tree is walked by hand.
 * A range that is not a single key (a clear(), or Dexie's "all" after a page restore) means "everything".
 */
function changedKeys(tree: IntervalTree | undefined, into: Set<string>): boolean {
  if (!tree || !('from' in tree)) return true;
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    into.add(node.from);
    if (into.size > MAX_INCREMENTAL_KEYS) return false;
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return true;
}

/** The entries a write touched (their ids, or "everything" past a few thousand), and whether it touched incidents. */
export function entryChanges(parts: ObservabilitySet, dbName: string): { entries: Changes | null; incidents: boolean } {
  if ('all' in parts) return { entries: 'everything', incidents: true };
  const prefix = `idb://${dbName}/`;
  const keys = new Set<string>();
  let touched = false;
  for (const part of [`${prefix}entries/`, `${prefix}entries/:dels`]) {
    if (!(part in parts)) continue;
    touched = true;
    if (!changedKeys(parts[part], keys)) return { entries: 'everything', incidents: `${prefix}incidents/` in parts };
  }
  return { entries: touched ? { keys: [...keys] } : null, incidents: `${prefix}incidents/` in parts };
}
