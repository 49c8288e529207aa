type Env = Record<string, string | undefined>

/**
 * The origins whose browsers may use a signed-in session (CSRF) and read the API (CORS):
 * ALLOWED_ORIGINS (comma-separated) or else the origin of SERVER_URL. Empty in a bare development
 * setup, where Payload then accepts any origin.
 */
export function allowedOrigins(env: Env = process.env): string[] {
  const listed = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
  const origins = listed.length > 0 ? listed : env.SERVER_URL ? [env.SERVER_URL] : []
  return [...new Set(origins.map((value) => new URL(value).origin))]
}

/** Session cookies travel only over HTTPS when the site is served over HTTPS. */
export const servedOverHttps = (env: Env = process.env): boolean => (env.SERVER_URL ?? '').startsWith('https://')
