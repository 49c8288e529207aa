// The readers' page, under the preview layout.
export { default, generateMetadata } from '@/app/(frontend)/[locale]/friendly-cities/[slug]/page'
