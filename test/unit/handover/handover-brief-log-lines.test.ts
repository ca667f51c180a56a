import { describe, expect, it } from 'vitest';
import { buildHandoverBrief } from '../../../src/shared/handover/handover-brief';
import { entryAt, MIN, T0 } from '../../support/domain-fixtures';
import { fixture, section, typed } from './handover-fixtures';

describe('the log lines of the handover brief', () => {
  it('indents the later lines of a multi-line entry under the first, without blank lines or stray spaces', () => {
    // An imported log keeps the line endings and spacing it was written with.
    const imported = entryAt(T0 + 11 * MIN, {
      kind: 'action',
      source: 'import',
      author: 'Sam',
      text: '  purging the CDN cache\r\n\r\nwatching the error rate\rnext: restart the workers\n',
    });
    const base = fixture();
    const actions = section(buildHandoverBrief({ ...base, entries: [...base.entries, imported] }).text, 'Actions taken or under way (newest first)');
    expect(actions.split('\n')).toEqual([
      '- 14:11:00 UTC, Sam: purging the CDN cache',
      '    watching the error rate',
      '    next: restart the workers',
      '- 14:10:00 UTC, Sam: rolling back config push 4711',
    ]);
  });

  it('lists eight lines of a kind in full, with no "earlier" line', () => {
    const base = fixture();
    const entries = Array.from({ length: 8 }, (_, i) => typed(T0 + i * MIN, `? cause ${i}`));
    const hypotheses = section(buildHandoverBrief({ ...base, entries }).text, 'Hypotheses still open').split('\n');
    expect(hypotheses).toHaveLength(8);
    expect(hypotheses[7]).toBe('- 14:00:00 UTC, Dana: cause 0');
  });

  it('says plainly that nothing was ruled out, done or decided yet', () => {
    const { text } = buildHandoverBrief({ ...fixture(), entries: [] });
    expect(section(text, 'Ruled out')).toBe('Nothing ruled out in the log yet.');
    expect(section(text, 'Actions taken or under way (newest first)')).toBe('None logged.');
    expect(section(text, 'Decisions')).toBe('None logged.');
  });

  it('is the same brief whatever order the entries arrive in', () => {
    const base = fixture();
    const inOrder = buildHandoverBrief(base).text;
    expect(buildHandoverBrief({ ...base, entries: [...base.entries].reverse() }).text).toBe(inOrder);
    expect(section(inOrder, 'Hypotheses still open')).toBe(
      '- 14:04:00 UTC, Fox: card network outage\n- 14:03:00 UTC, Fox: payment host missing from config',
    );
  });
});
