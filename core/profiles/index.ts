// Built-in desk profiles (ANTARA, Kompas, detik), rule settings per profile, and the JSON
// check for a profile a desk imports.
import { z } from 'zod';
import type { Severity } from '../model/finding.ts';
import type { DeskProfile, RuleSetting } from '../model/profile.ts';
import { RULES } from '../checks/rules.ts';
import { EXPORT_FORMATS } from '../export/formats.ts';
import { optionProblems } from '../checks/options.ts';

/** House word swaps shared by the built-in profiles (PUEBI / KBBI forms); desks edit their copy. */
export const DEFAULT_SUBSTITUTIONS: Record<string, string> = {
  praktek: 'praktik',
  resiko: 'risiko', beresiko: 'berisiko',
  himbau: 'imbau', himbauan: 'imbauan', menghimbau: 'mengimbau', dihimbau: 'diimbau',
  analisa: 'analisis', menganalisa: 'menganalisis', dianalisa: 'dianalisis',
  aktifitas: 'aktivitas', efektifitas: 'efektivitas', produktifitas: 'produktivitas', kreatifitas: 'kreativitas',
  obyek: 'objek', subyek: 'subjek', obyektif: 'objektif', subyektif: 'subjektif',
  ijin: 'izin', perijinan: 'perizinan', jaman: 'zaman', nasehat: 'nasihat', sekedar: 'sekadar',
  apotik: 'apotek', atlit: 'atlet', hakekat: 'hakikat', jadual: 'jadwal', kadaluarsa: 'kedaluwarsa',
  kadaluwarsa: 'kedaluwarsa', kharisma: 'karisma', merubah: 'mengubah', dirubah: 'diubah', perubah: 'pengubah',
  propinsi: 'provinsi', silahkan: 'silakan', sistim: 'sistem', tehnik: 'teknik', tehnologi: 'teknologi',
  antri: 'antre', mengantri: 'mengantre', antrian: 'antrean', cidera: 'cedera', diagnosa: 'diagnosis',
  hipotesa: 'hipotesis', frekwensi: 'frekuensi', kwalitas: 'kualitas', kwantitas: 'kuantitas', kwitansi: 'kuitansi',
  nafas: 'napas', faham: 'paham', fikir: 'pikir', azas: 'asas', cabe: 'cabai', detil: 'detail',
  respon: 'respons', standarisasi: 'standardisasi', hutang: 'utang', milyar: 'miliar', trilyun: 'triliun',
  nopember: 'November', pebruari: 'Februari', ijasah: 'ijazah', karir: 'karier', komplek: 'kompleks',
  konkrit: 'konkret', rejeki: 'rezeki', relijius: 'religius',
  seksama: 'saksama', sholat: 'salat', shalat: 'salat', terlanjur: 'telanjur', trampil: 'terampil',
  ketrampilan: 'keterampilan', varitas: 'varietas', walikota: 'wali kota',
  dikordinasikan: 'dikoordinasikan', koordinir: 'koordinasi',
  dikoordinir: 'dikoordinasi', mengkoordinir: 'mengoordinasi', legalisir: 'legalisasi', dilegalisir: 'dilegalisasi',
  tolerir: 'toleransi', nampak: 'tampak', nampaknya: 'tampaknya',
  orangtua: 'orang tua', kluster: 'klaster', seringkali: 'sering kali', acapkali: 'acap kali',
};

const BASE = {
  leadWordLimit: 35,
  leadSentenceLimit: 3,
  paragraphWordLimit: 70,
  quoteStyle: 'straight' as const,
  bacaJugaAfter: 2,
  bacaJugaEvery: 4,
  bacaJugaMax: 3,
  bacaJugaWindowMonths: 6,
  suspectInitials: true,
  dictionary: [] as string[],
};

export const BUILTIN_PROFILES: DeskProfile[] = [
  {
    ...BASE,
    id: 'antara',
    name: 'ANTARA',
    agency: 'ANTARA',
    datelineTemplate: '{place} ({agency}) - ',
    rupiahSpace: false,
    substitutions: { ...DEFAULT_SUBSTITUTIONS },
    rules: {},
  },
  {
    ...BASE,
    id: 'kompas',
    name: 'Kompas.com',
    agency: 'KOMPAS.com',
    datelineTemplate: '{PLACE}, {agency} - ',
    rupiahSpace: true,
    leadWordLimit: 45,
    paragraphWordLimit: 80,
    substitutions: { ...DEFAULT_SUBSTITUTIONS },
    // Kompas credits its reporter and editor in the page's metadata, not in the body.
    rules: { 'structure/credits-missing': { severity: 'info' } },
  },
  {
    ...BASE,
    id: 'detik',
    name: 'detikcom',
    dictionary: ['detikcom', 'detikers', 'detik', 'detiknews', 'detikfinance', 'detikjabar', 'detikjateng', 'detikjatim', 'detiksulsel', 'detiksumut', 'detikbali', 'detikhealth', 'detiksport', 'detikinet', 'detikoto', 'detiktravel', 'detikfood', 'detikedu', 'detikhot', 'detikpop', 'detikproperti'],
    agency: null,
    datelineTemplate: '{place} - ',
    rupiahSpace: true,
    leadWordLimit: 45,
    paragraphWordLimit: 80,
    substitutions: { ...DEFAULT_SUBSTITUTIONS },
    rules: { 'structure/credits-missing': { severity: 'info' } },
  },
];

