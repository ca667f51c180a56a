import type { Root } from 'mdast';
import { stringify } from 'yaml';
import type { Incident } from '../domain/incident';
import type { TimelineEntry } from '../domain/timeline-entry';
import { compareEntries } from '../domain/timeline-entry-factory';
import { peakSeverity } from '../domain/incident-lifecycle';
import { AnalysisOptionsSchema, type AnalysisImage, type AnalysisOptions, type ChecklistRecord } from './analysis-input';
import { showControlCharacters } from './control-pictures';
import { computeMetrics, type AnalysisMetric } from './analysis-metrics';
import { buildSection } from './analysis-sections';
import { handbookTemplate, type AnalysisTemplate } from './analysis-template';
import { utcDateTime } from './analysis-time';
import { documentPaths, safeImageName, type DocumentPaths } from './document-file-name';
import { heading, paragraph, text } from './markdown-nodes';
import { writeMarkdown } from './markdown-writer';
import type { ShownEntry } from './timeline-table';

export interface BuildAnalysisInput {
  incident: Incident;
  /** Every entry of the incident in any order, tombstones included (they are counted, not shown). */
  entries: readonly TimelineEntry[];
  checklist?: ChecklistRecord | null;
  images?: readonly AnalysisImage[];
  template?: AnalysisTemplate;
  options?: AnalysisOptions;
}

/** An image file to write beside the document: `path` is repository-relative, `entryId`/`fileName` find the bytes. */
export interface AnalysisImageFile extends AnalysisImage {
  path: string;
}

export interface AnalysisDocument {
  paths: DocumentPaths;
  markdown: string;
  frontMatter: Record<string, unknown>;
  metrics: AnalysisMetric[];
  images: AnalysisImageFile[];
  counts: { total: number; shown: number; deleted: number; excluded: number; redacted: number };
  templateId: string;
}

const NO_IMAGES: ShownEntry['images'] = [];
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

function frontMatterOf(
  incident: Incident,
  entries: readonly TimelineEntry[],
  template: AnalysisTemplate,
  metrics: AnalysisMetric[],
): Record<string, unknown> {
  const total = metrics.find((m) => m.name === 'Total duration');
  return {
    id: incident.id,
    title: incident.title,
    // Readers look for the peak ("a critical incident"); the level it ended at is kept beside it.
    severity: peakSeverity(incident, entries),
    severity_final: incident.severity,
    lead: incident.lead,
    status: incident.status,
    declared: iso(incident.declaredAt),
    impact_started: iso(incident.impactStartedAt),
    resolved: iso(incident.resolvedAt),
    duration: total?.text ?? 'unknown',
    template: template.id,
  };
}

/**
 * Builds the analysis document: YAML front matter plus a Markdown body written from an mdast tree by the
 * document's one writer (markdown-writer.ts).
 * Pure and deterministic (no clock, no randomness), so the preview is byte for byte what is published and an
 * unchanged incident yields an unchanged file.
 */
export function buildAnalysisDocument(input: BuildAnalysisInput): AnalysisDocument {
  const { incident } = input;
  const template = input.template ?? handbookTemplate;
  const options = AnalysisOptionsSchema.parse(input.options ?? {});
  const excluded = new Set(options.excludeEntryIds);
  const redacted = new Set(options.redactEntryIds);
  // Named for the day it began for customers, the date people search by, else the day it was declared.
  const paths = documentPaths(incident.title, incident.impactStartedAt ?? incident.declaredAt, options.folder);

  const imagesByEntry = new Map<string, AnalysisImage[]>();
  for (const image of input.images ?? []) {
    const list = imagesByEntry.get(image.entryId) ?? [];
    list.push(image);
    imagesByEntry.set(image.entryId, list);
  }

  const counts = { total: input.entries.length, shown: 0, deleted: 0, excluded: 0, redacted: 0 };
  const live: TimelineEntry[] = [];
  for (const entry of input.entries) {
    if (entry.deletedAt !== null) counts.deleted++;
    else if (excluded.has(entry.id)) counts.excluded++;
    else live.push(entry);
  }
  live.sort(compareEntries);

  const imageFiles: AnalysisImageFile[] = [];
  const shown: ShownEntry[] = live.map((entry) => {
    const isRedacted = redacted.has(entry.id);
    if (isRedacted) counts.redacted++;
    const attached = isRedacted ? undefined : imagesByEntry.get(entry.id);
    if (!attached) return { entry, redacted: isRedacted, images: NO_IMAGES };
    const images = attached.map((image) => {
      const name = safeImageName(image.fileName, imageFiles.length);
      imageFiles.push({ ...image, path: `${paths.imagesFolder}/${name}` });
      return { url: `./${paths.imagesLink}/${name}`, alt: image.fileName };
    });
    return { entry, redacted: isRedacted, images };
  });
  counts.shown = shown.length;

  // Metrics come from the whole log minus tombstones: excluding a line from the text does not change the facts.
  const metrics = computeMetrics(incident, input.entries);
  const root: Root = {
    type: 'root',
    children: [
      heading(1, incident.title),
      paragraph(
        text(
          `Severity ${incident.severity}, led by ${incident.lead}, declared ${utcDateTime(incident.declaredAt)} UTC` +
            (incident.resolvedAt === null ? ', not resolved yet.' : `, resolved ${utcDateTime(incident.resolvedAt)} UTC.`),
        ),
      ),
    ],
  };
  const ctx = { incident, shown, entries: input.entries, metrics, checklist: input.checklist ?? null, localTimeZone: options.localTimeZone, counts };
  for (const section of template.sections) root.children.push(...buildSection(ctx, section));

  // Notes pasted from a terminal carry control characters; the published text shows where they were.
  const body = showControlCharacters(writeMarkdown(root));
  const frontMatter = frontMatterOf(incident, input.entries, template, metrics);
  const yaml = stringify(frontMatter, { lineWidth: 0 });
  return {
    paths,
    markdown: `---\n${yaml}---\n\n${body}`,
    frontMatter,
    metrics,
    images: imageFiles,
    counts,
    templateId: template.id,
  };
}
