import { findLocalized } from '@/site/data/findLocalized'

export const getCommitments = async (locale: string) =>
  (await findLocalized('commitments', locale, { sort: 'order' })).docs
