import slugifyLibrary from '@sindresorhus/slugify'

/** Payload's built-in slugify drops letters such as ł; this one transliterates them (Łódź → lodz). */
export const slugify = (value: string): string => slugifyLibrary(value)

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
