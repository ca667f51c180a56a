import { createHash, timingSafeEqual } from 'node:crypto';
import { isTeamName, parseDocumentName } from '../shared/sync/document-name';

/*
 * Who may open which documents: each token belongs to one team and either writes or only reads. Tokens are
 * given as "team:token:write" or "team:token:read" (comma- or newline-separated), from a file or the
 * environment, never on the command line (where other users of the machine can read it in `ps`).
 */

export type Access = 'write' | 'read';

export interface TeamToken {
  team: string;
  token: string;
  access: Access;
}

/** A refusal the app can explain: `reason` travels to the client as Hocuspocus's permission-denied reason. */
export class SyncRefusal extends Error {
  constructor(readonly reason: 'wrong-token' | 'other-team' | 'bad-document') {
    super(reason);
  }
}

export function parseTeamTokens(text: string): TeamToken[] {
  return text
    .split(/[,\n]/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => {
      const [team = '', token = '', access = 'write', ...rest] = line.split(':');
      if (!isTeamName(team) || token.length < 16 || (access !== 'write' && access !== 'read') || rest.length > 0) {
        throw new Error(`Cannot read the token line "${team}:…": write team:token:write or team:token:read, the team in lower case, the token at least 16 characters.`);
      }
      return { team, token, access };
    });
}

// Hashing first gives both sides one length, so the comparison takes the same time whatever was sent.
const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** The team and access a token gives for a document, or the reason it is refused. */
export function authorize(tokens: readonly TeamToken[], token: string, document: string): { team: string; access: Access } {
  const sent = digest(token);
  const match = tokens.find((t) => timingSafeEqual(digest(t.token), sent));
  if (!match) throw new SyncRefusal('wrong-token');
  const name = parseDocumentName(document);
  if (!name) throw new SyncRefusal('bad-document');
  if (name.team !== match.team) throw new SyncRefusal('other-team');
  return { team: match.team, access: match.access };
}
