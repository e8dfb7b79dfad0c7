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
  const known = view.record.article.related.find((r) => /musim dingin/.test(r.title));
  assert.equal(known?.url, 'https://www.antaranews.com/berita/1', 'the exact title took the archive URL');
  await s.close();
});

test('a Baca juga line found only by a near title is flagged with the archive title; once corrected it takes the URL; a line naming the story itself is flagged as self', async () => {
  const s = await createServices(await tempDir(), { speller: false });
  s.archive().addStory({ title: 'NATO peringatkan musim dingin terberat bagi Ukraina akibat perang', body: 'Brussel (ANTARA) - NATO memperingatkan musim dingin yang berat.\n\nPara menteri bertemu.', url: 'https://www.antaranews.com/berita/1', date: new Date().toISOString(), source: 'ANTARA' });
  const text = 'Menlu bertemu di Brussel\n\nBrussel (ANTARA) - Para menteri luar negeri NATO bertemu di Brussel pada Selasa.\n\nMereka membahas dukungan untuk Ukraina.\n\nBaca juga: NATO peringatkan musim dingin terberat untuk Ukraina akibat perang\n\nPertemuan berlangsung dua hari.\n\nBaca juga: Menlu bertemu di Brussel\n\nRutte hadir.\n\nPewarta: Andi';
  const id = (await s.stories.importText(text)).items[0].storyIds[0];
  const view = await s.stories.view(id);
  const found = view.findings.filter((f) => f.ruleId === 'structure/baca-juga-unresolved');
  const fuzzy = found.find((f) => /tidak persis sama/.test(f.message));
  assert.ok(fuzzy, JSON.stringify(found));
  assert.match(fuzzy.message, /https:\/\/www\.antaranews\.com\/berita\/1/);
  assert.equal(fuzzy.suggestions?.[0].edits[0].text, 'NATO peringatkan musim dingin terberat bagi Ukraina akibat perang');
  assert.equal(view.record.article.paragraphs[fuzzy.paragraph].url ?? null, null, 'not linked until the editor confirms');
  const self = found.find((f) => /berita ini sendiri/.test(f.message));
  assert.ok(self, 'the line naming the story itself is flagged as self');
  assert.match(view.record.article.paragraphs[self.paragraph].text, /Menlu bertemu di Brussel/);
  // The editor takes the suggestion: the line now names the archive story and, saved, takes its URL.
  const e = fuzzy.suggestions![0].edits[0];
  const paragraphs = view.record.article.paragraphs.map((p, i) => (i === e.paragraph ? { ...p, text: p.text.slice(0, e.start) + e.text + p.text.slice(e.end) } : p));
  const saved = await s.stories.save(id, { headline: view.record.article.headline, paragraphs });
  assert.equal(saved.record.article.paragraphs[e.paragraph].url, 'https://www.antaranews.com/berita/1');
  assert.equal(saved.findings.filter((f) => f.ruleId === 'structure/baca-juga-unresolved' && f.paragraph === e.paragraph).length, 0);
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
  // The seed already carries two Baca juga lines and the desk allows three: the second link comes back.
  assert.equal(inserted.length, 1);
  assert.equal(inserted[0].i, 2, 'after the 2nd paragraph (antara profile)');
  assert.deepEqual(view.declined.map((d) => [d.title, d.reason]), [['Anggaran pertahanan NATO naik', 'max']]);
  for (const { i } of inserted) {
    assert.notEqual(paras[i - 1].role, 'related');
    assert.notEqual(paras[i + 1]?.role, 'related');
  }
  assert.equal(view.record.revisions.at(-1)?.reason, 'fix');
  assert.equal(view.record.article.related.filter((r) => r.url?.includes('/berita/1')).length, 1);
  await s.close();
});

test('more links than a short story has places: no stacking, no link last; the rest handed back with the reason', async () => {
  const s = await createServices(await tempDir(), { speller: false });
  const res = await s.stories.importText('Menlu NATO bertemu di Brussel\n\nBRUSSEL (ANTARA) - Para menteri luar negeri NATO bertemu di Brussel pada Selasa.\n\nMereka membahas dukungan untuk Ukraina.\n\nPertemuan berlangsung dua hari.\n\nRutte menyebut pertemuan itu penting.\n\nPewarta: Andi');
  const id = res.items[0].storyIds[0];
  const view = await s.stories.insertRelated(id, [1, 2, 3, 4].map((i) => ({ title: `Tautan ${i}`, url: `https://x.test/${i}` })));
  // A lead and three body paragraphs: two free places (after the 2nd and the 3rd).
  assert.deepEqual(view.record.article.paragraphs.map((p) => p.role), ['lead', 'body', 'related', 'body', 'related', 'body', 'credit']);
  assert.deepEqual(view.findings.filter((f) => f.ruleId === 'structure/baca-juga-placement'), []);
  assert.equal(view.inserted, 2);
  assert.deepEqual(view.declined.map((d) => [d.title, d.reason]), [['Tautan 3', 'no-slot'], ['Tautan 4', 'max']]);
  await s.close();
});

test('replace over the inbox: every story in work changes with a revision; exported copy is left alone', async () => {
  const { createHandlers } = await import('../../electron/ipc/handlers.ts');
  const { dispatch } = await import('../../electron/ipc/dispatch.ts');
  const s = await createServices(await tempDir(), { speller: false });
  const events: string[] = [];
  const h = createHandlers(s, {
    version: 't', emit: (e) => { events.push(e); }, openFiles: async () => null, chooseFolder: async () => null,
    saveFile: async () => null, writeClipboard: () => undefined, openExternal: async () => undefined,
  });
  const a = (await s.stories.importText('Jakarta (ANTARA) - Para menhan bertemu di Jakarta pada Rabu.')).items[0].storyIds[0];
  const b = (await s.stories.importText('Bandung (ANTARA) - Rapat menhan digelar di Bandung.')).items[0].storyIds[0];
  const c = (await s.stories.importText('Surabaya (ANTARA) - Menhan tiba di Surabaya.')).items[0].storyIds[0];
  await s.stories.exportStories([c], 'text', null);
  const res = await dispatch(h, 'stories:replace-all', { query: 'menhan', replacement: 'menteri pertahanan', caseSensitive: false, wholeWord: true }) as { stories: number; replacements: number; ids: string[] };
  assert.deepEqual(res, { stories: 2, replacements: 2, ids: [a, b] });
  assert.match((await s.stories.record(a)).article.paragraphs[0].text, /Para menteri pertahanan bertemu/);
  assert.equal((await s.stories.record(b)).revisions.at(-1)?.reason, 'replace');
  assert.match((await s.stories.record(c)).article.paragraphs[0].text, /Menhan tiba/, 'exported copy unchanged');
  assert.ok(events.includes('stories:changed'));
  await s.close();
});
