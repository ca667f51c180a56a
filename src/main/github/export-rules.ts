import { normaliseFolder } from '../../shared/analysis/document-file-name';
import type { ExportFile } from '../../shared/contract/github-schemas';

/*
 * Main decides what it writes, whatever a page sends: the branch is the incident's analysis branch and the
 * files are one analysis document in the configured folder and its images beside it. So a page cannot make
 * main commit a workflow to the default branch, nor save a startup script into a folder the user picked.
 * The shapes are those src/shared/analysis builds (analysisBranchName, documentPaths, safeImageName).
 */
const BRANCH = /^sitrep\/analysis-\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOCUMENT = /^(\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
/** Image types a Markdown viewer shows as pictures; nothing a system could run or a browser could script. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'bmp'] as const;
const IMAGE = new RegExp(`^\\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\\.(?:${IMAGE_EXTENSIONS.join('|')})$`);

/** Null when main may write this branch; otherwise what went wrong, in words. */
export function refusedBranch(branch: string): string | null {
  return BRANCH.test(branch) ? null : `Sitrep writes analyses only to a branch named sitrep/analysis-<date>-<incident>, not "${branch.slice(0, 80)}".`;
}

/**
 * Null when `files` are exactly one analysis document in `folder` (yyyy-mm-dd-<slug>.md) and images in its
 * "-images" folder; otherwise a message naming the first file refused.
 */
export function refusedFiles(files: readonly Pick<ExportFile, 'path'>[], folder: string): string | null {
  const dir = normaliseFolder(folder);
  const prefix = dir ? `${dir}/` : '';
  const inFolder = (path: string): string | null => (path.startsWith(prefix) ? path.slice(prefix.length) : null);
  const documents = files.filter((f) => DOCUMENT.test(inFolder(f.path) ?? ''));
  if (documents.length !== 1) {
    return `An analysis export holds exactly one document named ${prefix}yyyy-mm-dd-<title>.md; this one holds ${documents.length}. Export again from the Analysis tab.`;
  }
  const base = DOCUMENT.exec(inFolder(documents[0]!.path)!)![1]!;
  for (const file of files) {
    if (file === documents[0]) continue;
    const rest = inFolder(file.path);
    const image = rest?.startsWith(`${base}-images/`) ? rest.slice(base.length + 8) : null;
    if (image === null || !IMAGE.test(image)) {
      return `Sitrep refused to write ${JSON.stringify(file.path.slice(0, 120))}: an export holds only the document and its images (${IMAGE_EXTENSIONS.join(', ')}) in ${prefix}${base}-images/.`;
    }
  }
  return null;
}
