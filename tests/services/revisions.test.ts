// The named steps each record a revision, through the real services: cleaning and export (import,
// restore, fix and replace are covered beside their features). Edits in between are kept as their
// own revision first, so the history reads: import, edit, clean, export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServices } from '../../electron/services/app-services.ts';
import { SEED, tempDir } from '../helpers/tmp.ts';

test('cleaning and export each record a revision; the edit before them is kept as its own', async () => {
  const s = await createServices(await tempDir(), { speller: false });
  try {
    const { storyIds: [id] } = await s.stories.importPath(SEED);
    const rec = await s.stories.record(id);
    const edited = rec.article.paragraphs.map((p, i) => (i === 1 ? { ...p, text: `${p.text} Tambahan penyunting.` } : p));
    await s.stories.save(id, { headline: 'Judul uji revisi', paragraphs: edited });
    await s.stories.clean(id);
    const results = await s.stories.exportStories([id], 'nitf', null);
    assert.equal(results[0].ok, true, results[0].error);
    const after = await s.stories.record(id);
    assert.deepEqual(after.revisions.map((r) => r.reason), ['import', 'edit', 'clean', 'export']);
    assert.equal(after.status, 'diekspor');
    assert.equal(after.editsSinceRevision, 0);
    const exported = after.revisions.at(-1)!.article;
    assert.equal(exported.headline, 'Judul uji revisi');
    assert.match(exported.paragraphs.map((p) => p.text).join('\n'), /Tambahan penyunting\./);
    assert.equal(after.exports.length, 1);
  } finally {
    await s.close();
  }
});
