import { createContext, useContext, type ReactNode } from 'react';
import type { SitrepDatabase } from './db';

const DatabaseContext = createContext<SitrepDatabase | null>(null);

/** Gives every view of a window the same database connection (tests pass their own). */
export function DatabaseProvider({ db, children }: { db: SitrepDatabase; children?: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): SitrepDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase() needs a <DatabaseProvider> above it.');
  return db;
}
