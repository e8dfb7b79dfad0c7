// The desk's dateline form, from its profile template: `{place} ({agency}) - ` (ANTARA),
// `{PLACE}, {agency} - ` (Kompas), `{place} - ` (detik). `{date}` places a date written in the dateline.

export function renderDateline(template: string, place: string, agency: string | null, date?: string | null): string {
  let s = template
    .replace(/\{PLACE\}/g, place.toLocaleUpperCase('id'))
    .replace(/\{place\}/g, place)
    .replace(/\{AGENCY\}/g, (agency ?? '').toLocaleUpperCase('id'))
    .replace(/\{agency\}/g, agency ?? '')
    .replace(/\{date\}/g, date ?? '');
  // Without an agency (or date) the template's brackets and separators for it go too.
  s = s.replace(/\(\s*\)/g, '').replace(/,\s*(?=\s*[-–—])/g, ' ').replace(/ {2,}/g, ' ');
  return s.replace(/^\s+/, '');
}
