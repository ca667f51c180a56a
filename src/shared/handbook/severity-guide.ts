import type { Severity } from '../domain/incident';
import type { SeverityGuideEntry } from './severity-guide-schema';
export type { SeverityGuideEntry };

/*
 * A default, in our own words, of the three levels most teams use. Every team has its own handbook, so this
 * is a starting point the settings can replace. When in doubt, the higher level is the safer guess.
 */
export const severityGuide: Record<Severity, SeverityGuideEntry> = {
  minor: {
    label: 'Minor',
    summary:
      'Something is wrong but not on the critical path. Handle it in working hours without paging anyone, ahead of ' +
      'sprint work and any ordinary bug. It may stay open for a few days, but watch it: left alone, minor ' +
      'incidents tend to grow into major ones.',
    pagesPeople: false,
    examples: [
      'A non-critical feature is broken and there is no workaround',
      'The product is slower than it should be, though not down (for example, a growing processing backlog)',
      'A slow memory leak in a service or database that will hurt later but not today',
    ],
  },
  major: {
    label: 'Major',
    summary:
      'Key functionality does not work as it should. Page the people you need and deal with it now; a major ' +
      'incident left unresolved often becomes critical.',
    pagesPeople: true,
    examples: ['New customers cannot sign up', 'The error rate is well above normal'],
  },
  critical: {
    label: 'Critical',
    summary:
      'Very high impact across customers, with the potential to hurt the company itself or its revenue. Page ' +
      'people, tell leadership straight away and keep customers informed in public.',
    pagesPeople: true,
    examples: [
      'The whole product is down for everyone',
      'A data breach, or data has been lost',
      'Incoming data is being dropped and cannot be recovered',
    ],
  },
};
