// Measures the checks on the shared corpus (../shared/corpus/): parse + check every story with its
// outlet's desk profile (kompas for Kompas.com and PFSA-ID, detik for detik, antara for ANTARA),
// then count findings per story by rule, the error-severity findings of the language, attribution
// and ethics rules (published copy: almost all false alarms; goal < 0.5 per story), the share of
// words the speller flags (goal ≤ 0.5%), and recall on faults injected into clean stories (goal ≥ 95%).
// Prints a markdown section; reads the corpus only to count, never copies its text.
//   --failures   list missed injections and the commonest flagged words on stderr
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from '../core/parse/index.ts';
import { runChecks } from '../core/checks/index.ts';
import type { CheckEnv } from '../core/checks/types.ts';
import { BUILTIN_PROFILES } from '../core/profiles/index.ts';
import type { Article } from '../core/model/article.ts';
import type { Finding } from '../core/model/finding.ts';
import type { DeskProfile } from '../core/model/profile.ts';
import { loadSpeller } from '../electron/services/speller.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.CORPUS ?? path.resolve(root, '..', 'shared', 'corpus');
const showFailures = process.argv.includes('--failures');
const GOAL_ERRORS = 0.5;
const GOAL_RECALL = 0.95;
const GOAL_SPELLING = 0.005;

if (!existsSync(corpus)) {
  console.log(`## Checks on the corpus\n\nNo corpus at \`${corpus}\`; nothing measured.\n`);
  process.exit(0);
}

interface Row { id: string; body: string; date?: string | null; lang?: string }
const SETS: { file: string; label: string; profile: string }[] = [
  { file: 'kompas_trending_digest.jsonl', label: 'Kompas.com', profile: 'kompas' },
  { file: 'pfsa_id_gold_attribution.jsonl', label: 'Kompas daily (PFSA-ID)', profile: 'kompas' },
  { file: 'detik_summarization_1000.jsonl', label: 'detik.com', profile: 'detik' },
  { file: 'antara_samples.jsonl', label: 'ANTARA', profile: 'antara' },
];

function load(name: string): Row[] {
  const file = path.join(corpus, name);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row).filter((r) => r.body && r.lang !== 'en' && r.body.split(/\s+/).length > 30);
}

