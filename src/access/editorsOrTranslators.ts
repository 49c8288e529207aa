import type { Access } from 'payload'

import { canTranslate, isEditor } from '@/access/roles'

/**
 * Updates: editors anywhere, translators in a language of theirs. What a translator may change and
 * publish there is decided by the translation workflow (`src/plugins/translationWorkflow`).
 */
export const editorsOrTranslators: Access = ({ req: { user, locale } }) => isEditor(user) || canTranslate(user, locale)
