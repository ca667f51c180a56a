import { describe, expect, it } from 'vitest';
import { buildHandoverBrief, type HandoverInput } from '../../../src/shared/handover/handover-brief';
import { entryAt, MIN, T0 } from '../../support/domain-fixtures';
import { fixture, handedOver, section, typed } from './handover-fixtures';

const involved = (input: HandoverInput): string[] => section(buildHandoverBrief(input).text, 'Who is involved').split('\n');

describe('who is involved, in the handover brief', () => {
  it('names the one lead when nobody is named to take over', () => {
    expect(involved({ ...fixture(), to: null })[0]).toBe('Lead: Dana. Declared by Dana.');
  });

  it('names every earlier lead once, in the order they led', () => {
    const base = fixture();
    const incident = { ...base.incident, declaredBy: 'Sam' };
    const entries = [...base.entries, handedOver(T0 + 5 * MIN, 'Sam', 'Fox'), handedOver(T0 + 15 * MIN, 'Fox', 'Sam'), handedOver(T0 + 25 * MIN, 'Sam', 'Dana')];
    expect(involved({ ...base, incident, entries }).slice(0, 2)).toEqual([
      'Outgoing lead: Dana. Incoming lead: Lee. Declared by Sam.',
      'Led earlier by: Sam, Fox.',
    ]);
  });

  it('does not call the incoming lead an earlier one when the lead goes back to them', () => {
    const base = fixture();
    const entries = [...base.entries, handedOver(T0 + 5 * MIN, 'Lee', 'Dana')];
    expect(involved({ ...base, entries })[1]).toMatch(/^Writing in the log:/);
  });

  it('learns earlier leads only from recorded hand-overs, not from a note or an imported line in other words', () => {
    const base = fixture();
    const entries = [
      ...base.entries,
      typed(T0 + 5 * MIN, 'Lead handed over from Kim to Dana on the bridge call'),
      entryAt(T0 + 6 * MIN, { kind: 'lead-change', source: 'import', text: 'Dana took over as lead' }),
    ];
    expect(involved({ ...base, entries }).join('\n')).not.toContain('Led earlier by');
  });

  it('lists who writes most first, equal counts by name, and leaves out what the app recorded itself', () => {
    const base = fixture();
    const entries = [
      entryAt(T0 + 1 * MIN, { kind: 'severity-change', source: 'lifecycle', author: 'Ann', text: 'Severity changed from major to critical' }),
      typed(T0 + 2 * MIN, 'paged the payments team', 'Fox'),
      typed(T0 + 3 * MIN, 'joined the call', 'Ann'),
      typed(T0 + 4 * MIN, '? payment host missing', 'Zoe'),
      typed(T0 + 5 * MIN, '> rolling back', 'Zoe'),
      typed(T0 + 6 * MIN, 'error rate falling', 'Zoe'),
    ];
    expect(involved({ ...base, entries })[1]).toBe('Writing in the log: Zoe (3 entries), Ann (1 entry), Fox (1 entry).');
  });
});
