// Run by stand-in-rules.test.ts as the second process: asks for the lock on the profile given in argv[2].
import { acquireLock, handOff } from '../../shell/stand-in/single-instance';

const got = acquireLock(process.argv[2] as string, { argv: ['sitrep', '--note', 'hi'], cwd: '/x', additionalData: { startedAt: 5 } }, () => undefined);
void handOff.then(() => process.exit(got ? 3 : 0));
