// Paragraph-level diff of two revisions, with a word-level diff inside changed paragraphs: what the
// cleaning view shows the editor before they accept or undo.
import type { Article } from '../model/article.ts';

export interface WordOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface DiffOp {
  op: 'equal' | 'insert' | 'delete' | 'change';
  /** Paragraph index in `before` / `after` (-1: the headline); null on the side it is absent. */
  before: number | null;
  after: number | null;
  beforeText: string | null;
  afterText: string | null;
  /** For `change`: the word-level edits turning beforeText into afterText. */
  words?: WordOp[];
}

/** Longest common subsequence table walk: equal/insert/delete over two sequences. */
function lcsOps<T>(a: readonly T[], b: readonly T[]): ('=' | '-' | '+')[] {
  const n = a.length;
  const m = b.length;
  // Trim the common ends first: cleaning usually touches a few paragraphs.
  let pre = 0;
  while (pre < n && pre < m && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < n - pre && suf < m - pre && a[n - 1 - suf] === b[m - 1 - suf]) suf++;
  const A = a.slice(pre, n - suf);
  const B = b.slice(pre, m - suf);
  let mid: ('=' | '-' | '+')[];
  if (A.length * B.length > 4_000_000) {
    mid = [...A.map(() => '-' as const), ...B.map(() => '+' as const)];
  } else {
    const w = B.length + 1;
    const t = new Uint32Array((A.length + 1) * w);
    for (let i = A.length - 1; i >= 0; i--) {
      for (let j = B.length - 1; j >= 0; j--) {
        t[i * w + j] = A[i] === B[j] ? t[(i + 1) * w + j + 1] + 1 : Math.max(t[(i + 1) * w + j], t[i * w + j + 1]);
      }
    }
    mid = [];
    let i = 0;
    let j = 0;
    while (i < A.length && j < B.length) {
      if (A[i] === B[j]) { mid.push('='); i++; j++; }
      else if (t[(i + 1) * w + j] >= t[i * w + j + 1]) { mid.push('-'); i++; }
      else { mid.push('+'); j++; }
    }
    while (i++ < A.length) mid.push('-');
    while (j++ < B.length) mid.push('+');
  }
  return [...Array(pre).fill('='), ...mid, ...Array(suf).fill('=')];
}

/** Word-level diff: words and the spaces between them are tokens, adjacent same-kind runs merged. */
export function diffWords(before: string, after: string): WordOp[] {
  const a = before.split(/(\s+)/).filter((t) => t !== '');
  const b = after.split(/(\s+)/).filter((t) => t !== '');
  const ops = lcsOps(a, b);
  const out: WordOp[] = [];
  let i = 0;
  let j = 0;
  for (const o of ops) {
    const op = o === '=' ? 'equal' : o === '-' ? 'delete' : 'insert';
    const text = o === '+' ? b[j++] : a[i++];
    if (o === '=') j++;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  }
  return out;
}

function similar(x: string, y: string): boolean {
  const wx = new Set(x.toLowerCase().split(/\s+/).filter(Boolean));
  const wy = new Set(y.toLowerCase().split(/\s+/).filter(Boolean));
  if (wx.size === 0 || wy.size === 0) return false;
  let common = 0;
  for (const w of wx) if (wy.has(w)) common++;
  return common / Math.max(wx.size, wy.size) >= 0.4;
}

/** Diff two revisions: the headline first (index -1), then the paragraphs. */
export function diffArticles(before: Article, after: Article): DiffOp[] {
  const ops: DiffOp[] = [];
  const hb = before.headline ?? '';
  const ha = after.headline ?? '';
  if (hb || ha) {
    if (hb === ha) ops.push({ op: 'equal', before: -1, after: -1, beforeText: hb, afterText: ha });
    else if (!hb) ops.push({ op: 'insert', before: null, after: -1, beforeText: null, afterText: ha });
    else if (!ha) ops.push({ op: 'delete', before: -1, after: null, beforeText: hb, afterText: null });
    else ops.push({ op: 'change', before: -1, after: -1, beforeText: hb, afterText: ha, words: diffWords(hb, ha) });
  }
  const a = (before.paragraphs ?? []).map((p) => p.text);
  const b = (after.paragraphs ?? []).map((p) => p.text);
  const seq = lcsOps(a, b);
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < seq.length) {
    if (seq[k] === '=') {
      ops.push({ op: 'equal', before: i, after: j, beforeText: a[i], afterText: b[j] });
      i++; j++; k++;
      continue;
    }
    // A run of deletions and insertions between two equal paragraphs: pair similar ones as changes.
    const dels: number[] = [];
    const ins: number[] = [];
    while (k < seq.length && seq[k] !== '=') {
      if (seq[k] === '-') dels.push(i++);
      else ins.push(j++);
      k++;
    }
    let d = 0;
    let n = 0;
    while (d < dels.length || n < ins.length) {
      const di = dels[d];
      const nj = ins[n];
      if (di !== undefined && nj !== undefined && similar(a[di], b[nj])) {
        ops.push({ op: 'change', before: di, after: nj, beforeText: a[di], afterText: b[nj], words: diffWords(a[di], b[nj]) });
        d++; n++;
      } else if (di !== undefined && (nj === undefined || dels.length - d >= ins.length - n)) {
        ops.push({ op: 'delete', before: di, after: null, beforeText: a[di], afterText: null });
        d++;
      } else {
        ops.push({ op: 'insert', before: null, after: nj, beforeText: null, afterText: b[nj] });
        n++;
      }
    }
  }
  return ops;
}
