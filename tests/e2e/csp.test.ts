// The built page carries the CSP of electron/security/policies.ts (written at build time), and the
// browser enforces it: an inline script injected into the page does not run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cspForMeta } from '../../electron/security/policies.ts';
import { startHarness } from './harness.ts';

test('the built page enforces the CSP constant: inline scripts are refused', async () => {
  const h = await startHarness();
  try {
    await h.open();
    const meta = await h.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
    assert.equal(meta, cspForMeta());
    const ran = await h.page.evaluate(async () => {
      const w = window as unknown as { __inlineRan?: boolean };
      const violated = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true }));
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
      return { ran: w.__inlineRan === true, directive: await violated };
    });
    assert.equal(ran.ran, false);
    assert.match(ran.directive, /^script-src/);
  } finally {
    await h.close();
  }
});
