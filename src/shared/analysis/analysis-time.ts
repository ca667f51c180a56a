/*
 * Time text for the analysis document. Kept here (not in the UI formatters) because the document must read the
 * same wherever it is built: UTC with full dates, no locale-dependent output.
 */
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const DAY = 86_400_000;
let cachedDay = Number.NaN;
let cachedDayText = '';

/** "2026-11-26 14:03:07" (UTC). It runs for every timeline row, so the date part is cached per day. */
export function utcDateTime(ms: number): string {
  const day = Math.floor(ms / DAY);
  if (day !== cachedDay) {
    const d = new Date(day * DAY);
    cachedDayText = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} `;
    cachedDay = day;
  }
  const seconds = Math.floor((ms - day * DAY) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${cachedDayText}${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:${s < 10 ? '0' : ''}${s}`;
}

/** "2026-11-26" (UTC). */
export function utcDate(ms: number): string {
  return utcDateTime(ms).slice(0, 10);
}

/** "2 h 05 min", "45 s", "3 d 2 h". */
export function durationText(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const totalMinutes = Math.floor(totalSeconds / 60);
  if (totalMinutes < 60) return `${totalMinutes} min`;
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours < 48) return `${hours} h ${pad(minutes)} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** "UTC+01:00" for a zone at an instant, via Intl (present in browsers and Node). */
export function utcOffsetText(ms: number, timeZone: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(ms);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    return name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC');
  } catch {
    return 'unknown offset';
  }
}
