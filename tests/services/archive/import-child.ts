// Child process for the crash test: imports a file and prints "ack N" after every committed batch,
// so the parent knows what was acknowledged before it kills this process with SIGKILL.
import { openArchive, importIntoArchive } from '../../../electron/services/archive/index.ts';

const [dir, file] = process.argv.slice(2);
const archive = openArchive(dir);
await importIntoArchive(archive, [file], {
  batchSize: 25,
  onProgress: (p) => {
    process.stdout.write(`ack ${p.stories}\n`);
    // A short pause after each commit so the parent's kill lands mid-import even on a busy machine.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 15);
  },
});
process.stdout.write('finished\n');
archive.close();
