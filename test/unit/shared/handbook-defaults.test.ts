import { describe, expect, it } from 'vitest';
import { defaultLeadDuties, leadDutyIds } from '../../../src/shared/handbook/lead-duties';
import { severityGuide } from '../../../src/shared/handbook/severity-guide';
import { declareGuidance } from '../../../src/shared/handbook/declare-guidance';
import { severities } from '../../../src/shared/domain/incident';

// The handbook defaults are what a new team reads first. Each duty explains itself, each list has its
// entries, and the duties come in the order the lead works through them.

const sentence = /^\S[\s\S]{20,}[.)]$/u;

describe('the default handbook', () => {
  it('lists the duties of each severity in working order', () => {
    const i = leadDutyIds;
    expect(defaultLeadDuties.minor.map((d) => d.id)).toEqual([i.assembleResponders, i.keepNotes, i.handOverLead, i.closeWithRootCause, i.scheduleAnalysis]);
    expect(defaultLeadDuties.major.map((d) => d.id)).toEqual([i.assembleResponders, i.informStakeholders, i.keepNotes, i.statusBanner, i.statusPage, i.handOverLead, i.closeWithRootCause, i.scheduleAnalysis]);
    expect(defaultLeadDuties.critical.map((d) => d.id)).toEqual([i.assembleResponders, i.informStakeholders, i.keepNotes, i.statusBanner, i.statusPage, i.announceToUsers, i.handOverLead, i.closeWithRootCause, i.scheduleAnalysis]);
  });

  it('explains every duty in a sentence or more', () => {
    for (const severity of severities) {
      for (const duty of defaultLeadDuties[severity]) {
        expect(duty.text.length, duty.id).toBeGreaterThan(10);
        expect(duty.detail ?? '', duty.id).toMatch(sentence);
      }
    }
  });

  it('describes each severity with a label, a summary and examples', () => {
    expect(Object.values(severityGuide).map((g) => g.label)).toEqual(['Minor', 'Major', 'Critical']);
    for (const severity of severities) {
      const guide = severityGuide[severity];
      expect(guide.summary).toMatch(sentence);
      expect(guide.examples.length).toBeGreaterThanOrEqual(2);
      for (const example of guide.examples) expect(example.length, severity).toBeGreaterThan(15);
    }
  });

  it('gives examples both of when to declare and when not to', () => {
    expect(declareGuidance.rule).toMatch(/^When in doubt, declare\./);
    expect(declareGuidance.declare).toHaveLength(4);
    expect(declareGuidance.doNotDeclare).toHaveLength(4);
    for (const line of [...declareGuidance.declare, ...declareGuidance.doNotDeclare]) expect(line.length).toBeGreaterThan(20);
  });
});
