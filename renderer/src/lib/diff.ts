// A small word-level diff (longest common subsequence) for the Riwayat tab: what a revision changed.
export type Part = { kind: 'same' | 'add' | 'del'; text: string };

function lcsDiff<T>(a: T[], b: T[], eq: (x: T, y: T) => boolean): { kind: 'same' | 'add' | 'del'; a?: T; b?: T }[] {
  // Trim the common head and tail first: most revisions change little.
  let head = 0;
  while (head < a.length && head < b.length && eq(a[head], b[head])) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && eq(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  const out: { kind: 'same' | 'add' | 'del'; a?: T; b?: T }[] = a.slice(0, head).map((x, i) => ({ kind: 'same' as const, a: x, b: b[i] }));
  if (am.length * bm.length > 4_000_000) {
    for (const x of am) out.push({ kind: 'del', a: x });
    for (const y of bm) out.push({ kind: 'add', b: y });
  } else {
    const n = am.length;
    const m = bm.length;
    const dp = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = eq(am[i], bm[j]) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (eq(am[i], bm[j])) { out.push({ kind: 'same', a: am[i], b: bm[j] }); i++; j++; }
      else if (dp[i + 1][j] >= dp[i][j + 1]) out.push({ kind: 'del', a: am[i++] });
      else out.push({ kind: 'add', b: bm[j++] });
    }
    while (i < n) out.push({ kind: 'del', a: am[i++] });
    while (j < m) out.push({ kind: 'add', b: bm[j++] });
  }
  for (let k = 0; k < tail; k++) out.push({ kind: 'same', a: a[a.length - tail + k], b: b[b.length - tail + k] });
  return out;
}

export function diffWords(before: string, after: string): Part[] {
  const split = (s: string) => s.split(/(\s+)/).filter((x) => x !== '');
  const parts: Part[] = [];
  for (const d of lcsDiff(split(before), split(after), (x, y) => x === y)) {
    const text = (d.kind === 'add' ? d.b : d.a) as string;
    const last = parts[parts.length - 1];
    if (last && last.kind === d.kind) last.text += text;
    else parts.push({ kind: d.kind, text });
  }
  return parts;
}

export interface ParagraphDiff {
  kind: 'same' | 'add' | 'del' | 'change';
  parts: Part[];
}

/** Paragraph by paragraph; a deleted paragraph followed by an added one is shown as a change. */
export function diffParagraphs(before: string[], after: string[]): ParagraphDiff[] {
  const ops = lcsDiff(before, after, (x, y) => x === y);
  const out: ParagraphDiff[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    const next = ops[i + 1];
    if (op.kind === 'del' && next?.kind === 'add') {
      out.push({ kind: 'change', parts: diffWords(op.a as string, next.b as string) });
      i++;
    } else if (op.kind === 'same') out.push({ kind: 'same', parts: [{ kind: 'same', text: op.a as string }] });
    else if (op.kind === 'del') out.push({ kind: 'del', parts: [{ kind: 'del', text: op.a as string }] });
    else out.push({ kind: 'add', parts: [{ kind: 'add', text: op.b as string }] });
  }
  return out;
}
