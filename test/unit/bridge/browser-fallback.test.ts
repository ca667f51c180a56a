import { describe, expect, it } from 'vitest';
import { getBridge } from '../../../src/renderer/src/bridge/get-bridge';
import { eventContract, invokeContract } from '../../../src/shared/contract/ipc-contract';

// Without Electron (npm run dev:renderer, a cold load in the benchmark) the pages get a stand-in bridge. It
// names its channels from the window slices, not the contract: a channel missing from every slice would be
// missing here, and the view that calls it would throw "is not a function" in a plain browser.
describe('the bridge a page gets without Electron', () => {
  it('offers every invoke channel of the contract, each answering nothing', async () => {
    const bridge = getBridge() as unknown as Record<string, (arg?: unknown) => unknown>;
    for (const name of Object.keys(invokeContract).filter((n) => n !== 'getAppInfo' && n !== 'openExternal')) {
      expect(typeof bridge[name], name).toBe('function');
      await expect(bridge[name]!(undefined), name).resolves.toBeUndefined();
    }
  });

  it('offers every event channel of the contract, each returning an unsubscribe function', () => {
    const bridge = getBridge() as unknown as Record<string, (listener: () => void) => unknown>;
    for (const name of Object.keys(eventContract)) {
      expect(typeof bridge[name], name).toBe('function');
      expect(typeof bridge[name]!(() => undefined), name).toBe('function');
    }
  });

  it('says it is running in a browser when asked for the app', async () => {
    await expect(getBridge().getAppInfo()).resolves.toMatchObject({ version: 'browser', platform: 'browser' });
  });
});
