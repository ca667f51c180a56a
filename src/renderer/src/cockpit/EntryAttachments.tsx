import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useDatabase } from '../data/database-context';

/**
 * Images stored with a timeline entry (a screenshot pasted into the quick note), shown under its text.
 * Renders nothing for the many entries without one; the lookup is by the attachments' entryId index.
 */
export function EntryAttachments({ entryId }: { entryId: string }) {
  const db = useDatabase();
  const rows = useLiveQuery(() => db.attachments.where('entryId').equals(entryId).toArray(), [db, entryId]);
  const urls = useMemo(() => (rows ?? []).map((row) => ({ id: row.id, name: row.name, url: URL.createObjectURL(row.blob) })), [rows]);
  useEffect(() => () => urls.forEach(({ url }) => URL.revokeObjectURL(url)), [urls]);
  if (urls.length === 0) return null;
  return (
    <div className="entry-attachments">
      {urls.map(({ id, name, url }) => (
        <a key={id} href={url} target="_blank" rel="noreferrer" download={name}>
          <img src={url} alt={`Attached image ${name}`} style={{ maxWidth: '320px', maxHeight: '200px' }} />
        </a>
      ))}
    </div>
  );
}
