import { describe, expect, it } from 'vitest';
import { sizeInWords } from '../../../src/shared/import/import-error';

const KB = 1024;
const MB = 1024 * 1024;

describe('a file size in the words of a refusal', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [KB, '1.0 KB'],
    [1.5 * KB, '1.5 KB'],
    [1023.9 * KB, '1023.9 KB'],
    [MB - 1, '1.0 MB'],
    [MB, '1.0 MB'],
    [4.5 * MB, '4.5 MB'],
    [9.94 * MB, '9.9 MB'],
    [10 * MB - 1, '10 MB'],
    [10 * MB, '10 MB'],
    [212 * MB, '212 MB'],
  ])('%d bytes read as "%s"', (bytes, words) => {
    expect(sizeInWords(bytes)).toBe(words);
  });
});
