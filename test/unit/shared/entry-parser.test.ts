import { describe, expect, it } from 'vitest';
import { composerCommands, entryPrefixes, parseComposerInput } from '../../../src/shared/domain/entry-parser';
import { MAX_ENTRY_TEXT } from '../../../src/shared/domain/timeline-entry';

function expectError(raw: string): string {
  const parsed = parseComposerInput(raw);
  if (parsed.type !== 'error') throw new Error(`expected an error for ${JSON.stringify(raw)}, got ${JSON.stringify(parsed)}`);
  return parsed.message;
}

describe('entry prefixes', () => {
  it.each([
    ['! Roll back to v41', 'decision', 'Roll back to v41'],
    ['? Connection pool exhausted', 'hypothesis', 'Connection pool exhausted'],
    ['> Restarting the ingest workers', 'action', 'Restarting the ingest workers'],
    ['todo Add an alert on queue depth', 'follow-up', 'Add an alert on queue depth'],
    ['TODO: add an alert', 'follow-up', 'add an alert'],
    ['learn Failover was never tested', 'learning', 'Failover was never tested'],
    ['Learn: retries hide outages', 'learning', 'retries hide outages'],
    ['impact EU users cannot log in', 'impact', 'EU users cannot log in'],
    ['IMPACT 30% of requests fail', 'impact', '30% of requests fail'],
    ['Checkout is slow again', 'note', 'Checkout is slow again'],
    ['  padded note \n', 'note', 'padded note'],
    ['!\tTab after the prefix', 'decision', 'Tab after the prefix'],
  ])('%j is a %s', (raw, kind, text) => {
    expect(parseComposerInput(raw)).toEqual({ type: 'entry', kind, text, milestone: null });
  });

  it.each([
    ['!important: not a decision', '!important: not a decision'],
    ['?? weird', '?? weird'],
    ['>>> quoted', '>>> quoted'],
    ['todos are piling up', 'todos are piling up'],
    ['learned that DNS caches', 'learned that DNS caches'],
    ['impactful change', 'impactful change'],
    ['/usr/bin/app crashed', '/usr/bin/app crashed'],
    ['@dana can you check the queue?', '@dana can you check the queue?'],
  ])('%j stays a note: a prefix needs a space after it', (raw, text) => {
    expect(parseComposerInput(raw)).toEqual({ type: 'entry', kind: 'note', text, milestone: null });
  });

  it.each([
    ['@mitigated Traffic moved to the standby region', 'mitigated', 'Traffic moved to the standby region'],
    ['@Detected alert fired on p99 latency', 'detected', 'alert fired on p99 latency'],
    ['@impact-started first customer report', 'impact-started', 'first customer report'],
    ['@mitigated', 'mitigated', 'Mitigated'],
  ])('%j is a %s milestone', (raw, milestone, text) => {
    expect(parseComposerInput(raw)).toEqual({ type: 'entry', kind: 'milestone', text, milestone });
  });

  it('refuses a prefix with nothing after it', () => {
    expect(expectError('!   ')).toMatch(/after "!".*decision/);
    expect(expectError('todo')).toMatch(/after "todo"/);
  });

  it('refuses the milestones that actions record', () => {
    expect(expectError('@resolved it works again')).toMatch(/Resolve action/);
    expect(expectError('@declared')).toMatch(/when an incident is declared/);
  });

  it('keeps Markdown, HTML and odd characters exactly as typed', () => {
    const body = '**bold** <script>alert(1)</script> `code` \u202Eevil\u202C e\u0301 👩‍💻 \u0000 | table |';
    expect(parseComposerInput(`? ${body}`)).toEqual({ type: 'entry', kind: 'hypothesis', text: body, milestone: null });
    expect(parseComposerInput(`line one\n\n  line two  `)).toMatchObject({ text: 'line one\n\n  line two' });
  });

  it('lets "//" escape a line that starts with a slash', () => {
    expect(parseComposerInput('//tmp is full on db-2')).toEqual({ type: 'entry', kind: 'note', text: '/tmp is full on db-2', milestone: null });
  });
});

describe('commands', () => {
  it.each([
    ['/sev critical', { type: 'change-severity', severity: 'critical' }, '/sev critical'],
    ['/SEV Major EU is down too', { type: 'change-severity', severity: 'major', reason: 'EU is down too' }, '/sev major EU is down too'],
    ['/severity minor', { type: 'change-severity', severity: 'minor' }, '/sev minor'],
    ['/lead Dana Scully', { type: 'hand-over', to: 'Dana Scully' }, '/lead Dana Scully'],
    ['/status Monitoring', { type: 'set-status', status: 'monitoring' }, '/status monitoring'],
    ['  /status identified  ', { type: 'set-status', status: 'identified' }, '/status identified'],
  ])('%j becomes an action', (raw, action, echo) => {
    expect(parseComposerInput(raw)).toEqual({ type: 'action', action, echo });
  });

  it.each([
    ['/sev', /\/sev minor, \/sev major or \/sev critical/],
    ['/sev urgent', /\/sev minor, \/sev major or \/sev critical/],
    ['/lead', /Say who takes over/],
    ['/lead ' + 'n'.repeat(121), /120 characters/],
    ['/lead Dana\nand the rest of a pasted message', /on one line/],
    ['/status', /investigating, .*identified or .*monitoring/],
    ['/status done', /investigating, .*identified or .*monitoring/],
  ])('%j explains the missing or wrong argument', (raw, message) => {
    expect(expectError(raw)).toMatch(message);
  });

  it.each(['/resolve', '/resolve root cause was DNS', '/close', '/status resolved'])('%j points to the Resolve action', (raw) => {
    expect(expectError(raw)).toMatch(/Resolve action.*root cause and the fix/);
  });

  it('names the known commands for an unknown one, and never files it as a note', () => {
    const message = expectError('/page oncall');
    expect(message).toMatch(/"\/page" is not a command/);
    expect(message).toContain('/sev, /lead, /status');
    expect(message).toMatch(/"\/\/"/);
  });

  it('keeps the error short when the unknown command is huge', () => {
    expect(expectError('/' + 'a'.repeat(100_000)).length).toBeLessThan(300);
  });
});

describe('errors', () => {
  it.each(['', '   ', '\n\t  \r\n', '\u00A0\u2003'])('refuses blank input %j', (raw) => {
    expect(expectError(raw)).toMatch(/Type the note first/);
  });

  it('refuses text over the limit and states the limit', () => {
    expect(expectError('x'.repeat(MAX_ENTRY_TEXT + 1))).toMatch(/at most 1,000,000/);
    expect(expectError('! ' + 'x'.repeat(MAX_ENTRY_TEXT + 1))).toMatch(/1,000,001 characters/);
  });

  it('accepts text at exactly the limit', () => {
    const parsed = parseComposerInput('x'.repeat(MAX_ENTRY_TEXT));
    expect(parsed.type === 'entry' && parsed.text.length).toBe(MAX_ENTRY_TEXT);
  });
});

describe('the help lists', () => {
  it('every documented prefix parses to the kind it claims', () => {
    for (const { prefix, kind } of entryPrefixes) {
      const parsed = parseComposerInput(`${prefix}something happened`);
      expect(parsed).toMatchObject({ type: 'entry', kind });
    }
  });

  it('every documented command parses to an action when filled in', () => {
    const examples: Record<string, string> = { '/sev': '/sev major', '/lead': '/lead Dana', '/status': '/status monitoring' };
    for (const { usage } of composerCommands) {
      const name = usage.split(' ')[0] ?? '';
      expect(parseComposerInput(examples[name] ?? usage).type).toBe('action');
    }
  });
});
