// Child process for the crash test: imports a file and prints "ack N" after every committed batch,
// so the parent knows what was acknowledged before it kills this process with SIGKILL.
import { openArchive, importIntoArchive } from '../../../electron/services/archive/index.ts';

// An optional third argument caps the batches of this run: after that many acknowledgements the child
// waits for its kill, so a parent slowed by a busy machine cannot let it run on through the file.
const [dir, file, maxBatches] = process.argv.slice(2);
const archive = openArchive(dir);
let acks = 0;
await importIntoArchive(archive, [file], {
  batchSize: 25,
  onProgress: (p) => {
    process.stdout.write(`ack ${p.stories}\n`);
    const sleeper = new Int32Array(new SharedArrayBuffer(4));
    if (maxBatches && ++acks >= Number(maxBatches)) for (;;) Atomics.wait(sleeper, 0, 0);
    // A short pause after each commit so the parent's kill lands mid-import even on a busy machine.
    Atomics.wait(sleeper, 0, 0, 15);
  },
});
process.stdout.write('finished\n');
archive.close();
