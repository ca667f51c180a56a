import Dexie from 'dexie';

// Keep this module free of zod: the quick note window bundles it and counts its kilobytes.

export type StorageProblem = 'disk-full' | 'upgraded-elsewhere' | 'closed' | 'not-found' | 'unknown';

/**
 * A storage failure the UI can show as it is. The message says what happened and what to do; the caller
 * keeps whatever the user typed as a draft, because nothing was written.
 */
export class SitrepStorageError extends Error {
  override readonly name = 'SitrepStorageError';
  constructor(
    readonly problem: StorageProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const names = (error: unknown): string[] => {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current === 'object' && current !== null && 'name' in current) found.push(String(current.name));
    current = typeof current === 'object' && current !== null && 'inner' in current ? current.inner : undefined;
  }
  return found;
};

/** Turns what Dexie or IndexedDB threw into a SitrepStorageError with a user-facing message. */
export function toStorageError(error: unknown): SitrepStorageError {
  if (error instanceof SitrepStorageError) return error;
  const all = names(error);
  if (all.includes(Dexie.errnames.QuotaExceeded) || all.includes('QuotaExceededError')) {
    return new SitrepStorageError(
      'disk-full',
      'The disk is full, so this was not saved. Your text is kept as a draft: free some disk space, then save again.',
      { cause: error },
    );
  }
  // A table or store that is not there means a newer Sitrep changed the schema under this window.
  const schemaMoved = [Dexie.errnames.Version, Dexie.errnames.Upgrade, Dexie.errnames.InvalidTable, Dexie.errnames.NotFound];
  if (schemaMoved.some((name) => all.includes(name))) {
    return new SitrepStorageError(
      'upgraded-elsewhere',
      'Another Sitrep window was updated to a newer version, so this one can no longer save. Your text is kept as a draft: copy it, then reload this window.',
      { cause: error },
    );
  }
  if (all.includes(Dexie.errnames.DatabaseClosed) || all.includes(Dexie.errnames.InvalidState)) {
    return new SitrepStorageError(
      'closed',
      'The incident log was closed (another window may have updated it), so this was not saved. Your text is kept as a draft: reload this window, then save again.',
      { cause: error },
    );
  }
  return new SitrepStorageError(
    'unknown',
    `Saving to the incident log failed (${error instanceof Error ? error.message : String(error)}). Your text is kept as a draft: try again, and restart Sitrep if it keeps failing.`,
    { cause: error },
  );
}

const dexieErrorNames = new Set<string>(Object.values(Dexie.errnames));

/** True for failures of IndexedDB or Dexie themselves, as opposed to our own validation errors. */
export function isStorageFailure(error: unknown): boolean {
  if (typeof DOMException !== 'undefined' && error instanceof DOMException) return true;
  return error instanceof Error && dexieErrorNames.has(error.name);
}

/** Runs a storage operation and rethrows a storage failure as a SitrepStorageError; other errors pass as they are. */
export async function guardStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw isStorageFailure(error) ? toStorageError(error) : error;
  }
}