export const DEFAULT_PROFILE_ID = 'antara';

export function getBuiltinProfile(id: string): DeskProfile | undefined {
  return BUILTIN_PROFILES.find((p) => p.id === id);
}

export interface ResolvedRuleSetting {
  enabled: boolean;
  severity: Severity;
  options: Record<string, unknown>;
}

const RULE_META = new Map(RULES.map((r) => [r.meta.id, r.meta]));
const resolvedCache = new WeakMap<DeskProfile, Map<string, ResolvedRuleSetting>>();

/** A rule's setting under a profile: the profile's entry over the rule's defaults. */
export function resolveRuleSetting(profile: DeskProfile, ruleId: string): ResolvedRuleSetting {
  let cache = resolvedCache.get(profile);
  if (!cache) {
    cache = new Map();
    resolvedCache.set(profile, cache);
  }
  const hit = cache.get(ruleId);
  if (hit) return hit;
  const meta = RULE_META.get(ruleId);
  const s: RuleSetting = profile.rules?.[ruleId] ?? {};
  const resolved: ResolvedRuleSetting = {
    enabled: s.enabled ?? true,
    severity: s.severity ?? meta?.severity ?? 'warning',
    options: { ...(meta?.defaultOptions ?? {}), ...(s.options ?? {}) },
  };
  // Spelling stays a warning at most, whatever a profile says.
  if (ruleId === 'language/spelling' && resolved.severity === 'error') resolved.severity = 'warning';
  cache.set(ruleId, resolved);
  return resolved;
}

const severity = z.enum(['error', 'warning', 'info']);
const ruleSetting = z.object({
  enabled: z.boolean().optional(),
  severity: severity.optional(),
  options: z.record(z.string(), z.unknown()).optional(),
}).strict();

export const deskProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  name: z.string().min(1).max(120),
  agency: z.string().min(1).max(60).nullable(),
  datelineTemplate: z.string().min(1).max(80).refine((t) => t.includes('{place}') || t.includes('{PLACE}'), 'datelineTemplate needs {place} or {PLACE}'),
  rupiahSpace: z.boolean(),
  leadWordLimit: z.number().int().min(5).max(200),
  leadSentenceLimit: z.number().int().min(1).max(20),
  paragraphWordLimit: z.number().int().min(10).max(500),
  quoteStyle: z.enum(['straight', 'curly']),
  bacaJugaAfter: z.number().int().min(0).max(50),
  bacaJugaEvery: z.number().int().min(1).max(50),
  bacaJugaMax: z.number().int().min(0).max(20),
  bacaJugaWindowMonths: z.number().int().min(1).max(240),
  suspectInitials: z.boolean(),
  substitutions: z.record(z.string().min(1).max(60), z.string().min(1).max(60)),
  dictionary: z.array(z.string().min(1).max(60)).max(50000),
  rules: z.record(z.string().regex(/^[a-z]+\/[a-z0-9-]+$/), ruleSetting),
  blockquotes: z.boolean().optional(),
  exportPresets: z.array(z.object({
    name: z.string().trim().min(1).max(60),
    format: z.enum(EXPORT_FORMATS),
    blockquotes: z.boolean().optional(),
  }).strict()).max(20).optional(),
  baseUrl: z.string().max(300).regex(/^https?:\/\/[^\s/?#]+/i, 'baseUrl must be an http(s) URL').nullable().optional(),
  sourceProfiles: z.array(z.object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
    label: z.string().min(1).max(80),
    // Letters, digits, spaces and the dots, slashes and hyphens of outlet names (`TEMPO.CO`, `Jawa Pos`).
    agency: z.string().min(2).max(40).regex(/^[\p{L}\p{N}][\p{L}\p{N} .\/&'-]*$/u, 'agency: letters, digits, spaces, . / & \' - only'),
    form: z.enum(['comma', 'parenthesized']),
  }).strict()).max(20).optional(),
}).strict();

/** Checks a desk profile read from JSON (import); throws with every problem listed. */
export function validateProfile(json: unknown): DeskProfile {
  const r = deskProfileSchema.safeParse(json);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`Invalid desk profile:\n${lines.join('\n')}`);
  }
  const unknownRules = Object.keys(r.data.rules).filter((id) => !RULE_META.has(id));
  if (unknownRules.length) throw new Error(`Invalid desk profile:\nrules: unknown rule ${unknownRules.join(', ')}`);
  const optionLines = Object.entries(r.data.rules).flatMap(([id, s]) => (s.options === undefined ? [] : optionProblems(RULE_META.get(id)!, s.options)));
  if (optionLines.length) throw new Error(`Invalid desk profile:\n${optionLines.join('\n')}`);
  return r.data as DeskProfile;
}
