import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { editorsOrTranslators } from '@/access/editorsOrTranslators'
import { revalidateGlobal } from '@/cache/revalidate'
import { dayOnly } from '@/fields/dayOnly'
import { notInFuture } from '@/fields/validators'

/** Polish law (ustawa o dostępności cyfrowej, 2019) requires one, reviewed every year. */
export const AccessibilityStatement: GlobalConfig = {
  slug: 'accessibility-statement',
  label: { pl: 'Deklaracja dostępności', en: 'Accessibility statement' },
  access: { read: anyone, update: editorsOrTranslators },
  admin: { group: { pl: 'Administracja', en: 'Admin' } },
  hooks: { afterChange: [revalidateGlobal] },
  versions: { max: 20 },
  fields: [
    { name: 'content', type: 'richText', localized: true, required: true, label: { pl: 'Treść', en: 'Content' } },
    {
      type: 'row',
      fields: [
        {
          name: 'preparedOn',
          type: 'date',
          required: true,
          validate: notInFuture,
          label: { pl: 'Data sporządzenia', en: 'Prepared on' },
          admin: dayOnly,
        },
        {
          name: 'reviewedOn',
          type: 'date',
          required: true,
          validate: notInFuture,
          label: { pl: 'Data ostatniego przeglądu', en: 'Last reviewed on' },
          admin: dayOnly,
        },
      ],
    },
  ],
}
