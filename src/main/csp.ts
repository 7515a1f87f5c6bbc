// The Content-Security-Policy for the renderer, sent as a header by both Electron and the web host
// (the renderer's index.html carries the same policy in a meta tag). Everything the app needs is
// bundled: no remote scripts, no eval, no frames, no forms, no connections beyond its own origin.

/** The one policy for the renderer in production and in the web host. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ')

/**
 * The policy while developing with the Vite dev server only: its hot reload needs an inline
 * preamble script and a websocket to the dev server. Never used in a built app.
 */
export function devContentSecurityPolicy(devServerOrigin: string): string {
  const ws = devServerOrigin.replace(/^http/, 'ws')
  return contentSecurityPolicy
    .replace("script-src 'self'", `script-src 'self' 'unsafe-inline' ${devServerOrigin}`)
    .replace("connect-src 'self'", `connect-src 'self' ${devServerOrigin} ${ws}`)
}
