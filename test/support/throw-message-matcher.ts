import { expect } from 'vitest';

/*
 * `toThrow(/pattern/)` in vitest 4 also passes when the code throws null or undefined (checked: a function
 * that throws null "throws /before the app is ready/"), so a refusal test written with it can pass with no
 * refusal message at all. `toThrowMessage(/pattern/)` passes only for an Error whose message matches. Under
 * `.rejects` it is handed the rejection's reason. The lint forbids the loose form in the unit tests.
 */
expect.extend({
  toThrowMessage(received: unknown, pattern: RegExp) {
    let thrown: unknown = received;
    let threw = true;
    if (typeof received === 'function') {
      threw = false;
      try {
        (received as () => unknown)();
      } catch (error) {
        threw = true;
        thrown = error;
      }
    }
    const message = thrown instanceof Error ? thrown.message : undefined;
    const pass = threw && message !== undefined && pattern.test(message);
    return {
      pass,
      message: () =>
        !threw
          ? `expected a throw matching ${pattern}, but nothing was thrown`
          : message === undefined
            ? `expected an Error whose message matches ${pattern}, but ${this.utils.stringify(thrown)} was thrown`
            : `expected the message ${this.isNot ? 'not ' : ''}to match ${pattern}: "${message}"`,
    };
  },
});

declare module 'vitest' {
  interface Assertion {
    toThrowMessage(pattern: RegExp): void;
  }
}
