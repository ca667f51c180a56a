import { createEntrySearch, type EntrySearch } from '../../data/entry-search';
import type { SitrepDatabase } from '../../data/db';

const searches = new WeakMap<SitrepDatabase, EntrySearch>();

/** One search index per window, built on first use and kept fresh by the data layer across openings. */
export function sharedEntrySearch(db: SitrepDatabase): EntrySearch {
  let search = searches.get(db);
  if (!search) {
    search = createEntrySearch(db);
    searches.set(db, search);
  }
  return search;
}
