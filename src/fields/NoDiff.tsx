/**
 * For fields the system keeps for itself (fingerprints, marks): Payload's version comparison shows
 * every field, hidden ones included, and a raw hash there means nothing to an editor.
 */
export function NoDiff() {
  return null
}
