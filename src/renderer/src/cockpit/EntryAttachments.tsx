import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useDatabase } from '../data/database-context';

/**
 * Files stored with a timeline entry (a screenshot pasted into the quick note, a file from an imported chat),
 * shown under its text: images as pictures, anything else as a link that saves it.
 * Renders nothing for the many entries without one; the lookup is by the attachments' entryId index.
 */
export function EntryAttachments({ entryId }: { entryId: string }) {
  const db = useDatabase();
  const rows = useLiveQuery(() => db.attachments.where('entryId').equals(entryId).toArray(), [db, entryId]);
  const urls = useMemo(() => (rows ?? []).map((row) => ({ id: row.id, name: row.name, image: row.mimeType.startsWith('image/'), url: URL.createObjectURL(row.blob) })), [rows]);
  useEffect(() => () => urls.forEach(({ url }) => URL.revokeObjectURL(url)), [urls]);
  if (urls.length === 0) return null;
  return (
    <div className="entry-attachments">
      {urls.map(({ id, name, image, url }) => (
        <a key={id} href={url} target="_blank" rel="noreferrer" download={name}>
          {image ? <img src={url} alt={`Attached image ${name}`} style={{ maxWidth: '320px', maxHeight: '200px' }} /> : `Attached file ${name}`}
        </a>
      ))}
    </div>
  );
}
