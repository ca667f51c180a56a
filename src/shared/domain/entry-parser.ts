import type { Severity } from './incident';
import { severities } from './domain-values';
import type { LifecycleAction } from './lifecycle-action';
import type { EntryKind, MilestoneName } from './timeline-entry';
import { MAX_ENTRY_TEXT } from './domain-values';
import { entryRefusals } from './entry-check';

/*
 * What the lead types into the composer or the quick note. A short prefix picks the kind of entry so typing
 * stays one line, and a few slash commands change the incident. The parser never throws and never rewrites
 * the text: only the prefix is removed and the outer whitespace trimmed; Markdown, HTML and any Unicode stay.
 */

export type ParsedInput =
  | { type: 'entry'; kind: EntryKind; text: string; milestone: MilestoneName | null }
  | { type: 'action'; action: LifecycleAction; echo: string }
  | { type: 'error'; message: string };

export const entryPrefixes: readonly { prefix: string; kind: EntryKind; description: string }[] = [
  { prefix: '! ', kind: 'decision', description: 'a decision that was made' },
  { prefix: '? ', kind: 'hypothesis', description: 'a hypothesis to check' },
  { prefix: 'ruled out ', kind: 'ruled-out', description: 'a hypothesis that was checked and ruled out' },
  { prefix: '> ', kind: 'action', description: 'an action someone took or is taking' },
  { prefix: 'todo ', kind: 'follow-up', description: 'a follow-up for after the incident' },
  { prefix: 'learn ', kind: 'learning', description: 'something learned, for the analysis' },
  { prefix: 'impact ', kind: 'impact', description: 'what users feel' },
  {
    prefix: '@mitigated ',
    kind: 'milestone',
    description: 'a milestone: @detected, @mitigated or @impact-started, with an optional note',
  },
];

export const composerCommands: readonly { usage: string; description: string }[] = [
  { usage: '/sev <minor|major|critical> [reason]', description: 'change the severity, with an optional reason' },
  { usage: '/lead <name>', description: 'hand the lead over to someone else' },
  { usage: '/status <investigating|identified|monitoring>', description: 'move the live incident to another status' },
];

const liveStatusWords = ['investigating', 'identified', 'monitoring'] as const;
type LiveStatus = (typeof liveStatusWords)[number];

/** Milestones that can be typed, with the spellings people reach for. */
const typedMilestones: Record<string, MilestoneName> = {
  detected: 'detected',
  detect: 'detected',
  mitigated: 'mitigated',
  mitigate: 'mitigated',
  'impact-started': 'impact-started',
  'impact-start': 'impact-started',
  impact: 'impact-started',
};

