// A services process that saves edits as fast as it can and acknowledges each one on stdout, so a
// test can kill it (SIGKILL) mid-save and check that every acknowledged save survived.
import { openWorkspace } from '../../../electron/services/workspace/store.ts';
import { emptyCredits, emptyMeta, type Article } from '../../../core/model/article.ts';

const [dir, id] = process.argv.slice(2);
const ws = await openWorkspace(dir);
const base = (await ws.get(id))!.article;
for (let n = 1; ; n++) {
  const article: Article = { ...base, credits: emptyCredits(), meta: emptyMeta(), paragraphs: [{ role: 'lead', text: `simpan ke-${n} ${'kata '.repeat(400)}` }] };
  await ws.saveEdit(id, article);
  process.stdout.write(`ack ${n}\n`);
}
