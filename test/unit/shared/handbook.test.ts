import { describe, expect, it } from 'vitest';
import { severities } from '../../../src/shared/domain/incident';
import { declareGuidance } from '../../../src/shared/handbook/declare-guidance';
import { DeclareGuidanceSchema } from '../../../src/shared/handbook/declare-guidance-schema';
import { ChecklistItemSchema, defaultLeadDuties, leadDutyIds } from '../../../src/shared/handbook/lead-duties';
import { severityGuide } from '../../../src/shared/handbook/severity-guide';
import { SeverityGuideSchema } from '../../../src/shared/handbook/severity-guide-schema';

const dutyIds = (severity: keyof typeof defaultLeadDuties) => defaultLeadDuties[severity].map((item) => item.id);

describe('the handbook defaults are valid configurations', () => {
  it('match the schemas a team-edited handbook is checked against', () => {
    expect(SeverityGuideSchema.parse(severityGuide)).toEqual(severityGuide);
    expect(DeclareGuidanceSchema.parse(declareGuidance)).toEqual(declareGuidance);
  });

  it('a guide that leaves out a severity is refused', () => {
    const { critical: _critical, ...partial } = severityGuide;
    expect(SeverityGuideSchema.safeParse(partial).success).toBe(false);
  });
});

describe('severity guide', () => {
  it('pages people for major and critical, never for minor', () => {
    expect(severities.map((s) => severityGuide[s].pagesPeople)).toEqual([false, true, true]);
  });

  it('gives every level a summary and examples', () => {
    for (const severity of severities) {
      expect(severityGuide[severity].summary.length).toBeGreaterThan(40);
      expect(severityGuide[severity].examples.length).toBeGreaterThan(0);
    }
  });
});

describe('declare guidance', () => {
  it('leans towards declaring and lets anyone declare', () => {
    expect(declareGuidance.rule).toMatch(/When in doubt, declare/);
    expect(declareGuidance.rule).toMatch(/Anyone may declare/);
  });

  it('says planned maintenance is not an incident, and names no product of the source handbook', () => {
    expect(declareGuidance.doNotDeclare.some((line) => /maintenance/i.test(line))).toBe(true);
    const all = [declareGuidance.rule, ...declareGuidance.declare, ...declareGuidance.doNotDeclare].join(' ');
    expect(all).not.toMatch(/posthog|\/decide|insight|feature flag/i);
  });
});

describe('default lead duties', () => {
  it('are valid checklist items with ids unique within each severity', () => {
    for (const severity of severities) {
      for (const item of defaultLeadDuties[severity]) expect(ChecklistItemSchema.parse(item)).toEqual(item);
      expect(new Set(dutyIds(severity)).size).toBe(defaultLeadDuties[severity].length);
    }
  });

  it('use the same id for the same duty at every severity, so ticks survive a severity change', () => {
    const known = new Set<string>(Object.values(leadDutyIds));
    for (const severity of severities) for (const id of dutyIds(severity)) expect(known.has(id)).toBe(true);
    for (const severity of severities) {
      expect(dutyIds(severity)).toEqual(
        expect.arrayContaining([leadDutyIds.assembleResponders, leadDutyIds.keepNotes, leadDutyIds.handOverLead, leadDutyIds.closeWithRootCause, leadDutyIds.scheduleAnalysis]),
      );
    }
  });

  it('escalate with severity: minor does not page, major tells leadership, critical adds public announcements', () => {
    const minorAssemble = defaultLeadDuties.minor.find((item) => item.id === leadDutyIds.assembleResponders);
    expect(`${minorAssemble?.text} ${minorAssemble?.detail}`).toMatch(/do not page/i);
    expect(dutyIds('minor')).not.toContain(leadDutyIds.informStakeholders);
    expect(dutyIds('major')).toContain(leadDutyIds.informStakeholders);
    expect(dutyIds('major')).not.toContain(leadDutyIds.announceToUsers);
    expect(dutyIds('critical')).toEqual(expect.arrayContaining([leadDutyIds.informStakeholders, leadDutyIds.announceToUsers, leadDutyIds.statusPage]));
  });
});
