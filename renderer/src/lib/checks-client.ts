// Runs the live checks in a Web Worker when the page may start one, else on the main thread. Only
// the newest request matters: older replies are dropped.
import type { Article } from '../../../core/model/article.ts';
import type { DeskProfile } from '../../../core/model/profile.ts';
import { liveCheck, type LiveResult } from './live-checks.ts';

export interface CheckRequest {
  seq: number;
  article: Article;
  profile: DeskProfile;
  locale: 'id' | 'en';
}

export type CheckReply = { seq: number; ok: true } & LiveResult | { seq: number; ok: false; error: string };

let worker: Worker | null | undefined;
let seq = 0;
const pending = new Map<number, (r: LiveResult | null) => void>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('../workers/checks.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<CheckReply>) => {
      const done = pending.get(e.data.seq);
      pending.delete(e.data.seq);
      done?.(e.data.ok ? e.data : null);
    };
    // A worker that cannot load (a file:// origin, a strict policy): fall back to the main thread.
    worker.onerror = () => {
      worker?.terminate();
      worker = null;
      for (const done of pending.values()) done(null);
      pending.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Checks the article; resolves null when a newer request superseded this one. */
export function checkArticle(article: Article, profile: DeskProfile, locale: 'id' | 'en'): Promise<LiveResult | null> {
  const w = getWorker();
  const mine = ++seq;
  if (!w) return Promise.resolve(liveCheck(article, profile, locale));
  for (const [k, done] of pending) {
    if (k < mine) {
      pending.delete(k);
      done(null);
    }
  }
  return new Promise((resolve) => {
    pending.set(mine, (r) => {
      if (r) resolve(r);
      else if (worker === null) resolve(liveCheck(article, profile, locale));
      else resolve(null);
    });
    w.postMessage({ seq: mine, article, profile, locale } satisfies CheckRequest);
  });
}

export function usingWorker(): boolean {
  return !!getWorker();
}
