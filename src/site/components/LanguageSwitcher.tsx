import { locales } from '@/i18n/locales'
import { localizedPath } from '@/publicPaths'

/** Plain links to the same document in every language: works without JavaScript. */
export function LanguageSwitcher({ locale, path, label }: { locale: string; path: string; label: string }) {
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {locales.map(({ code, label: name }) => (
          <li key={code}>
            <a
              href={localizedPath(code, path)}
              hrefLang={code}
              lang={code}
              aria-current={code === locale ? 'true' : undefined}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
