import { describe, expect, it } from 'vitest';
import { documentName, parseDocumentName } from '../../../src/shared/sync/document-name';

/* The name a shared incident's doc has on the sync server: team/incident, and nothing else reads as one. */

describe('the document name of a shared incident', () => {
  it('refuses an incident id that could reach outside the team’s documents', () => {
    expect(() => documentName('acme', '../globex')).toThrow('"../globex" is not an incident id.');
    expect(() => documentName('acme', '')).toThrow('"" is not an incident id.');
    expect(documentName('acme', '01JDX4Q9S7')).toBe('acme/01JDX4Q9S7');
  });

  it('reads a name with more than two parts as no document, even when its first two parts are valid', () => {
    expect(parseDocumentName('acme/01JDX4Q9S7/extra')).toBeNull();
    expect(parseDocumentName('acme/01JDX4Q9S7/')).toBeNull();
    expect(parseDocumentName('acme/01JDX4Q9S7')).toEqual({ team: 'acme', incidentId: '01JDX4Q9S7' });
  });
});
