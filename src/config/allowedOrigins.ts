import { configuredServerUrl, type Env } from '@/publicPaths'

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
  const server = configuredServerUrl(env)
  const origins = listed.length > 0 ? listed : server ? [server] : []
  return [...new Set(origins.map((value) => new URL(value).origin))]
}

/** Served over HTTPS: session cookies are then Secure, and browsers are told to stay on HTTPS (HSTS, CSP). */
export const servedOverHttps = (env: Env = process.env): boolean => configuredServerUrl(env).startsWith('https://')
