import { APIError, NotFound, type PayloadRequest } from 'payload'

/**
 * Every answer that tells the asker what to fix is built here, so that they read alike: a status, the
 * reason, and where it applies. It sits below every layer: hooks, collections, plugins and routes all
 * build their errors with it. Payload logs an error at the level `loggingLevels` in payload.config.ts
 * gives its `name`: a refusal is the system working, logged as information.
 */

/** Read alone (a toast, a log line), the message still names what to fix. */
const naming = (field: string, reason: string) => `${field}: ${reason}`

/** A 400: `field` (a query parameter, `body`, or a path into the body) is malformed, and why. */
export const malformed = (field: string, reason: string): APIError =>
  new APIError(naming(field, reason), 400, { errors: [{ field, message: reason }] }, true)

/**
 * A 400: the values a body gives the fields at these paths are refused, and why. `path` is where
 * Payload's own validation errors name a field, so the admin shows each reason at its field.
 */
export const invalidValues = (invalid: { path: string; reason: string }[]): APIError =>
  new APIError(
    invalid.map(({ path, reason }) => naming(path, reason)).join('; '),
    400,
    { errors: invalid.map(({ path, reason }) => ({ path, field: path, message: reason })) },
    true,
  )

/** `invalidValues` for one field. */
export const invalidValue = (path: string, reason: string): APIError => invalidValues([{ path, reason }])

/** A 400 about the request as a whole. */
export const badRequest = (message: string): APIError => new APIError(message, 400, null, true)

/** A 404, as Payload answers for a document that does not exist. */
export const notFound = (req: PayloadRequest): APIError => new NotFound(req.t)

class Refused extends APIError {
  constructor(reason: string, path?: string) {
    super(reason, 403, path ? { errors: [{ path, message: reason }] } : null, true)
    // Fixed, since a minifier may rename the class and `loggingLevels` goes by the name.
    this.name = 'Refused'
  }
}

/** A 403 with the reason, and the path of the field when one field is to blame (the admin shows it there). */
export const refused = (reason: string, path?: string): APIError => new Refused(reason, path)

/** The same answers where no Payload error handler runs: in front of Payload's routes, in a custom endpoint. */
export const errorResponse = (status: number, message: string, field?: string): Response =>
  Response.json({ errors: [{ message, ...(field ? { field } : {}) }] }, { status })

/** `malformed`, as a response. */
export const malformedResponse = (status: number, field: string, reason: string): Response =>
  errorResponse(status, naming(field, reason), field)
