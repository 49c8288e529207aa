import { commitmentsEn } from '@/seed/content/history'
import { published, type SeedSession } from '@/seed/session'

/** The page's commitments in their order, with the English titles where there is one. */
export async function seedCommitments({ payload, createOnce }: SeedSession, titles: string[]) {
  for (const [index, title] of titles.entries()) {
    const order = index + 1
    await createOnce('commitments', { order: { equals: order } }, async (req) => {
      const doc = await payload.create({
        collection: 'commitments',
        locale: 'pl',
        req,
        data: { ...published, title, order },
      })
      if (commitmentsEn[index]) {
        await payload.update({
          collection: 'commitments',
          id: doc.id,
          locale: 'en',
          req,
          data: { ...published, title: commitmentsEn[index] },
        })
      }
    })
  }
}
