// The window's security policies as small pure functions, so tests prove them under Node without an
// Electron binary; main only wires them to the window and session.

export const APP_SCHEME_ORIGIN = 'file://';

/** The argument that carries main's per-launch drop key to the preload (see INTERNAL_CHANNELS). */
export const DROP_KEY_ARG = '--meja-drop-key=';

/** The renderer gets no Node, its own JS world, and Chromium's sandbox. */
export function secureWebPreferences(preloadPath: string, dropKey?: string) {
  return {
    preload: preloadPath,
    additionalArguments: dropKey ? [`${DROP_KEY_ARG}${dropKey}`] : [],
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    sandbox: true,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    // Middle-click would otherwise open links in new windows past the window-open handler.
    disableBlinkFeatures: 'Auxclick',
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  } as const;
}

/** Scripts and styles from the app only; nothing fetched, framed or posted anywhere. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The same policy for the page's own `<meta http-equiv>` (generated into index.html at build time):
 * for file:// pages the meta tag is what reliably applies. `frame-ancestors` is not allowed in a meta
 * policy (Chromium ignores it with a console warning), so it stays in the response header only.
 */
export function cspForMeta(policy: string = CONTENT_SECURITY_POLICY): string {
  return policy.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
}

/** Outlets whose pages an editor may open from a Baca juga link or a search result. */
export const EXTERNAL_HOST_ALLOWLIST = [
  'antaranews.com', 'kompas.com', 'kompas.id', 'detik.com', 'tempo.co', 'reuters.com', 'apnews.com',
  'afp.com', 'aa.com.tr', 'xinhuanet.com', 'dewanpers.or.id', 'kbbi.kemdikbud.go.id', 'ejaan.kemdikbud.go.id',
];

export function isTrustedExternalUrl(raw: string, allow: readonly string[] = EXTERNAL_HOST_ALLOWLIST): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  if (url.port && url.port !== '443') return false;
  const host = url.hostname.toLowerCase();
  return allow.some((h) => host === h || host.endsWith(`.${h}`));
}

/** The window never leaves the app's own page; links go through openExternal instead. */
export function allowNavigation(targetUrl: string, appUrl: string): boolean {
  try {
    const t = new URL(targetUrl);
    const a = new URL(appUrl);
    return t.protocol === a.protocol && t.host === a.host && t.pathname === a.pathname;
  } catch {
    return false;
  }
}

/** New windows are always denied; a trusted https link is handed to the system browser. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isTrustedExternalUrl(url) };
}

/** Every permission request (camera, notifications, clipboard read…) is denied. */
export function permissionDecision(_permission: string): false {
  return false;
}
