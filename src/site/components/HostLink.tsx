/** An external link shown by its host name (a city's website, a source): `href` passed `isSafeHref`. */
export function HostLink({ href }: { href: string }) {
  return (
    <a href={href} rel="noopener">
      {new URL(href).hostname}
    </a>
  )
}
