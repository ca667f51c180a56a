import { expect } from 'vitest';
import { ChatImportError } from '../../../src/shared/import/import-error';

/**
 * The sentence a chat import refuses with. The call must throw a ChatImportError: a check on the message
 * alone also passed when the code threw null.
 */
export async function importRefusal(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(ChatImportError);
    return (error as ChatImportError).message;
  }
  throw new Error('the import accepted it');
}
