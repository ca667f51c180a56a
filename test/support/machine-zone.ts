import { vi } from 'vitest';

/**
 * Makes Intl behave as on a machine set to `timeZone`: every formatter made without a zone gets this one.
 * Setting process.env.TZ does the same only on the main thread; test workers (and Stryker's) are threads.
 * Undo with vi.restoreAllMocks().
 */
export function machineSetTo(timeZone: string): void {
  const Real = Intl.DateTimeFormat;
  vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function machineZoneFormat(
    locales?: string | string[],
    options?: Intl.DateTimeFormatOptions,
  ) {
    return new Real(locales, { ...options, timeZone: options?.timeZone ?? timeZone });
  } as unknown as typeof Intl.DateTimeFormat);
}
