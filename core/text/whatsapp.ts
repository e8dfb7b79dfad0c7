// Reports that reach the desk through WhatsApp arrive as a chat export or a copied chat: every
// message carries a `[25/11/26 14.03] Nama:` (copy), `[10:30, 25/11/2026] Nama:` (copy from Web or
// Desktop) or `25/11/26 14.03 - Nama:` (export) prefix, and
// forwarded messages a "Diteruskan"/"Forwarded" marker. We strip those and keep the words as sent.

// [25/11/26 14.03] Nama:   [25/11/2026, 14:03:22] Nama:   (copy from the app, iOS export)
const BRACKET_PREFIX = /^\u200e?\[(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}),?\s+(\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)\]\s*([^:\n]{1,80}?):\s?/;
// [10:30, 25/11/2026] Nama:   (copy from WhatsApp Web and Desktop: the time first)
const TIME_FIRST_PREFIX = /^\u200e?\[(\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?),\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\]\s*([^:\n]{1,80}?):\s?/;
// 25/11/26 14.03 - Nama:   25/11/2026, 14:03 - Nama:   (Android export)
const DASH_PREFIX = /^\u200e?(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}),?\s+(\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)\s+[-–]\s+([^:\n]{1,80}?):\s?/;

// A line the app writes itself: the encryption notice, "X menambahkan Y", with a time but no sender.
const SYSTEM_LINE = /^\u200e?\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s+(?:[-–]\s+)?[^:]*$/;
// Only lines that say what the app says are dropped: a reporter's "25/11/2026 14.00 - air naik" stays.
const SYSTEM_WORDS = /end-to-end|menambahkan|mengeluarkan|bergabung|keluar|membuat grup|mengubah|added|removed|joined|left|created group|changed (?:the|this)/i;
// Placeholders for what the export left out: media, deleted messages, attachments.
const PLACEHOLDER = /^\u200e?\s*(?:<(?:media tidak disertakan|media omitted|lampiran:[^>]*|attached:[^>]*)>|pesan ini (?:telah )?dihapus|this message was deleted|you deleted this message|anda menghapus pesan ini)\s*$/i;

const FORWARDED_LINE = /^\u200e?\s*(?:diteruskan(?: berkali-kali)?|forwarded(?: many times)?)\s*$/i;
// Only with a separator: "Diteruskan ke Kejaksaan" is a sentence, "Diteruskan: …" a marker.
const FORWARDED_INLINE = /^\u200e?\s*(?:diteruskan(?: berkali-kali)?|forwarded(?: many times)?)\s*[:\-–]\s*/i;

/** The message prefix at the start of a line, or null. */
export function whatsAppPrefix(line: string): { date: string; time: string; sender: string; length: number } | null {
  const t = TIME_FIRST_PREFIX.exec(line);
  if (t) return { date: t[2], time: t[1], sender: t[3].trim(), length: t[0].length };
  const m = BRACKET_PREFIX.exec(line) ?? DASH_PREFIX.exec(line);
  if (!m) return null;
  return { date: m[1], time: m[2], sender: m[3].trim(), length: m[0].length };
}

/**
 * True when the text reads as a WhatsApp chat: its first non-empty line carries a message prefix
 * and prefixes make up a fair share of the lines that could carry one.
 */
export function looksLikeWhatsApp(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const chatLine = (l: string) => whatsAppPrefix(l.trim()) !== null || SYSTEM_LINE.test(l.trim());
  if (lines.length === 0 || !chatLine(lines[0])) return false;
  const sample = lines.slice(0, 200);
  const withPrefix = sample.filter((l) => whatsAppPrefix(l.trim()) !== null).length;
  return withPrefix >= 1 && withPrefix / sample.length >= 0.1;
}

/**
 * Strips message prefixes and forwarded markers, and drops the app's own lines (encryption notice,
 * media placeholders, deleted messages); every other line is kept exactly.
 */
export function stripWhatsApp(text: string): { text: string; senders: string[] } {
  const senders: string[] = [];
  const out: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    let line = raw;
    const prefix = whatsAppPrefix(line.trimStart());
    if (prefix) {
      line = line.trimStart().slice(prefix.length);
      if (!senders.includes(prefix.sender)) senders.push(prefix.sender);
    } else if (SYSTEM_LINE.test(line.trim()) && SYSTEM_WORDS.test(line)) {
      continue;
    }
    if (FORWARDED_LINE.test(line) || PLACEHOLDER.test(line)) continue;
    line = line.replace(FORWARDED_INLINE, '');
    out.push(line.replace(/\u200e/g, ''));
  }
  // A marker-only message leaves blank lines at the ends; the parser needs none of them.
  while (out.length > 0 && out[0].trim() === '') out.shift();
  while (out.length > 0 && out[out.length - 1].trim() === '') out.pop();
  return { text: out.join('\n'), senders };
}
