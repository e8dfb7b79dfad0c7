// Checks in the renderer, as the editor types: the same core code the services run, minus the
// spelling dictionary (loaded on the Node side; its findings come with each save).
import type { Article } from '../../../core/model/article.ts';
import type { Finding } from '../../../core/model/finding.ts';
import type { DeskProfile } from '../../../core/model/profile.ts';
import { reanalyze } from '../../../core/parse/index.ts';
import { runChecks } from '../../../core/checks/index.ts';

export const SERVER_ONLY_RULES = new Set(['language/spelling']);

export interface LiveResult {
  article: Article;
  findings: Finding[];
  ms: number;
}

export function liveCheck(article: Article, profile: DeskProfile, locale: 'id' | 'en'): LiveResult {
  const t0 = performance.now();
  const analysed = reanalyze(article);
  const findings = runChecks(analysed, profile, { locale }).filter((f) => !SERVER_ONLY_RULES.has(f.ruleId));
  return { article: analysed, findings, ms: performance.now() - t0 };
}
