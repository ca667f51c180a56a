import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NETWORK_CHECK_MS, watchNetwork } from '../../../src/main/network-watch';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A machine whose network the test switches, and what the outboxes were told. */
function machine(startOnline: boolean) {
  let online = startOnline;
  const back = vi.fn();
  const stop = watchNetwork({ isOnline: () => online, onBack: back });
  return { back, stop, set: (value: boolean) => (online = value), wait: (checks = 1) => vi.advanceTimersByTime(checks * NETWORK_CHECK_MS) };
}

describe('the outboxes hear when the network comes back', () => {
  it('once, at the first check after the network returns', () => {
    const m = machine(false);
    m.wait(3);
    expect(m.back).not.toHaveBeenCalled();
    m.set(true);
    m.wait();
    expect(m.back).toHaveBeenCalledTimes(1);
    m.wait(5);
    expect(m.back).toHaveBeenCalledTimes(1);
  });

  it('not at all while the network never went away', () => {
    const m = machine(true);
    m.wait(10);
    expect(m.back).not.toHaveBeenCalled();
  });

  it('again each time it drops and returns', () => {
    const m = machine(true);
    for (let round = 1; round <= 3; round += 1) {
      m.set(false);
      m.wait();
      m.set(true);
      m.wait();
      expect(m.back).toHaveBeenCalledTimes(round);
    }
  });

  it('a drop shorter than a check is not seen, and nothing is owed for it', () => {
    const m = machine(true);
    m.set(false);
    m.set(true);
    m.wait(2);
    expect(m.back).not.toHaveBeenCalled();
  });

  it('no more after it is stopped (the app quits)', () => {
    const m = machine(false);
    m.stop();
    m.set(true);
    m.wait(3);
    expect(m.back).not.toHaveBeenCalled();
  });
});
