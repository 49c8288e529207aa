import { APIError } from 'payload'

/**
 * A request the user may not make, with the reason (and the field) they can act on: a 403, logged
 * as information rather than as a server error (`loggingLevels` in payload.config.ts).
 */
export class Refused extends APIError {
  constructor(message: string, path?: string) {
    super(message, 403, path ? { errors: [{ path, message }] } : null, true)
    // Fixed, since a minifier may rename the class.
    this.name = 'Refused'
  }
}
