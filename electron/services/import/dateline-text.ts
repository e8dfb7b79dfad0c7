// A dateline written as one string in a structured format (`London (ANTARA)`, `JAKARTA, 25 Nov
// (AFP)`, `Bogor, 25 November 2026`) split into place, agency and date, each as written.

export function splitDatelineText(text: string): { place: string | null; agency: string | null; date: string | null } {
  const t = text.replace(/\s*[-–—]+\s*$/, '').trim();
  const paren = /^(.*?)\s*\(([^()]+)\)$/.exec(t);
  const head = paren ? paren[1].trim() : t;
  const agency = paren ? paren[2].trim() : null;
  const comma = head.indexOf(',');
  const place = (comma >= 0 ? head.slice(0, comma) : head).trim();
  const date = comma >= 0 ? head.slice(comma + 1).trim() : '';
  return { place: place || null, agency: agency || null, date: date || null };
}
