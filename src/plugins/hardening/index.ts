import { guardOperations } from './guardOperations'
import { rejectMalformedRequests } from './rejectMalformedRequests'
import { rejectUnknownLocale } from './rejectUnknownLocale'

/**
 * Requests Payload would answer with a 500, or read wrongly, refused first with a 400 that says
 * what to fix. What Payload reads before any hook runs is checked in front of its REST routes
 * (`withRequestChecks`, ./requestChecks.ts).
 */
export const hardening = guardOperations(({ args, req, fields }) => {
  rejectMalformedRequests(args, req, fields)
  rejectUnknownLocale(req)
})
