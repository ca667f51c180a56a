import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/**
 * A live IndexedDB query: re-runs whenever another window writes what it read. The same idea as
 * dexie-react-hooks' useLiveQuery in a few lines, because every kilobyte counts in this window.
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[], onError?: (error: unknown) => void): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (error: unknown) => onError?.(error) });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
