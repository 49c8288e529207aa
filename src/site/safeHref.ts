const allowed = new Set(['http:', 'https:', 'mailto:'])

/** Whether a link target from content may become an href: http, https, mailto or a path on this site. */
export function isSafeHref(url: unknown): url is string {
  if (typeof url !== 'string' || url.trim() === '') return false
  try {
    return allowed.has(new URL(url, 'https://site.invalid').protocol)
  } catch {
    return false
  }
}
