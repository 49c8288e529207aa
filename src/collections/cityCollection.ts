import type { Field } from 'payload'

import { type ContentCollection, contentCollection } from '@/collections/content'
import { cityFields } from '@/fields/city'

type CityCollection = Omit<ContentCollection, 'admin' | 'fields'> & { defaultColumns: string[]; fields: Field[] }

/** Partner and friendly cities: the same city fields and title, each with the fields of its own kind of tie. */
export const cityCollection = ({ defaultColumns, fields, ...config }: CityCollection) =>
  contentCollection({ ...config, admin: { useAsTitle: 'name', defaultColumns }, fields: cityFields(fields) })
