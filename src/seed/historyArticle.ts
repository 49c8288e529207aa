import { history } from '@/seed/content/history'
import { published, type SeedSession } from '@/seed/session'

/** The page's history as an article, with its English translation. */
export async function seedHistoryArticle({ payload, richText, createOnce }: SeedSession, paragraphs: string[]) {
  await createOnce('history-articles', { slug: { equals: history.slug } }, async (req) => {
    const doc = await payload.create({
      collection: 'history-articles',
      locale: 'pl',
      req,
      data: { ...published, ...history.pl, slug: history.slug, content: richText(paragraphs.join('\n\n')) },
    })
    await payload.update({
      collection: 'history-articles',
      id: doc.id,
      locale: 'en',
      req,
      data: {
        ...published,
        title: history.en.title,
        excerpt: history.en.excerpt,
        content: richText(history.en.paragraphs.join('\n\n')),
      },
    })
  })
}
