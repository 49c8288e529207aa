import fs from 'node:fs'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestContext } from './helpers/payload'

/** Uploads: images only, checked from their bytes, no SVG, at most 10 MB; a refusal stores nothing. */

let ctx: TestContext
let token: string
beforeAll(async () => {
  ctx = await startPayload()
  await ctx.payload.create({
    collection: 'users',
    data: { email: 'uploader@example.com', password: 'uploader-password', roles: ['editor'] },
  })
  token = await ctx.rest.login('uploader@example.com', 'uploader-password')
})
afterAll(() => ctx?.stop())

async function upload(bytes: Uint8Array, name: string, type: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Test' }))
  return ctx.rest.request('POST', '/media?locale=pl', { form, token })
}

const stored = async () => ({
  docs: (await ctx.payload.count({ collection: 'media' })).totalDocs,
  files: fs.existsSync(process.env.MEDIA_DIR!) ? fs.readdirSync(process.env.MEDIA_DIR!).length : 0,
})

describe('uploads', () => {
  it('accepts a PNG photo (positive control)', async () => {
    const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#393' } })
      .png()
      .toBuffer()
    const { status } = await upload(new Uint8Array(png), 'zielony.png', 'image/png')
    expect(status).toBe(201)
  })

  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="10" height="10"/></svg>'
  it.each([
    ['text named like a PNG', new TextEncoder().encode('this is not an image at all'), 'notatka.png', 'image/png'],
    ['an SVG (scripts can hide in it)', new TextEncoder().encode(svg), 'rysunek.svg', 'image/svg+xml'],
    ['an SVG named like a PNG', new TextEncoder().encode(svg), 'rysunek.png', 'image/png'],
    ['an HTML page', new TextEncoder().encode('<!doctype html><script>alert(1)</script>'), 'strona.jpg', 'image/jpeg'],
  ])('refuses %s with a 400 and stores nothing', async (_, bytes, name, type) => {
    const before = await stored()
    const { status, body } = await upload(bytes, name, type)
    expect(status, JSON.stringify(body)).toBe(400)
    expect(body.errors[0].message).toBeTruthy()
    expect(await stored()).toEqual(before)
  })

  it('refuses a file over 10 MB and stores nothing', async () => {
    const before = await stored()
    const big = new Uint8Array(11 * 1024 * 1024)
    big.set(
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
        .png()
        .toBuffer(),
    )
    const { status, body } = await upload(big, 'duzy.png', 'image/png')
    expect(status, JSON.stringify(body)).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expect(await stored()).toEqual(before)
  })
})
