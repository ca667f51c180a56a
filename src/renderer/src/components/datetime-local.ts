/*
 * <input type="datetime-local"> speaks the machine's wall clock ("2026-11-26T14:03:07"). These convert between
 * that and epoch ms, so every stored time stays UTC while the user types local time.
 */
const pad = (n: number) => String(n).padStart(2, '0');

export function toDateTimeLocal(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Epoch ms for the input's value, or null when it is empty or not a real time. */
export function fromDateTimeLocal(value: string): number | null {
  if (!value.trim()) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const ms = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)).getTime();
  return Number.isFinite(ms) ? ms : null;
}
