import { memo } from 'react';
import { formatLocal, formatUtc } from '../../../shared/time/format-time';

interface TimeStampProps {
  at: number;
  withDate?: boolean;
}

/**
 * Local time first (what the user's clock says), UTC beside it (what everyone else's logs say). Memoised:
 * formatting is the costliest part of a timeline row, and every new entry re-renders the visible rows.
 */
export const TimeStamp = memo(function TimeStamp({ at, withDate = false }: TimeStampProps) {
  return (
    <time className="timestamp" dateTime={new Date(at).toISOString()}>
      <span className="local">{formatLocal(at, { withDate })}</span>{' '}
      <span className="utc">{formatUtc(at, { withDate })}</span>
    </time>
  );
});
