// `kuasa hukum Budi`, `pengacara Budi`: the role of one who speaks for a client. The name after it
// is the client's, not the speaker's: `kata kuasa hukum Budi, Anton Wijaya` quotes Anton.
import type { Token } from './tokens.ts';
import { wordSet } from './word-set.ts';

/** The first word of `kuasa hukum`, `penasihat hukum`. */
const COUNSEL = wordSet(['kuasa', 'penasihat', 'penasehat']);

/**
 * The end (exclusive) of a lawyer's role that starts at token k — `kuasa hukum`, `penasihat hukum`,
 * `pengacara`, any case, with `dari` after it — or -1.
 */
export function lawyerRoleEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t?.word) return -1;
  let e = -1;
  if (t.lower === 'pengacara') e = k + 1;
  else if (COUNSEL.has(t.lower) && tokens[k + 1]?.lower === 'hukum') e = k + 2;
  if (e > 0 && tokens[e]?.lower === 'dari') e++;
  return e;
}

/** The start of a lawyer's role that ends right before token i, or -1. */
export function lawyerRoleBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  if (tokens[k]?.lower === 'dari') k--;
  const t = tokens[k];
  if (!t?.word) return -1;
  if (t.lower === 'pengacara') return k;
  return t.lower === 'hukum' && k > 0 && COUNSEL.has(tokens[k - 1].lower) ? k - 1 : -1;
}

/**
 * Is the name at token i, whose office or body words begin at `start` (names.titleBefore), the
 * client of a lawyer's role before it: `Kuasa Hukum PT Hadji Kalla`, `pengacara Lisa`,
 * `kuasa hukum dari Budi`? Returns where the role begins and ends, or null. A name after a comma
 * (`pengacara Lisa, Jhony Boy`) is the lawyer; so is one the role is the profession of, described
 * after it (`Pengacara Razman, terdakwa kasus …`).
 */
export function clientOf(tokens: readonly Token[], start: number, i: number, len: number, isTitle: (t: Token) => boolean): { from: number; to: number } | null {
  let from = lawyerRoleBefore(tokens, start);
  let to = start;
  if (from < 0) {
    to = lawyerRoleEnd(tokens, start);
    if (to < 0 || to > i) return null;
    from = start;
  }
  for (let x = to; x < i; x++) if (tokens[x].text === ',') return null;
  const after = tokens[i + len];
  const next = tokens[i + len + 1];
  if (tokens[from].lower === 'pengacara' && after?.text === ',' && next?.word && next.text === next.lower && isTitle(next)) return null;
  return { from, to };
}
