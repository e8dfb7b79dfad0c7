// Preloaded (node --import) into a real `meja` command by the crash test: once the command has
// written MEJA_TEST_STOP_AFTER lines to stdout it stops where it is and waits for its kill. The test
// kills it a moment after an earlier line; without this stop a parent slowed by a busy machine let
// the command run on to the end of its batch, and the kill no longer landed mid-batch.
const limit = Number(process.env.MEJA_TEST_STOP_AFTER);
if (limit > 0) {
  let lines = 0;
  const write = process.stdout.write.bind(process.stdout) as (chunk: string | Uint8Array) => boolean;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    // stdout to a pipe is written synchronously on Linux: the line is out before the wait.
    const ok = write(chunk);
    lines += String(chunk).split('\n').length - 1;
    if (lines >= limit) for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    return ok;
  }) as typeof process.stdout.write;
}
