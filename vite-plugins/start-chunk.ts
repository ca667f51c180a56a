/**
 * What every window (main, quick note, checklist) runs before its first paint, as one chunk: React, Dexie and
 * the core of the data layer. Left to automatic chunking, these split by which lazy views also use them into
 * five to seven files, and the quick note's start grew by a kilobyte gzipped (each file has its own imports,
 * exports and gzip window) whenever a lazy module started to share one of them. A module listed here that a
 * window does not use costs that window its bytes, so the list holds only what all three load at start
 * (quick-note.bundle-gz in `npm run bench` shows the effect of a change).
 */
const startModules = [
  /node_modules[\\/](react|react-dom|scheduler|dexie)[\\/]/,
  /src[\\/]renderer[\\/]src[\\/]data[\\/](db|schema|stored-entry|storage-error|entry-repository)\.ts$/,
  /src[\\/]shared[\\/]domain[\\/](domain-values|timeline-entry-factory|entry-check|ids)\.ts$/,
  /src[\\/]renderer[\\/]src[\\/]components[\\/](lazy-view|load-once)\.ts$/,
  /vite[\\/]preload-helper/,
];

export const startChunk = {
  name: 'start',
  test: (id: string) => startModules.some((pattern) => pattern.test(id)),
};
