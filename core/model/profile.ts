// A desk profile: the house style a desk works to. Stored with lowdb, shared as one JSON file.
import type { Severity } from './finding.ts';
import type { ExportFormat } from '../export/formats.ts';

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  options?: Record<string, unknown>;
}

export interface DeskProfile {
  id: string;
  name: string;
  /** The agency this desk writes in its datelines: `ANTARA`, `KOMPAS.com`; null for none (detik). */
  agency: string | null;
  /** How the dateline is written: `{place} ({agency}) - ` for ANTARA, `{PLACE}, {agency} - ` for Kompas. */
  datelineTemplate: string;
  /** `Rp5.000` (PUEBI, ANTARA) or `Rp 5.000` (Kompas, detik). */
  rupiahSpace: boolean;
  leadWordLimit: number;
  leadSentenceLimit: number;
  paragraphWordLimit: number;
  quoteStyle: 'straight' | 'curly';
  /** Baca juga positions: first after this many body paragraphs, then every `bacaJugaEvery`. */
  bacaJugaAfter: number;
  bacaJugaEvery: number;
  bacaJugaMax: number;
  /** Months back that Baca juga suggestions may reach. */
  bacaJugaWindowMonths: number;
  /** Suspects are named by initials (presumption of innocence). */
  suspectInitials: boolean;
  /** House word swaps: non-standard → standard. */
  substitutions: Record<string, string>;
  /** Words the speller must accept (names, local terms). */
  dictionary: string[];
  rules: Record<string, RuleSetting>;
  /** Export: paragraphs that open with a direct quote go out as `<blockquote>` (HTML-carrying formats). */
  blockquotes?: boolean;
  /** Export: the desk's site (WXR channel link and post links, ninjs uri base); http(s) only. */
  baseUrl?: string | null;
  /** Export presets of this desk, offered in the Ekspor dialog after the built-in ones. */
  exportPresets?: ExportPreset[];
  /**
   * The desk's own dateline sources, tried before the built-in ones (`JAKARTA, TEMPO.CO - `):
   * an agency written literally and its form, `comma` (`PLACE, AGENCY - `) or `parenthesized`
   * (`Place (AGENCY) - `). Templates, not regexes, so a shared profile cannot carry a slow pattern.
   */
  sourceProfiles?: { id: string; label: string; agency: string; form: 'comma' | 'parenthesized' }[];
}

/** A desk's named export choice: a format and, when set, whether quotes go out as `<blockquote>`. */
export interface ExportPreset {
  name: string;
  format: ExportFormat;
  blockquotes?: boolean;
}
