import type { SitrepDatabase } from '../data/db';

/** The incident's attachment bytes as base64, keyed "entryId/fileName" as toAnalysisExport expects. */
export async function readImageBytes(db: SitrepDatabase, incidentId: string): Promise<Map<string, string>> {
  const rows = await db.attachments.where('incidentId').equals(incidentId).toArray();
  const out = new Map<string, string>();
  for (const row of rows) {
    const bytes = new Uint8Array(await row.blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    out.set(`${row.entryId}/${row.name}`, btoa(binary));
  }
  return out;
}
