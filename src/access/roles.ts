import type { PayloadRequest, TypedUser } from 'payload'

import { defaultLocale } from '@/i18n/locales'

export type Role = 'admin' | 'editor' | 'translator'
type MaybeUser = PayloadRequest['user'] | TypedUser | null | undefined

export const hasRole = (user: MaybeUser, role: Role): boolean =>
  Array.isArray((user as any)?.roles) && (user as any).roles.includes(role)

/** Editors own the content; an admin can do everything an editor can. */
export const isEditor = (user: MaybeUser): boolean => hasRole(user, 'admin') || hasRole(user, 'editor')

/** A translator who is not also an editor: the one role whose writes are limited to its languages. */
export const isTranslatorOnly = (user: MaybeUser): boolean => hasRole(user, 'translator') && !isEditor(user)

/** Polish is the source language and belongs to editors, whatever a translator's profile says. */
export const translatorLocales = (user: MaybeUser): string[] =>
  isTranslatorOnly(user) ? ((user as any).translatorLocales ?? []).filter((code: string) => code !== defaultLocale) : []

export const canTranslate = (user: MaybeUser, locale: string | undefined): boolean =>
  Boolean(locale) && translatorLocales(user).includes(locale!)
