import type { Payload } from 'payload'

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
let counter = 0

/** A scheduled publication or unpublication, queued the way the admin's "Schedule" drawer does. */
export function schedule(
  payload: Payload,
  input: { type: 'publish' | 'unpublish'; id: unknown; user: unknown; locale?: string; collection?: string },
  at: Date,
) {
  return payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: at,
    input: {
      type: input.type,
      locale: input.locale,
      doc: { relationTo: input.collection ?? 'partnerships', value: String(input.id) },
      user: { relationTo: 'users', value: input.user },
    },
  } as never)
}

export async function draftPartnership(payload: Payload, extra: Record<string, unknown> = {}) {
  const slug = `zaplanowane-${++counter}-${Date.now()}`
  return payload.create({
    collection: 'partnerships',
    locale: 'pl',
    draft: extra._status !== 'published',
    data: {
      name: `Zaplanowane ${counter}`,
      slug,
      country: 'PT',
      agreementDate: '2010-10-10T12:00:00.000Z',
      location: { latitude: 41, longitude: -8 },
      _status: 'draft',
      ...extra,
    } as never,
  }) as Promise<any>
}