const milestoneDefaultText: Record<MilestoneName, string> = {
  'impact-started': 'Impact started',
  detected: 'Detected',
  declared: 'Declared',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

// A symbol or word prefix counts only when whitespace (or nothing) follows it, so "?!" or "important"
// stay notes. Words are matched case-insensitively ("TODO", "Learn"); "todo:" is accepted too.
const kindPrefixes: readonly { pattern: RegExp; kind: EntryKind; shown: string }[] = [
  { pattern: /^!(?=\s|$)/u, kind: 'decision', shown: '!' },
  { pattern: /^\?(?=\s|$)/u, kind: 'hypothesis', shown: '?' },
  { pattern: /^ruled[ -]out:?(?=\s|$)/iu, kind: 'ruled-out', shown: 'ruled out' },
  { pattern: /^>(?=\s|$)/u, kind: 'action', shown: '>' },
  { pattern: /^todo:?(?=\s|$)/iu, kind: 'follow-up', shown: 'todo' },
  { pattern: /^learn:?(?=\s|$)/iu, kind: 'learning', shown: 'learn' },
  { pattern: /^impact:?(?=\s|$)/iu, kind: 'impact', shown: 'impact' },
];

const knownCommandList = '/sev, /lead, /status';

const error = (message: string): ParsedInput => ({ type: 'error', message });

function tooLong(text: string): ParsedInput | null {
  if (text.length <= MAX_ENTRY_TEXT) return null;
  return error(entryRefusals.tooLong(text.length));
}

function entry(kind: EntryKind, text: string, milestone: MilestoneName | null = null): ParsedInput {
  return tooLong(text) ?? { type: 'entry', kind, text, milestone };
}

/** Turns one line (or paste) of composer input into an entry, a lifecycle action, or an error to show. */
export function parseComposerInput(raw: string): ParsedInput {
  if (typeof raw !== 'string') return error(entryRefusals.empty);
  const input = raw.trim();
  if (input.length === 0) return error(entryRefusals.empty);
  // A double slash escapes a line that starts with "/" (a path, say): "//tmp is full" logs "/tmp is full".
  if (input.startsWith('//')) return entry('note', input.slice(1));
  if (input.startsWith('/')) {
    const command = /^\/([\p{L}\p{N}_-]+)(?=\s|$)/u.exec(input);
    // "/usr/bin/app crashed" is not a command: only "/word" followed by a space or the end is one.
    if (command) return parseCommand((command[1] ?? '').toLowerCase(), input.slice(command[0].length).trim());
    return entry('note', input);
  }
  for (const prefix of kindPrefixes) {
    const match = prefix.pattern.exec(input);
    if (!match) continue;
    const text = input.slice(match[0].length).trim();
    if (text.length === 0) return error(`Write something after "${prefix.shown}" to log ${describeKind(prefix.kind)}.`);
    return entry(prefix.kind, text);
  }
  const milestone = /^@([a-z-]+)(?=\s|$)/iu.exec(input);
  if (milestone) {
    const word = (milestone[1] ?? '').toLowerCase();
    const text = input.slice(milestone[0].length).trim();
    if (word === 'resolved' || word === 'resolve') {
      return error('An incident is resolved with the Resolve action, which records the root cause and the fix.');
    }
    if (word === 'declared' || word === 'declare') {
      return error('The declared milestone is recorded when an incident is declared; it cannot be typed.');
    }
    // Own keys only: "@constructor" must not find what every object inherits.
    const name = Object.hasOwn(typedMilestones, word) ? typedMilestones[word] : undefined;
    // Any other "@word" is a mention of a person ("@dana can you check the queue"), so it stays a note.
    if (name) return entry('milestone', text.length > 0 ? text : milestoneDefaultText[name], name);
  }
  return entry('note', input);
}

function describeKind(kind: EntryKind): string {
  return entryPrefixes.find((p) => p.kind === kind)?.description ?? `a ${kind}`;
}

function parseCommand(name: string, args: string): ParsedInput {
  switch (name) {
    case 'sev':
    case 'severity': {
      const [word = ''] = args.split(/\s+/u);
      const severity = severities.find((s) => s === word.toLowerCase());
      if (!severity) return error(`Say which severity: /sev minor, /sev major or /sev critical, then an optional reason.`);
      const reason = args.slice(word.length).trim();
      const tooLongReason = tooLong(reason);
      if (tooLongReason) return tooLongReason;
      return severityAction(severity, reason);
    }
    case 'lead': {
      if (args.length === 0) return error('Say who takes over: /lead <name>.');
      if (args.length > 120) return error('That name is too long; use at most 120 characters.');
      if (/[\r\n\u2028\u2029]/u.test(args)) return error('Put only the name after /lead, on one line: /lead <name>.');
      return { type: 'action', action: { type: 'hand-over', to: args }, echo: `/lead ${args}` };
    }
    case 'status': {
      const word = args.toLowerCase();
      const status = liveStatusWords.find((s) => s === word) as LiveStatus | undefined;
      if (status) return { type: 'action', action: { type: 'set-status', status }, echo: `/status ${status}` };
      if (word === 'resolved') return resolveError();
      return error('Say which status: /status investigating, /status identified or /status monitoring.');
    }
    case 'resolve':
    case 'close':
      return resolveError();
    default: {
      const shown = name.length > 30 ? `${name.slice(0, 30)}…` : name;
      return error(
        `"/${shown}" is not a command. Known commands: ${knownCommandList}. ` +
          `To log a note that starts with "/", begin it with "//" ("//${shown} …").`,
      );
    }
  }
}

function severityAction(severity: Severity, reason: string): ParsedInput {
  const action: LifecycleAction = reason ? { type: 'change-severity', severity, reason } : { type: 'change-severity', severity };
  return { type: 'action', action, echo: reason ? `/sev ${severity} ${reason}` : `/sev ${severity}` };
}

function resolveError(): ParsedInput {
  return error('Use the Resolve action to end the incident: it asks for the root cause and the fix, which a command cannot hold.');
}
