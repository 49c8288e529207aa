import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { locales as allLocales } from '@/i18n/locales'
import { editPath, translationLocales, translationWork } from '@/plugins/translationWorkflow/work'
import { isTranslatorOnly, translatorLocales } from '@/access/roles'

import { StatusBadge } from './StatusBadge'
import { XliffTools } from './XliffTools'
import './translation.css'

type Props = { payload: Payload; user?: TypedUser | null; i18n: I18nClient }

const pick = (value: unknown, language: string): string =>
  typeof value === 'string'
    ? value
    : String((value as Record<string, string>)?.[language] ?? (value as Record<string, string>)?.pl ?? '')

/**
 * Above the dashboard: what is left to translate, per language, each item opening its edit screen
 * in that language. A translator sees their languages, open; editors all of them, folded.
 */
export async function TranslationWork({ payload, user, i18n }: Props) {
  if (!user) return null
  const translator = isTranslatorOnly(user)
  const locales = translator ? translatorLocales(user) : translationLocales()
  if (locales.length === 0) return null
  const open = (await translationWork(payload, user, locales, i18n.language)).filter((item) => item.status !== 'done')
  const t = (key: string) => i18n.t(`custom:${key}` as never)
  const { admin: adminRoute, api } = payload.config.routes
  const collectionLabel = (slug: string) => {
    const config = payload.collections[slug as keyof typeof payload.collections]?.config
    return config ? pick(config.labels.plural, i18n.language) : ''
  }

  return (
    <section className="translation-work" aria-labelledby="translation-work-title">
      <h2 id="translation-work-title">{t('translationWork')}</h2>
      {locales.map((locale) => {
        const items = open.filter((item) => item.locale === locale)
        const name = allLocales.find((l) => l.code === locale)?.label ?? locale
        return (
          <details key={locale} open={translator} className="translation-work__locale">
            <summary>
              <span lang={locale}>{name}</span> <span className="translation-work__count">{items.length}</span>
            </summary>
            {items.length === 0 ? (
              <p>{t('translationAllDone')}</p>
            ) : (
              <ul>
                {items.map((item) => (
                  <li key={`${item.collection}-${item.id}`}>
                    <a href={editPath(adminRoute, item)}>{item.title}</a>{' '}
                    <StatusBadge
                      status={item.status}
                      label={t(`translation${item.status[0]!.toUpperCase()}${item.status.slice(1)}`)}
                    />{' '}
                    <span className="translation-work__collection">
                      {item.global ? '' : collectionLabel(item.collection)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <XliffTools locale={locale} language={name} api={api} t={t} />
          </details>
        )
      })}
    </section>
  )
}
