import type { CollectionAfterErrorHook } from 'payload'

/**
 * Payload answers a locked account with its own message, which tells whoever is guessing that the
 * e-mail exists. A locked account gets the answer of a wrong password instead (still locked).
 */
export const hideLockout: CollectionAfterErrorHook = ({ error, req }) => {
  if ((error as { name?: string })?.name !== 'LockedAuth') return
  return { status: 401, response: { errors: [{ message: req.t('error:emailOrPasswordIncorrect') }] } }
}
