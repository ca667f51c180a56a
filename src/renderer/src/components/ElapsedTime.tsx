import { formatDuration } from '../../../shared/time/format-time';
import { useNow } from './use-now';

interface ElapsedTimeProps {
  from: number;
  /** Stop the clock here (a resolved incident); omitted: it keeps ticking. */
  until?: number | null;
}

/** "1 h 05 min" since `from`, live. A <time> element carries the exact duration for assistive tech. */
export function ElapsedTime({ from, until }: ElapsedTimeProps) {
  const now = useNow();
  const end = until ?? now;
  const ms = Math.max(0, end - from);
  return <time dateTime={`PT${Math.floor(ms / 1000)}S`}>{formatDuration(ms)}</time>;
}
