import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import { describe, expect, it } from 'vitest';
import { parseComposerInput } from '../../../src/shared/domain/entry-parser';
import { MAX_ENTRY_TEXT } from '../../../src/shared/domain/timeline-entry';

// The characters that break naive text handling: controls, NUL, bidi overrides, combining marks, emoji
// sequences, lone surrogates, odd whitespace, and the markup people paste.
const awkward = fc.constantFrom(
  '\u0000', '\u0007', '\u001B[31m', '\r\n', '\t', '\u00A0', '\u2028', '\uFEFF', '\u200B',
  '\u202E', '\u2066', 'שלום', 'مرحبا', 'e\u0301', 'Z\u0351\u0362\u0489', '👩🏽‍💻', '🏳️‍🌈', '\uD800', '\uDFFF',
  '<b>x</b>', '**x**', '`x`', '> ', '! ', '? ', '/', '//', '@', 'todo ', 'TODO:', 'learn ', 'impact ',
);
const body = fc
  .array(fc.oneof(awkward, fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));
const prefix = fc.constantFrom(
  '', '! ', '? ', '> ', '!', '?\u00A0', 'ruled out ', 'Ruled-out: ', 'todo ', 'ToDo: ', 'learn ', 'LEARN\t', 'impact ', '@mitigated ', '@detected',
  '@Impact-Started ', '@resolved ', '@someone ', '/sev ', '/sev major ', '/lead ', '/status ', '/resolve ', '/x ', '/', '//',
);
const space = fc.constantFrom('', ' ', '  \n', '\t', '\u3000');
const input = fc.oneof(
  fc.tuple(space, prefix, body, space).map((parts) => parts.join('')),
  fc.string({ unit: 'binary' }),
  fc.string(),
);

/** The prefixes, by kind, that may stand before the text of an entry (compared lowercased, trimmed). */
const kindHeads: Record<string, RegExp> = {
  decision: /^!$/,
  hypothesis: /^\?$/,
  'ruled-out': /^ruled[ -]out:?$/,
  action: /^>$/,
  'follow-up': /^todo:?$/,
  learning: /^learn:?$/,
  impact: /^impact:?$/,
  milestone: /^@[a-z-]+$/,
};

describe('parseComposerInput on arbitrary text', () => {
  it('never throws and always returns one of its three shapes', () => {
    fc.assert(
      fc.property(input, (raw) => {
        const parsed = parseComposerInput(raw);
        expect(['entry', 'action', 'error']).toContain(parsed.type);
        if (parsed.type === 'error') expect(parsed.message.length).toBeGreaterThan(10);
      }),
      { numRuns: propertyRuns(3_000) },
    );
  });

  it('never loses text: an entry is the input minus its prefix, trimmed', () => {
    fc.assert(
      fc.property(input, (raw) => {
        const parsed = parseComposerInput(raw);
        if (parsed.type !== 'entry') return;
        const typed = raw.trim();
        expect(parsed.text).toBe(parsed.text.trim());
        expect(parsed.text.length).toBeGreaterThan(0);
        if (parsed.kind === 'note') {
          // Plain text is kept whole; only the "//" escape gives up one slash.
          expect(parsed.text).toBe(typed.startsWith('//') ? typed.slice(1) : typed);
          return;
        }
        const head = typed.slice(0, typed.length - parsed.text.length);
        const milestoneWithoutNote = parsed.kind === 'milestone' && /^@[a-z-]+$/i.test(typed);
        if (milestoneWithoutNote) return;
        expect(typed.endsWith(parsed.text)).toBe(true);
        expect(head.trim().toLowerCase()).toMatch(kindHeads[parsed.kind] ?? /^$/);
        // Whitespace separates prefix and text, so "!x" can never have been read as a decision.
        expect(head).toMatch(/\s$/u);
      }),
      { numRuns: propertyRuns(3_000) },
    );
  });

  it('keeps the name given to /lead and the reason given to /sev exactly', () => {
    fc.assert(
      fc.property(body, (text) => {
        const name = text.trim();
        const lead = parseComposerInput(`/lead ${text}`);
        if (name.length === 0) expect(lead.type).toBe('error');
        else if (/[\r\n\u2028\u2029]/u.test(name)) expect(lead.type).toBe('error');
        else if (name.length <= 120) expect(lead).toMatchObject({ type: 'action', action: { type: 'hand-over', to: name } });
        const sev = parseComposerInput(`/sev critical ${text}`);
        expect(sev.type).toBe('action');
        if (sev.type === 'action' && sev.action.type === 'change-severity') expect(sev.action.reason ?? '').toBe(name);
      }),
      { numRuns: propertyRuns(1_000) },
    );
  });

  it('refuses only what it must: blank, over-long, prefixes without text, and commands', () => {
    fc.assert(
      fc.property(input, (raw) => {
        const parsed = parseComposerInput(raw);
        if (parsed.type !== 'error') return;
        const typed = raw.trim();
        const explained =
          typed.length === 0 ||
          typed.length > MAX_ENTRY_TEXT ||
          /^\/[\p{L}\p{N}_-]+(\s|$)/u.test(typed) ||
          /^(!|\?|>|ruled[ -]out:?|todo:?|learn:?|impact:?)$/i.test(typed) ||
          /^@(resolved?|declared?)(\s|$)/i.test(typed);
        expect(explained, `refused ${JSON.stringify(raw)}: ${parsed.message}`).toBe(true);
      }),
      { numRuns: propertyRuns(3_000) },
    );
  });
});
