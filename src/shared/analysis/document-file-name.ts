import { utcDate } from './analysis-time';

export const MAX_SLUG_LENGTH = 60;

/**
 * A file-name-safe slug: lowercase ASCII letters, digits and single dashes; accents folded; never empty,
 * never longer than MAX_SLUG_LENGTH, so a title can never steer the path (no "/", "..", "\\" or ":").
 */
export function slugify(text: string, fallback = 'incident'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** A repository folder like "incidents/2026" made safe: no leading "/", no "." or ".." parts, no backslashes. */
export function normaliseFolder(folder: string): string {
  return folder
    .split(/[\\/]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .map((part) => part.replace(/[^A-Za-z0-9._-]/g, '-'))
    .join('/');
}

export interface DocumentPaths {
  /** "2026-11-26-checkout-is-down" */
  baseName: string;
  /** "2026-11-26-checkout-is-down.md" */
  fileName: string;
  /** Folder + file name, e.g. "incidents/2026-11-26-checkout-is-down.md". */
  documentPath: string;
  /** Where images go, beside the document: "incidents/2026-11-26-checkout-is-down-images". */
  imagesFolder: string;
  /** The images folder as the document links to it (relative). */
  imagesLink: string;
}

export function documentPaths(title: string, declaredAt: number, folder = ''): DocumentPaths {
  const baseName = `${utcDate(declaredAt)}-${slugify(title)}`;
  const dir = normaliseFolder(folder);
  const prefix = dir ? `${dir}/` : '';
  return {
    baseName,
    fileName: `${baseName}.md`,
    documentPath: `${prefix}${baseName}.md`,
    imagesFolder: `${prefix}${baseName}-images`,
    imagesLink: `${baseName}-images`,
  };
}

/** An attachment's file name made safe inside the images folder; keeps a short extension. */
export function safeImageName(name: string, index: number): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  const ext = match ? `.${match[1]!.toLowerCase()}` : '';
  const stem = slugify(match ? name.slice(0, -match[0].length) : name, 'image');
  return `${String(index + 1).padStart(3, '0')}-${stem}${ext}`;
}
