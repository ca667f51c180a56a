/**
 * A lazy load (a dynamic import) shared by every caller: one promise, so what waits on it runs in the order it
 * asked (team sync hands batches on in the order they came). A load that failed (its file could not be read)
 * is forgotten, so the next caller tries again instead of every later one failing on the remembered error.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
