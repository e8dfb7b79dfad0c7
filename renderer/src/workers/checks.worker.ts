// Live checks off the main thread: the editor posts the article after a pause in typing and gets the
// analysed article (roles, quotes, dateline) and the findings back, so a keystroke never waits.
import { liveCheck } from '../lib/live-checks.ts';
import type { CheckRequest, CheckReply } from '../lib/checks-client.ts';

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const { seq, article, profile, locale } = e.data;
  try {
    const res = liveCheck(article, profile, locale);
    (self as unknown as Worker).postMessage({ seq, ok: true, ...res } satisfies CheckReply);
  } catch (err) {
    (self as unknown as Worker).postMessage({ seq, ok: false, error: String(err) } satisfies CheckReply);
  }
};