function isoDate(d: string | null | undefined): string | null {
  if (!d || d === 'None') return null;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(d);
  if (us) return `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
  return Number.isNaN(new Date(d).getTime()) ? null : d;
}

function parse(row: Row): Article {
  const a = parseText(row.body);
  return { ...a, meta: { ...a.meta, date: isoDate(row.date) } };
}

const profileOf = (id: string) => BUILTIN_PROFILES.find((p) => p.id === id) as DeskProfile;
const countWords = (a: Article) => a.paragraphs.filter((p) => p.role === 'lead' || p.role === 'body').reduce((n, p) => n + (p.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);

const speller = await loadSpeller();
const env: CheckEnv = { speller };

// ---- findings on published copy ----
const byRule = new Map<string, number[]>(); // rule → count per set
const perSet: { label: string; profile: string; stories: number; findings: number; errorsLAE: number; spelling: number; words: number; errorRules: Map<string, number> }[] = [];
const flaggedWords = new Map<string, number>();
const rows: { set: number; row: Row; article: Article; findings: Finding[] }[] = [];
const t0 = performance.now();
SETS.forEach((s, si) => {
  const data = load(s.file);
  const stat = { label: s.label, profile: s.profile, stories: data.length, findings: 0, errorsLAE: 0, spelling: 0, words: 0, errorRules: new Map<string, number>() };
  const profile = profileOf(s.profile);
  for (const row of data) {
    const article = parse(row);
    const findings = runChecks(article, profile, env);
    rows.push({ set: si, row, article, findings });
    stat.findings += findings.length;
    stat.words += countWords(article);
    for (const f of findings) {
      const list = byRule.get(f.ruleId) ?? SETS.map(() => 0);
      list[si]++;
      byRule.set(f.ruleId, list);
      if (f.severity === 'error' && f.category !== 'structure') {
        stat.errorsLAE++;
        stat.errorRules.set(f.ruleId, (stat.errorRules.get(f.ruleId) ?? 0) + 1);
      }
      if (f.ruleId === 'language/spelling') {
        stat.spelling++;
        const w = article.paragraphs[f.paragraph].text.slice(f.start, f.end).toLowerCase();
        flaggedWords.set(w, (flaggedWords.get(w) ?? 0) + 1);
      }
    }
  }
  perSet.push(stat);
});
const elapsed = performance.now() - t0;

// ---- recall on injected faults ----
type Fault = 'speaker' | 'dateline' | 'rupiah' | 'time' | 'vague' | 'name';
const injected: Record<Fault, number> = { speaker: 0, dateline: 0, rupiah: 0, time: 0, vague: 0, name: 0 };
const caught: Record<Fault, number> = { speaker: 0, dateline: 0, rupiah: 0, time: 0, vague: 0, name: 0 };
// Each fault in several forms, taken in turn, so a rule tuned to one constant sentence cannot pass.
const RUPIAH_WRONG = { space: ['Rp.5.000', 'Rp5.000', 'Rp12,5 miliar', 'Rp.350 juta'], noSpace: ['Rp 5.000', 'Rp. 5.000', 'Rp 12,5 miliar', 'Rp 5.000,00'] };
const TIME_WRONG = ['pukul 10:00 WIB', 'pukul 9:30 WITA', 'jam 10.00 WIB', 'pukul 14:15 WIT'];
const VAGUE = [' Hal itu benar, menurut keterangan resmi.', ' Dana itu sudah cair, kata seorang pejabat.', ' Seorang sumber menyebutkan dana itu sudah cair.', ' Hal itu dibenarkan, menurut pernyataan resmi.', ' Menurut informasi yang dihimpun, dana itu sudah cair.'];
const VOWEL_SWAP: Record<string, string> = { a: 'e', e: 'a', i: 'e', o: 'a', u: 'o' };
const misses: string[] = [];
const SPEECH_AFTER = /([,.!?])(["”])\s*,?\s*(?:kata|ujar|ucap|tutur|jelas|ungkap|tegas|tambah|imbuh|lanjut|katanya|ujarnya|ucapnya|tuturnya|jelasnya|ungkapnya|tegasnya|tambahnya|imbuhnya|lanjutnya|pungkasnya)\b[^"“”]*$/u;

function body(article: Article): number[] {
  return article.paragraphs.map((p, i) => (p.role === 'body' ? i : -1)).filter((i) => i >= 0);
}
function replaceParagraph(a: Article, i: number, text: string): string {
  const texts = a.paragraphs.map((p, k) => (k === i ? text : p.text));
  return (a.headline ? a.headline + '\n\n' : '') + texts.join('\n\n');
}
function run(text: string, r: (typeof rows)[number]): { article: Article; findings: Finding[] } {
  const article = { ...parseText(text), meta: r.article.meta };
  return { article, findings: runChecks(article, profileOf(SETS[r.set].profile), env) };
}

for (const r of rows) {
  const a = r.article;
  const profile = profileOf(SETS[r.set].profile);
  const bodies = body(a);
  const had = (rule: string) => r.findings.some((f) => f.ruleId === rule);
  // Remove a speaker: a standalone quote paragraph (`"…," kata X.`) loses its attribution.
  for (const i of bodies) {
    const t = a.paragraphs[i].text;
    if (!/^["“”]/.test(t)) continue;
    const m = SPEECH_AFTER.exec(t);
    const prev = a.paragraphs[i - 1];
    if (!m || !prev || /["“”]/.test(prev.text) || had('attribution/quote-without-speaker')) continue;
    const stripped = t.slice(0, m.index) + '.' + m[2];
    if (stripped.split(/\s+/).length < 6) continue;
    injected.speaker++;
    const out = run(replaceParagraph(a, i, stripped), r);
    // On the paragraph that lost its speaker, not anywhere in the story.
    if (out.findings.some((f) => f.ruleId === 'attribution/quote-without-speaker' && f.paragraph === i)) caught.speaker++;
    else misses.push(`speaker ${r.row.id} p${i}`);
    break;
  }
  // Break a dateline: drop the space before the bracket/comma, squash the dash, or use an em dash.
  if (a.dateline && a.dateline.place && !had('structure/dateline-malformed')) {
    const lead = a.paragraphs.findIndex((p) => p.role === 'lead');
    const t = a.paragraphs[lead].text;
    const prefix = t.slice(0, a.dateline.length);
    const variants = [prefix.replace(/ \(/, '(').replace(/\s*-\s*$/, '- '), prefix.replace(/\s*-+\s*$/, ' — '), prefix.replace(/\s+[-–—]+\s*$/, '-').concat(' ')];
    const broken = variants[injected.dateline % variants.length];
    if (broken !== prefix) {
      injected.dateline++;
      const out = run(replaceParagraph(a, lead, broken + t.slice(a.dateline.length)), r);
      if (out.findings.some((f) => f.ruleId === 'structure/dateline-malformed' || f.ruleId === 'structure/dateline-missing')) caught.dateline++;
      else misses.push(`dateline ${r.row.id}`);
    }
  }
  // Add a rupiah figure in the wrong form for the desk, and a time with a colon, to a body paragraph.
  const target = bodies.find((i) => !/["“”]/.test(a.paragraphs[i].text));
  if (target !== undefined) {
    const forms = profile.rupiahSpace ? RUPIAH_WRONG.space : RUPIAH_WRONG.noSpace;
    const rp = forms[injected.rupiah % forms.length];
    const time = TIME_WRONG[injected.time % TIME_WRONG.length];
    const vague = VAGUE[injected.vague % VAGUE.length];
    for (const [fault, sentence, rule] of [['rupiah', ` Harganya ${rp} per unit.`, 'language/rupiah'], ['time', ` Acara dimulai ${time}.`, 'language/time-format'], ['vague', vague, 'attribution/vague-source']] as const) {
      if (fault === 'vague' && had('attribution/vague-source')) continue;
      injected[fault]++;
      const text = a.paragraphs[target].text + sentence;
      const out = run(replaceParagraph(a, target, text), r);
      const p = out.article.paragraphs.findIndex((x) => x.text === text);
      const at = text.length - sentence.length;
      if (out.findings.some((f) => f.ruleId === rule && f.paragraph === p && f.start >= at)) caught[fault]++;
      else misses.push(`${fault} ${r.row.id}`);
    }
  }

  // Misspell a quoted person's surname once, in a later mention: one vowel changed (`Umerov` → `Umarov`).
  if (!had('attribution/name-inconsistent')) {
    const surnames = [...new Set(a.quotes.map((q) => q.speaker?.name.split(/\s+/).pop() ?? '').filter((w) => /^\p{Lu}\p{Ll}{4,}$/u.test(w)))];
    for (const surname of surnames) {
      const places = bodies.filter((i) => new RegExp(`\\b${surname}\\b`, 'u').test(a.paragraphs[i].text));
      if (places.length < 2) continue;
      const i = places[places.length - 1];
      const k = surname.slice(1).search(/[aeiou]/) + 1;
      if (k < 1) continue;
      const wrong = surname.slice(0, k) + VOWEL_SWAP[surname[k]] + surname.slice(k + 1);
      const t = a.paragraphs[i].text;
      const at = t.lastIndexOf(surname);
      injected.name++;
      const out = run(replaceParagraph(a, i, t.slice(0, at) + wrong + t.slice(at + surname.length)), r);
      if (out.findings.some((f) => f.ruleId === 'attribution/name-inconsistent' && f.paragraph === i)) caught.name++;
      else misses.push(`name ${r.row.id} ${surname}→${wrong}`);
      break;
    }
  }
}

// ---- print ----
const pct = (x: number, d = 1) => `${(100 * x).toFixed(d)}%`;
const lines: string[] = [];
lines.push('## Checks on the corpus');
lines.push('');
lines.push(`Command: \`npm run eval\` (\`scripts/eval-checks.ts\`). Each story parsed with \`parseText\` and checked with its outlet's desk profile (Kompas.com and PFSA-ID: \`kompas\`; detik: \`detik\`; ANTARA: \`antara\`), the Hunspell speller loaded. ${rows.length} stories in ${(elapsed / 1000).toFixed(1)} s.`);
lines.push('');
lines.push('| set | profile | stories | findings / story | error findings (language, attribution, ethics) / story | goal | spelling flags / words | goal |');
lines.push('|---|---|---:|---:|---:|---|---:|---|');
let totalStories = 0;
let totalErrors = 0;
for (const s of perSet) {
  totalStories += s.stories;
  totalErrors += s.errorsLAE;
  if (!s.stories) continue;
  // A goal missed is said in the row, not left for the reader to compare.
  const errorRate = s.errorsLAE / s.stories;
  const spellRate = s.spelling / Math.max(1, s.words);
  lines.push(`| ${s.label} | ${s.profile} | ${s.stories} | ${(s.findings / s.stories).toFixed(2)} | ${errorRate.toFixed(3)}${errorRate >= GOAL_ERRORS ? ' **(missed)**' : ''} | < ${GOAL_ERRORS} | ${pct(spellRate, 2)} (${s.spelling} of ${s.words} words)${spellRate > GOAL_SPELLING ? ' **(missed)**' : ''} | ≤ ${pct(GOAL_SPELLING, 2)} |`);
}
const allWords = perSet.reduce((n, s) => n + s.words, 0);
const allSpelling = perSet.reduce((n, s) => n + s.spelling, 0);
lines.push(`| **all** | | ${totalStories} | ${(perSet.reduce((n, s) => n + s.findings, 0) / Math.max(1, totalStories)).toFixed(2)} | **${(totalErrors / Math.max(1, totalStories)).toFixed(3)}** | < ${GOAL_ERRORS} | **${pct(allSpelling / Math.max(1, allWords), 2)}** | ≤ ${pct(GOAL_SPELLING, 2)} |`);
const few = perSet.filter((s) => s.stories > 0 && s.stories < 20);
if (few.length) lines.push('', `${few.map((s) => `${s.label} has only ${s.stories} stories here (${s.words} words)`).join('; ')}: its rates move by whole findings, so read them as rough.`);
lines.push('');
lines.push('Findings per story by rule (structure findings on this copy are mostly true: the collectors cut headlines, detik\'s datelines and credits, and left ad lines):');
lines.push('');
lines.push(`| rule | ${SETS.map((s) => s.label).join(' | ')} |`);
lines.push(`|---|${SETS.map(() => '---:').join('|')}|`);
for (const [rule, counts] of [...byRule.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
  lines.push(`| \`${rule}\` | ${counts.map((c, i) => (perSet[i].stories ? (c / perSet[i].stories).toFixed(3) : '–')).join(' | ')} |`);
}
lines.push('');
lines.push(`Recall on faults injected into clean stories (goal ≥ ${pct(GOAL_RECALL)}): a standalone quote loses its \`, kata X\` (caught only on that paragraph); the dateline loses a space, gets an em dash or a squashed dash; a body paragraph gains a rupiah figure in a form the desk does not use (four forms in turn: \`Rp 5.000\`, \`Rp. 5.000\`, \`Rp 12,5 miliar\`, \`Rp 5.000,00\` for ANTARA; \`Rp.5.000\`, \`Rp5.000\`, \`Rp12,5 miliar\`, \`Rp.350 juta\` for Kompas/detik), a time in one of four wrong forms (\`pukul 10:00 WIB\`, \`pukul 9:30 WITA\`, \`jam 10.00 WIB\`, \`pukul 14:15 WIT\`) and a vague source (\`menurut keterangan resmi\`, \`kata seorang pejabat\`, \`Seorang sumber menyebutkan\`, \`menurut pernyataan resmi\`, \`Menurut informasi yang dihimpun\`), each caught only on the sentence added; a quoted person's surname gets one vowel changed in its last mention (\`Umerov\` → \`Umarov\`), caught only on that paragraph.`);
lines.push('');
lines.push('| fault | injected | caught | recall | goal |');
lines.push('|---|---:|---:|---:|---|');
let inj = 0;
let cau = 0;
for (const k of Object.keys(injected) as Fault[]) {
  inj += injected[k];
  cau += caught[k];
  const recall = caught[k] / Math.max(1, injected[k]);
  lines.push(`| ${k} | ${injected[k]} | ${caught[k]} | ${pct(recall)}${recall < GOAL_RECALL ? ' **(missed)**' : ''} | ≥ ${pct(GOAL_RECALL)} |`);
}
lines.push(`| **all** | ${inj} | ${cau} | **${pct(cau / Math.max(1, inj))}** | ≥ ${pct(GOAL_RECALL)} |`);
lines.push('');
if (injected.name && caught.name < injected.name * GOAL_RECALL) {
  lines.push('The name misses are mostly surnames that are also dictionary words (`Fitri`, `Sarah`, `Tohir` → `Tahir`): name-inconsistent leaves a dictionary word beside a name alone (it cannot tell a misspelt `Tohir` from the word `tahir`), which keeps its false alarms on published copy near 0.05 per story. The vague-source phrases are ones the rule lists: the row shows they are caught inside real paragraphs, not that other phrasings are.');
  lines.push('');
}
console.log(lines.join('\n'));

if (showFailures) {
  process.stderr.write(misses.slice(0, 60).join('\n') + '\n');
  process.stderr.write('flagged words: ' + [...flaggedWords.entries()].sort((a, b) => b[1] - a[1]).slice(0, 80).map(([w, n]) => `${w}:${n}`).join(' ') + '\n');
  for (const s of perSet) process.stderr.write(`${s.label} error rules: ${[...s.errorRules.entries()].map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
}
