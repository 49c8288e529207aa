import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'
import { exportAll, type FullExport } from '@/scripts/exportAll'

import { payloadCli, payloadCliAsync } from './helpers/cli'
import { databaseUnderTest, throwawayDir } from './helpers/database'
import { startPayload, type TestContext } from './helpers/payload'

let ctx: TestContext
const fresh = throwawayDir()

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  // Drafts, versions and translations beyond the seed, and an uploaded file.
  const { docs } = await ctx.payload.find({ collection: 'partnerships', locale: 'pl', limit: 1 })
  await ctx.payload.update({
    collection: 'partnerships',
    id: docs[0]!.id,
    locale: 'de',
    draft: true,
    data: { summary: 'Entwurf' } as never,
  })
  const image = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#06c' } })
    .png()
    .toBuffer()
  await ctx.payload.create({
    collection: 'media',
    locale: 'pl',
    data: { alt: 'Niebieski' },
    file: { data: image, mimetype: 'image/png', name: 'blue.png', size: image.length },
  })
})
afterAll(async () => {
  await ctx?.stop()
  fs.rmSync(fresh, { recursive: true, force: true })
})

const hashes = (dir: string) =>
  fs.existsSync(dir)
    ? Object.fromEntries(
        fs
          .readdirSync(dir)
          .sort()
          .map((file) => [
            file,
            crypto
              .createHash('sha256')
              .update(fs.readFileSync(path.join(dir, file)))
              .digest('hex'),
          ]),
      )
    : {}

describe.skipIf(databaseUnderTest() === 'mongodb')('npm run backup / npm run restore (SQLite)', () => {
  it('backs up while the server writes; a restore elsewhere holds every document in every locale, versions included', async () => {
    const backupDir = path.join(fresh, 'backup')
    const env = { DATABASE_URI: process.env.DATABASE_URI, MEDIA_DIR: process.env.MEDIA_DIR }

    // Writes go on during the backup: new commitments, one after another, each acknowledged.
    let writing = true
    const written: unknown[] = []
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        const doc = await ctx.payload.create({
          collection: 'commitments',
          locale: 'pl',
          data: { title: `Podczas kopii ${i}`, order: 1000 + i, _status: 'published' } as never,
        })
        written.push(doc.id)
        // The local SQLite client can resolve at once: let the child process's events in.
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    })()
    while (written.length < 5) await new Promise((resolve) => setTimeout(resolve, 10))
    // Writes acknowledged before the snapshot process even started must all be in it.
    const acknowledgedBefore = written.length
    const done = await payloadCliAsync(['backup', backupDir], env)
    writing = false
    await writer
    expect(done.status, done.output).toBe(0)
    expect(written.length).toBeGreaterThan(0)
    const original: FullExport = await exportAll(ctx.payload)

    const restoredEnv = {
      DATABASE_URI: `file:${path.join(fresh, 'restored', 'cms.db')}`,
      MEDIA_DIR: path.join(fresh, 'restored', 'media'),
    }
    const restore = payloadCli(['restore', backupDir], restoredEnv)
    expect(restore.status, restore.output).toBe(0)
    const exportFile = path.join(fresh, 'export.json')
    const exported = payloadCli(['export', exportFile], restoredEnv)
    expect(exported.status, exported.output).toBe(0)
    const restored: FullExport = JSON.parse(fs.readFileSync(exportFile, 'utf8'))

    // Everything but the commitments written during the backup is exactly as it is now.
    const { commitments: restoredCommitments, ...restoredRest } = restored.collections
    const { commitments: originalCommitments, ...originalRest } = original.collections
    expect(restoredRest).toEqual(JSON.parse(JSON.stringify(originalRest)))
    expect(restored.globals).toEqual(JSON.parse(JSON.stringify(original.globals)))
    // Everything acknowledged before the backup began is in it, whole. (Each document is one
    // transaction, so one being written at that moment is in it whole or not at all: see README,
    // "Durability"; npm run stress checks every backup for torn documents.)
    const inBackup = new Map((restoredCommitments!.docs as any[]).map((doc) => [doc.id, doc]))
    const before = (originalCommitments!.docs as any[]).filter((doc) => !written.includes(doc.id))
    expect(before.map((doc) => inBackup.get(doc.id))).toEqual(JSON.parse(JSON.stringify(before)))
    const during = (originalCommitments!.docs as any[]).filter((doc) =>
      written.slice(0, acknowledgedBefore).includes(doc.id),
    )
    expect(during.map((doc) => inBackup.get(doc.id))).toEqual(JSON.parse(JSON.stringify(during)))

    expect(hashes(restoredEnv.MEDIA_DIR)).toEqual(hashes(process.env.MEDIA_DIR!))
    expect(Object.keys(hashes(restoredEnv.MEDIA_DIR)).length).toBeGreaterThan(0)
  })

  it('refuses a folder that is not a backup, and leaves the database alone', () => {
    const target = {
      DATABASE_URI: `file:${path.join(fresh, 'untouched', 'cms.db')}`,
      MEDIA_DIR: path.join(fresh, 'untouched', 'media'),
    }
    fs.mkdirSync(path.join(fresh, 'untouched'), { recursive: true })
    fs.writeFileSync(path.join(fresh, 'untouched', 'cms.db'), 'precious')
    const result = payloadCli(['restore', path.join(fresh, 'nothing-here')], target)
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/is not a backup/)
    expect(fs.readFileSync(path.join(fresh, 'untouched', 'cms.db'), 'utf8')).toBe('precious')
  })
})
