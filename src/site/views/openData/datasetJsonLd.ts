import { absoluteUrl } from '@/publicPaths'

type Dataset = {
  name: string
  description: string
  /** The page that describes it, absolute. */
  url: string
  locale: string
  licence?: string | null
  modified?: string | null
  publisher?: string | null
  fields: readonly string[]
  files: { path: string; mediaType: string }[]
}

/** schema.org `Dataset` of one set of files on the open-data page, so data portals and search engines list it. */
export const datasetJsonLd = (dataset: Dataset) => ({
  '@context': 'https://schema.org',
  '@type': 'Dataset',
  name: dataset.name,
  description: dataset.description,
  url: dataset.url,
  inLanguage: dataset.locale,
  isAccessibleForFree: true,
  ...(dataset.licence ? { license: dataset.licence } : {}),
  ...(dataset.modified ? { dateModified: dataset.modified } : {}),
  creator: { '@type': 'GovernmentOrganization', name: dataset.publisher },
  variableMeasured: [...dataset.fields],
  distribution: dataset.files.map((file) => ({
    '@type': 'DataDownload',
    // The media type without its parameters (charset, header): what schema.org expects.
    encodingFormat: file.mediaType.split(';')[0],
    contentUrl: absoluteUrl(file.path),
  })),
})
