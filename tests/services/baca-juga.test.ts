// Baca juga through the story service: existing lines resolved against the archive, and chosen
// links inserted at the desk's positions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServices } from '../../electron/services/app-services.ts';
import { tempDir, SEED } from '../helpers/tmp.ts';

test('existing Baca juga lines are resolved against the archive; the unknown one is flagged', async () => {
  const s = await createServices(await tempDir(), { speller: false });
  s.archive().addStory({ title: 'NATO peringatkan musim dingin terberat bagi Ukraina akibat perang', body: 'Brussel (ANTARA) - NATO memperingatkan musim dingin yang berat.', url: 'https://www.antaranews.com/berita/1', date: '2026-11-01', source: 'ANTARA' });
  const res = await s.stories.importPaths([SEED]);
  const view = await s.stories.view(res.items[0].storyIds[0]);
  const flagged = view.findings.filter((f) => f.ruleId === 'structure/baca-juga-unresolved');
  assert.equal(flagged.length, 1, JSON.stringify(flagged));
  const p = view.record.article.paragraphs[flagged[0].paragraph];
  assert.match(p.text, /Menlu Hongaria/);
  await s.close();
});

test('chosen links go in at the desk positions: never in the lead, never two in a row', async () => {
  const s = await createServices(await tempDir(), { speller: false });
  const res = await s.stories.importPaths([SEED]);
  const id = res.items[0].storyIds[0];
  const view = await s.stories.insertRelated(id, [
    { title: 'Rutte kunjungi Kyiv', url: 'https://www.antaranews.com/berita/10' },
    { title: 'Anggaran pertahanan NATO naik', url: 'https://www.antaranews.com/berita/11' },
  ]);
  const paras = view.record.article.paragraphs;
  const inserted = paras.map((p, i) => ({ p, i })).filter(({ p }) => p.url?.includes('/berita/1'));
  assert.equal(inserted.length, 2);
  assert.equal(inserted[0].i, 2, 'after the 2nd paragraph (antara profile)');
  for (const { i } of inserted) {
    assert.notEqual(paras[i - 1].role, 'related');
    assert.notEqual(paras[i + 1]?.role, 'related');
  }
  assert.equal(view.record.revisions.at(-1)?.reason, 'fix');
  assert.equal(view.record.article.related.filter((r) => r.url).length, 2);
  await s.close();
});
