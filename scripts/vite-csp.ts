// A Vite plugin that writes the page's Content-Security-Policy meta tag from the one constant in
// electron/security/policies.ts, so the policy the tests check is the policy the page carries.
import type { Plugin } from 'vite';
import { cspForMeta } from '../electron/security/policies.ts';

export const CSP_PLACEHOLDER = '%MEJA_CSP%';

export function injectCsp(html: string): string {
  if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`renderer/index.html lacks the ${CSP_PLACEHOLDER} placeholder of its CSP meta tag`);
  return html.replace(CSP_PLACEHOLDER, cspForMeta());
}

export function cspPlugin(): Plugin {
  return { name: 'meja-csp', transformIndexHtml: { order: 'pre', handler: injectCsp } };
}
