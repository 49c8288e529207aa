import type { Config } from 'payload'

import { guardOperations } from './guardOperations'
import { guardIds } from './guardIds'
import { rejectMalformedRequests } from './rejectMalformedRequests'
import { rejectUnknownLocale } from './rejectUnknownLocale'
import { checkWrites } from './checkWrites'

/**
 * Requests Payload would answer with a 500, or read wrongly, refused first with a 400 that says
 * what to fix. What Payload reads before any hook runs is checked in front of its REST routes
 * (`withRequestChecks`, ./requestChecks.ts) and, for ids, where Payload reads them (./guardIds.ts);
 * what a write holds once its fields' hooks have run, before it is saved
 * (./checkWrites.ts).
 */
const checkOperations = guardOperations(({ args, req, ...scope }) => {
  rejectMalformedRequests(args, req, scope)
  rejectUnknownLocale(req)
})

export const hardening = (config: Config): Config => checkWrites(guardIds(checkOperations(config)))
