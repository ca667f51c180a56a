import { describe, expect, it } from 'vitest';
import { authorize, parseTeamTokens } from '../../../src/server/team-tokens';
import { documentName, parseDocumentName } from '../../../src/shared/sync/document-name';

describe('team tokens of the sync server', () => {
  const tokens = parseTeamTokens('# the on-call team\nacme:acme-token-0000000001:write\n\nacme:acme-reader-00000001:read, globex:globex-token-00000001');

  it('reads one token per line or comma, write unless it says read', () => {
    expect(tokens.map((t) => `${t.team} ${t.access}`)).toEqual(['acme write', 'acme read', 'globex write']);
  });

  it('refuses a line it cannot read, naming the team but not the token', () => {
    expect(() => parseTeamTokens('acme:short:write')).toThrow('Cannot read the token line "acme:…"');
    expect(() => parseTeamTokens('Acme:acme-token-0000000001')).toThrow('the team in lower case');
    expect(() => parseTeamTokens('acme:acme-token-0000000001:admin')).toThrow('team:token:read');
  });

  it('gives each token its own team, with its access', () => {
    expect(authorize(tokens, 'acme-reader-00000001', documentName('acme', '01JABC'))).toEqual({ team: 'acme', access: 'read' });
    expect(() => authorize(tokens, 'globex-token-00000001', 'acme/01JABC')).toThrow('other-team');
    expect(() => authorize(tokens, 'acme-token-000000000', 'acme/01JABC')).toThrow('wrong-token');
    expect(() => authorize(tokens, 'acme-token-0000000001', 'acme/../globex/01JABC')).toThrow('bad-document');
  });

  it('names documents team/incident and reads nothing else as one', () => {
    expect(parseDocumentName('acme/01JABC')).toEqual({ team: 'acme', incidentId: '01JABC' });
    expect(parseDocumentName('acme')).toBeNull();
    expect(parseDocumentName('ACME/01JABC')).toBeNull();
    expect(() => documentName('acme/x', '01JABC')).toThrow('is not a team name');
  });
});
