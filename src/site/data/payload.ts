import config from '@payload-config'
import { getPayload } from 'payload'

/** The server's Payload instance; the readers' side reaches it only through this data layer. */
export const payloadInstance = () => getPayload({ config })
