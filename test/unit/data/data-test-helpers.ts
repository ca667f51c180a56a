import { openDatabase, type SitrepDatabase } from '../../../src/renderer/src/data/db';
import { declareIncident } from '../../../src/renderer/src/data/incident-repository';
import type { Incident, Severity } from '../../../src/shared/domain/incident';

let counter = 0;
const opened: SitrepDatabase[] = [];

/** A fresh, empty database for one test (fake-indexeddb keeps them in memory). */
export function freshDatabase(): SitrepDatabase {
  counter += 1;
  const db = openDatabase(`sitrep-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}

/** A second connection to the same database: what another Sitrep window holds. */
export function secondWindow(db: SitrepDatabase): SitrepDatabase {
  const other = openDatabase(db.name);
  opened.push(other);
  return other;
}

export function closeAll(): void {
  for (const db of opened.splice(0)) db.close();
}

export async function declared(db: SitrepDatabase, title = 'Checkout returns 500', severity: Severity = 'major'): Promise<Incident> {
  const result = await declareIncident(db, { title, severity }, 'Dana');
  if (!result.ok) throw new Error(result.reason);
  return result.incident;
}
