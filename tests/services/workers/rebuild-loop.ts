// A services process that rebuilds the archive's index, so a test can kill it mid-build.
import { openArchive } from '../../../electron/services/archive/index.ts';

const archive = openArchive(process.argv[2]);
process.stdout.write('rebuilding\n');
for (;;) archive.rebuildIndex();
