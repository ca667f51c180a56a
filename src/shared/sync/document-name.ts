/*
 * A shared incident's document is named for its team and its id ("acme/01J…"), so the server can refuse a
 * token of one team a document of another without knowing anything else about it.
 */

const TEAM = /^[a-z0-9][a-z0-9-]{0,39}$/;
const INCIDENT = /^[0-9A-Za-z_-]{1,64}$/;

export const isTeamName = (team: string): boolean => TEAM.test(team);

export function documentName(team: string, incidentId: string): string {
  if (!isTeamName(team)) throw new Error(`"${team}" is not a team name: lower-case letters, digits and dashes, up to 40.`);
  if (!INCIDENT.test(incidentId)) throw new Error(`"${incidentId}" is not an incident id.`);
  return `${team}/${incidentId}`;
}

export function parseDocumentName(name: string): { team: string; incidentId: string } | null {
  const [team, incidentId, ...rest] = name.split('/');
  if (rest.length > 0 || team === undefined || incidentId === undefined) return null;
  return isTeamName(team) && INCIDENT.test(incidentId) ? { team, incidentId } : null;
}
