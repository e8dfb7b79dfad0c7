// Parse throughput and memory on generated 600-word wire stories (text written for this bench,
// nothing from the corpus). Prints a markdown section; goal ≥ 3,000 stories/s on one core.
import os from 'node:os';
import { parseText } from '../core/parse/index.ts';

const GOAL_PER_SECOND = 3000;
const WORDS = 600;
const STORIES = 400;
const ROUNDS = 8;

// A small seeded generator so every run parses the same stories.
let seed = 20261125;
function rand(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
function pick<T>(xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)];
}

const PLACES = ['Jakarta', 'Surabaya', 'Medan', 'Makassar', 'Denpasar', 'Kupang', 'Ambon', 'Pontianak'];
const PEOPLE = [
  ['Kepala Dinas Perhubungan Provinsi', 'Rudi Hartawan'], ['Menteri Perdagangan', 'Sinta Wulandari'],
  ['Ketua Komisi V DPR', 'Bagas Pratama'], ['Direktur Utama PT Kereta Api Indonesia', 'Andreas Lumban'],
  ['Wali Kota', 'Nyoman Sudarsa'], ['Kepala Badan Meteorologi daerah', 'Fitri Handayani'],
];
const SUBJECTS = ['Pemerintah daerah', 'Dinas terkait', 'Warga setempat', 'Para pedagang', 'Petugas lapangan', 'Tim gabungan'];
const VERBS = ['menyiapkan', 'memantau', 'menambah', 'mengevaluasi', 'menyalurkan', 'memperketat'];
const OBJECTS = ['pasokan beras', 'jadwal angkutan', 'anggaran bantuan', 'jalur distribusi', 'stok bahan bakar', 'layanan kesehatan'];
const TAILS = [
  'untuk menjaga harga tetap stabil menjelang akhir tahun',
  'sehingga antrean panjang di terminal dapat dikurangi',
  'dengan tambahan 1.250 ton dari gudang provinsi',
  'setelah laporan warga meningkat pada pekan lalu',
  'agar pelayanan tetap berjalan selama masa libur',
];
const CUES = ['kata', 'ujar', 'tutur', 'ucap', 'jelas'];

function sentence(): string {
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}.`;
}

/** One generated story of about `words` words in ANTARA's shape. */
export function story(words: number): string {
  const [title, name] = pick(PEOPLE);
  const surname = name.split(' ')[1];
  const parts: string[] = [];
  parts.push(`${pick(PLACES)} (ANTARA) - ${title} ${name} mengatakan ${pick(OBJECTS)} ${pick(TAILS)}. ${sentence()}`);
  let count = parts[0].split(' ').length;
  let i = 0;
  while (count < words - 20) {
    let p: string;
    switch (i++ % 4) {
      case 1: p = `"${sentence()} ${sentence().replace(/\.$/, '')}," ${pick(CUES)} ${surname} di ${pick(PLACES)}, Senin.`; break;
      case 2: p = `Menurut dia, ${sentence().charAt(0).toLowerCase()}${sentence().slice(1)}`; break;
      case 3: p = `"${sentence().replace(/\.$/, '')}," katanya.`; break;
      default: p = `${sentence()} ${sentence()}`;
    }
    parts.push(p);
    count += p.split(' ').length;
  }
  parts.push(`Baca juga: ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}`);
  parts.push('Pewarta: Dewi Kartika\nEditor: Hendra Saputra\nCOPYRIGHT © ANTARA 2026');
  return parts.join('\n\n');
}

function main(): void {
  const stories = Array.from({ length: STORIES }, () => story(WORDS));
  const avgWords = stories.reduce((s, t) => s + t.split(/\s+/).length, 0) / stories.length;
  for (const s of stories) parseText(s); // warm-up: JIT and caches
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let quotes = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const s of stories) quotes += parseText(s).quotes.length;
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1000);
    times.push(performance.now() - t0);
  }
  gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const best = STORIES / (times[0] / 1000);
  const median = STORIES / (times[Math.floor(times.length / 2)] / 1000);
  // CPU time of the process: what one core spends, even when other work shares the machine.
  const cpuMedian = STORIES / (cpuTimes[Math.floor(cpuTimes.length / 2)] / 1000);
  const perStoryUs = (cpuTimes[Math.floor(cpuTimes.length / 2)] / STORIES) * 1000;
  const load = os.loadavg()[0];
  const kept = parseText(stories[0]);
  const articleBytes = JSON.stringify(kept).length;
  console.log('## Parser throughput (`bench/parse.bench.ts`)\n');
  console.log(`${STORIES} generated ANTARA-style stories of ~${Math.round(avgWords)} words (dateline, quotes with`);
  console.log(`\`kata\`/\`katanya\`, \`Menurut dia\`, Baca juga, credits), ${ROUNDS} rounds after a warm-up, one thread.\n`);
  console.log('| measure | value | goal |');
  console.log('|---|---:|---:|');
  console.log(`| stories per CPU-second, one thread (median round) | ${Math.round(cpuMedian).toLocaleString('en')} | ≥ ${GOAL_PER_SECOND.toLocaleString('en')} |`);
  console.log(`| CPU µs per story (median) | ${perStoryUs.toFixed(0)} | ≤ ${Math.round(1e6 / GOAL_PER_SECOND)} |`);
  console.log(`| stories/s wall clock, median / best round | ${Math.round(median).toLocaleString('en')} / ${Math.round(best).toLocaleString('en')} | |`);
  console.log(`| load average while measuring (${os.cpus().length} cores) | ${load.toFixed(1)} | |`);
  console.log(`| quotes found per story | ${(quotes / (STORIES * ROUNDS)).toFixed(1)} | |`);
  console.log(`| heap growth over ${STORIES * ROUNDS} parses${gc ? ' (after GC)' : ''} | ${((heapAfter - heapBefore) / 1e6).toFixed(2)} MB | ≈ 0 (no leak) |`);
  console.log(`| one parsed article as JSON | ${(articleBytes / 1024).toFixed(1)} KB | |\n`);
  console.log(cpuMedian >= GOAL_PER_SECOND ? 'Goal met (CPU time).\n' : 'Goal NOT met on this run.\n');
  console.log('Wall-clock figures drop when other processes share the cores; CPU time is the per-core measure.' +
    (process.env.MEJA_BENCH_ONE_CORE ? ' This run was held to one core (`taskset -c 1`), so the garbage collector\'s threads count against it too.\n' : '\n'));
}

if (import.meta.main) main();
