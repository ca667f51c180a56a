import { describe, expect, it } from 'vitest';
import { talkPlaces } from '../../../src/shared/handover/talk-places';
import { entryAt, T0 } from '../../support/domain-fixtures';

describe('where people are talking, when an address is mistyped', () => {
  it('skips an address that is no valid web address and still finds the call link beside it', () => {
    const entries = [entryAt(T0, { text: 'dashboard at http://300.1.1.1/status (typo?), call https://acme.zoom.us/j/42' })];
    expect(talkPlaces(entries).map((p) => p.place)).toEqual(['https://acme.zoom.us/j/42']);
  });
});
