import type { CollectionConfig } from 'payload'

/**
 * Drafts save as one types, and a Save draft button stays, so a translation is marked as saved
 * when its translator says so (autosave does not mark it); publish and unpublish can be scheduled.
 */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, schedulePublish: true },
  maxPerDoc: 50,
}
