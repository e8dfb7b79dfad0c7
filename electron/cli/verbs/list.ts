// meja list: the workspace's stories. Loads only the workspace store (no import readers, checks or
// archive), so it starts fast, and opens the folder read-only: listing never creates anything.
import { resolveDataDir } from '../../services/data-dir.ts';
import { openWorkspace } from '../../services/workspace/store.ts';
import { args, EXIT, type Io } from '../main.ts';
import { printNotices } from '../notices.ts';

export async function listVerb(argv: string[], io: Io): Promise<number> {
  const { values } = args(argv);
  const ws = await openWorkspace(resolveDataDir(values.data as string | undefined), { readOnly: true });
  try {
    printNotices('list', ws.notices, io);
    const list = ws.list();
    if (values.json) io.out(JSON.stringify(list));
    else if (!list.length) io.out('(kosong)');
    else for (const st of list) io.out(`${st.id}\t${st.status}\t${st.errorCount}\t${st.source}\t${st.title}`);
    return EXIT.ok;
  } finally {
    await ws.close();
  }
}
