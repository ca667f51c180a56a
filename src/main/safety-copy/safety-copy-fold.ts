import { supersedes } from '../../shared/domain/entry-versions';
import type { SafetyCopyRows } from '../../shared/contract/safety-copy-channels';
import { noSafetyCopyRows } from '../../shared/contract/bridge-constants';

/*
 * The safety copy read back: every record folded by id. An entry's later copy wins only when it supersedes the
 * one kept (entry-versions.ts, as the log's own merge decides), so an older copy sent late never undoes an edit;
 * for the few incidents, checklists, templates and settings the later record wins, as they are written whole.
 */

type Tables = { [K in keyof SafetyCopyRows]: Map<string, SafetyCopyRows[K][number]> };

const keyOf: { [K in keyof SafetyCopyRows]: (row: SafetyCopyRows[K][number]) => string } = {
  incidents: (row) => row.id,
  entries: (row) => row.id,
  incidentChecklists: (row) => row.incidentId,
  checklistTemplates: (row) => row.severity,
  settings: (row) => row.key,
};
const tableNames = Object.keys(keyOf) as (keyof SafetyCopyRows)[];

export interface SafetyCopyFold {
  /** The rows of `batch` that would change the copy: new ids, entries that supersede, other rows that differ. */
  changes(batch: SafetyCopyRows): SafetyCopyRows;
  apply(rows: SafetyCopyRows): void;
  count(table: keyof SafetyCopyRows): number;
  /** Every row, table by table. */
  all(): SafetyCopyRows;
}

export function createFold(): SafetyCopyFold {
  const tables = Object.fromEntries(tableNames.map((name) => [name, new Map()])) as Tables;
  const differs = <K extends keyof SafetyCopyRows>(name: K, row: SafetyCopyRows[K][number]): boolean => {
    const kept = tables[name].get(keyOf[name](row as never));
    if (kept === undefined) return true;
    if (name === 'entries') return supersedes(row as SafetyCopyRows['entries'][number], kept as SafetyCopyRows['entries'][number]);
    // Both went through the same schema, so the same row gives the same JSON.
    return JSON.stringify(row) !== JSON.stringify(kept);
  };
  return {
    changes(batch) {
      const out = noSafetyCopyRows();
      for (const name of tableNames) {
        (out[name] as unknown[]) = (batch[name] as SafetyCopyRows[typeof name][number][]).filter((row) => differs(name, row));
      }
      return out;
    },
    apply(rows) {
      for (const name of tableNames) {
        for (const row of rows[name] as SafetyCopyRows[typeof name][number][]) {
          if (differs(name, row)) tables[name].set(keyOf[name](row as never), row as never);
        }
      }
    },
    count: (name) => tables[name].size,
    all() {
      const out = noSafetyCopyRows();
      for (const name of tableNames) (out[name] as unknown[]) = [...tables[name].values()];
      return out;
    },
  };
}
