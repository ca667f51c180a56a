import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import { describe, expect, it } from 'vitest';
import { parseCommandLine, secondInstanceRequest } from '../../../src/main/command-line';
import { eventContract } from '../../../src/shared/contract/ipc-contract';

/*
 * The command line is input from any process on the machine: `sitrep --note …` from a script, and the data a
 * second instance hands the running one. Whatever arrives, main does not throw, dates the note no later than now
 * and no earlier than a minute ago, and every note it accepts is one the quick-note page's event accepts.
 */
const arg = fc.oneof(
  fc.constantFrom('--note', '--note=', '--toggle-quick-note', '--', '-', '--note=  ', '--original-process-start-time=1', '.'),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }).map((s) => `--note=${s}`),
);
const argv = fc.array(arg, { maxLength: 12 });
const NOW = 1_800_000_000_000;

describe('the command line, whatever it holds', () => {
  it('yields a note the quick-note event accepts, or a clear error, never an exception', () => {
    fc.assert(
      fc.property(argv, (args) => {
        const request = parseCommandLine(args);
        if (request.note !== null) {
          expect(eventContract.onExternalNote.payload.safeParse({ text: request.note, pressedAt: NOW }).success).toBe(true);
        }
        for (const error of request.errors) expect(error).toMatch(/^--note /);
        // Every --note is either the note or an error.
        const asked = args.some((a) => a === '--note' || a.startsWith('--note='));
        expect(asked).toBe(request.note !== null || request.errors.length > 0);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it("dates a second instance's note within the last minute, whatever data it sent", () => {
    const additionalData = fc.oneof(
      fc.anything(),
      fc.record({ argv, startedAt: fc.oneof(fc.integer(), fc.double(), fc.constant(NOW - 5_000), fc.constant(NOW + 5_000)) }),
    );
    fc.assert(
      fc.property(argv, additionalData, (args, data) => {
        const { request, pressedAt } = secondInstanceRequest(args, data, NOW);
        expect(Number.isInteger(pressedAt)).toBe(true);
        expect(pressedAt).toBeLessThanOrEqual(NOW);
        expect(NOW - pressedAt).toBeLessThan(60_000);
        if (request.note !== null) expect(eventContract.onExternalNote.payload.safeParse({ text: request.note, pressedAt }).success).toBe(true);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
