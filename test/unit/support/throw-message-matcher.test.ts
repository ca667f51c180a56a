import { describe, expect, it } from 'vitest';

// The refusal tests rest on this matcher: it must fail for every way code can throw without saying why.
describe('toThrowMessage', () => {
  const throwing = (value: unknown) => () => {
    throw value;
  };

  it('passes for an Error whose message matches, and under .rejects for such a rejection', async () => {
    expect(throwing(new TypeError('The app is not ready yet.'))).toThrowMessage(/not ready/);
    await expect(Promise.reject(new Error('Quota used up'))).rejects.toThrowMessage(/Quota/);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'not ready'],
    ['an object with a message', { message: 'not ready' }],
    ['an Error with another message', new Error('something else')],
  ])('fails when the code throws %s', (_, value) => {
    expect(() => expect(throwing(value)).toThrowMessage(/not ready/)).toThrowMessage(/expected/);
  });

  it('fails when nothing is thrown, and under .rejects for a null reason', async () => {
    expect(() => expect(() => 'fine').toThrowMessage(/not ready/)).toThrowMessage(/nothing was thrown/);
    await expect(expect(Promise.reject(null)).rejects.toThrowMessage(/not ready/)).rejects.toThrowMessage(/null was thrown/);
  });
});
