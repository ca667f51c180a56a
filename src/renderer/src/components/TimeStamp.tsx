import { formatLocal, formatUtc } from '../../../shared/time/format-time';

interface TimeStampProps {
  at: number;
  withDate?: boolean;
}

/** Local time first (what the user's clock says), UTC beside it (what everyone else's logs say). */
export function TimeStamp({ at, withDate = false }: TimeStampProps) {
  return (
    <time className="timestamp" dateTime={new Date(at).toISOString()}>
      <span className="local">{formatLocal(at, { withDate })}</span>{' '}
      <span className="utc">{formatUtc(at, { withDate })}</span>
    </time>
  );
}
