import { describe, expect, it } from 'vitest';
import { documentPaths, MAX_SLUG_LENGTH, normaliseFolder, safeImageName, slugify } from '../../../src/shared/analysis/document-file-name';

// Where the analysis document and its images land in the team's repository: every name a title, a folder
// setting or a pasted file can produce, including the limits and the ways a path could escape its folder.

const DECLARED = Date.UTC(2026, 10, 26, 23, 59);

describe('the document paths', () => {
  it('put the document and its images side by side in the folder, named by date and title', () => {
    expect(documentPaths('Checkout is DOWN', DECLARED, 'incidents/2026')).toEqual({
      baseName: '2026-11-26-checkout-is-down',
      fileName: '2026-11-26-checkout-is-down.md',
      documentPath: 'incidents/2026/2026-11-26-checkout-is-down.md',
      imagesFolder: 'incidents/2026/2026-11-26-checkout-is-down-images',
      imagesLink: '2026-11-26-checkout-is-down-images',
    });
  });

  it('sit at the top of the repository when no folder is set', () => {
    expect(documentPaths('x', DECLARED)).toMatchObject({ documentPath: '2026-11-26-x.md', imagesFolder: '2026-11-26-x-images' });
    expect(documentPaths('x', DECLARED, ' / ./ ')).toMatchObject({ documentPath: '2026-11-26-x.md' });
  });
});

describe('a folder setting', () => {
  it('cannot climb out of the repository or smuggle odd characters', () => {
    expect(normaliseFolder('/../incidents\\\\2026/./post mortems:/')).toBe('incidents/2026/post-mortems-');
    expect(normaliseFolder('..')).toBe('');
    expect(normaliseFolder('team.a/incident_reports')).toBe('team.a/incident_reports');
  });
});

describe('a slug', () => {
  it('keeps up to 60 characters, with no dash at either end', () => {
    expect(MAX_SLUG_LENGTH).toBe(60);
    expect(slugify('a'.repeat(59))).toBe('a'.repeat(59));
    expect(slugify('a'.repeat(60))).toBe('a'.repeat(60));
    expect(slugify('a'.repeat(61))).toBe('a'.repeat(60));
    expect(slugify(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
    expect(slugify('--Hello,   World--')).toBe('hello-world');
  });

  it('folds accents and falls back to the name given when nothing is left', () => {
    expect(slugify('Ångström über')).toBe('angstrom-uber');
    expect(slugify('🔥', 'image')).toBe('image');
  });
});

describe('an attached image', () => {
  it('is numbered, keeps a short lowercase extension, and loses any path', () => {
    expect(safeImageName('../../Error rate.PNG', 0)).toBe('001-error-rate.png');
    expect(safeImageName('screenshot', 11)).toBe('012-screenshot');
    expect(safeImageName('.png', 2)).toBe('003-image.png');
    expect(safeImageName('dump.verylongext', 0)).toBe('001-dump-verylongext');
    expect(safeImageName('chart.abcdefgh', 0)).toBe('001-chart.abcdefgh');
  });
});
