import { z } from 'zod';

/**
 * A row of the log's settings table: one preference per key. The value is checked where it is read
 * (settings-repository.ts), so a value a newer or older build wrote falls back to its default there.
 */
export const SettingRowSchema = z.object({ key: z.string().min(1).max(100), value: z.unknown() });
export type SettingRow = z.infer<typeof SettingRowSchema>;
