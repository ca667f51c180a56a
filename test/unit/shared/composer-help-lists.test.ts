import { describe, expect, it } from 'vitest';
import { composerCommands, entryPrefixes, parseComposerInput } from '../../../src/shared/domain/entry-parser';
import { typedEntryKinds } from '../../../src/shared/domain/timeline-entry';

// The composer's help shows these two lists. A loop over a list passes when the list is empty, so these
// tests name what the help must offer: every kind a person can type except the plain note, and each command.

describe('the composer help', () => {
  it('offers one prefix for every kind a person can type, plus the milestone, each with a description', () => {
    const kinds = entryPrefixes.map((p) => p.kind);
    expect([...kinds].sort()).toEqual([...typedEntryKinds.filter((k) => k !== 'note'), 'milestone'].sort());
    expect(entryPrefixes.map((p) => p.prefix)).toEqual(['! ', '? ', 'ruled out ', '> ', 'todo ', 'learn ', 'impact ', '@mitigated ']);
    for (const { prefix, kind, description } of entryPrefixes) {
      expect(description.length).toBeGreaterThan(10);
      expect(parseComposerInput(`${prefix}the queue is draining`)).toMatchObject({ type: 'entry', kind, text: 'the queue is draining' });
    }
  });

  it('offers /sev, /lead and /status, each usage filled in as shown parsing to its action', () => {
    expect(composerCommands.map((c) => c.usage.split(' ')[0])).toEqual(['/sev', '/lead', '/status']);
    const filled = composerCommands.map((c) => c.usage.replace('<minor|major|critical>', 'critical').replace('[reason]', 'checkout down').replace('<name>', 'Dana').replace('<investigating|identified|monitoring>', 'monitoring'));
    expect(filled.map((line) => parseComposerInput(line))).toEqual([
      { type: 'action', action: { type: 'change-severity', severity: 'critical', reason: 'checkout down' }, echo: '/sev critical checkout down' },
      { type: 'action', action: { type: 'hand-over', to: 'Dana' }, echo: '/lead Dana' },
      { type: 'action', action: { type: 'set-status', status: 'monitoring' }, echo: '/status monitoring' },
    ]);
    for (const { description } of composerCommands) expect(description.length).toBeGreaterThan(10);
  });
});
