import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from '../../../src/renderer/src/components/load-once';

describe('a lazy load shared by everything that needs it (team sync batches, lazy views)', () => {
  it('loads once, however many batches ask, and gives each the same module', async () => {
    const module = { name: 'sync-projection' };
    const load = vi.fn(async () => module);
    const get = loadOnce(load);
    const got = await Promise.all([get(), get(), get()]);
    expect(got).toEqual([module, module, module]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again for the next batch after a load failed, and then keeps what loaded', async () => {
    const module = { name: 'derive-incident' };
    const load = vi.fn().mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module')).mockResolvedValue(module);
    const get = loadOnce(load);
    await expect(get()).rejects.toThrow('Failed to fetch dynamically imported module');
    expect(await get()).toBe(module);
    expect(await get()).toBe(module);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
