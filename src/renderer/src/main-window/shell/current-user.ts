import { createContext, useContext } from 'react';

/** The name from settings: the author of what this user writes and the lead of what they declare. */
export const CurrentUserContext = createContext<string | null>(null);

export function useCurrentUser(): string {
  const name = useContext(CurrentUserContext);
  if (!name) throw new Error('useCurrentUser() needs the first-run name to be set.');
  return name;
}
