'use client'
import { useTranslation } from '@payloadcms/ui'
import { type FormEvent, useId, useState } from 'react'

type Unit = { id: string; path: string; reason?: string }
type Counts = { applied: number; unchanged: number; untranslated?: number; stale: Unit[]; refused: Unit[] }
type Outcome = Counts | { errors: { message: string }[] }
type UnitResult = { file: string; unit: string; result: string; reason?: string }

/**
 * The import's answer as counts and lists. Two shapes are read: the agreed one (`applied`,
 * `unchanged`, `stale`, `refused`) and a per-unit report (`summary` and `units`).
 */
function counts(body: any): Counts | null {
  if (typeof body?.applied === 'number') return body
  if (!body?.summary || !Array.isArray(body.units)) return null
  const units = (result: string): Unit[] =>
    (body.units as UnitResult[])
      .filter((unit) => unit.result === result)
      .map((unit) => ({ id: unit.file, path: unit.unit, reason: unit.reason }))
  return { ...body.summary, stale: units('stale'), refused: units('refused') }
}

/**
 * Sends an agency's XLIFF file back for one language (`POST /api/translations/import`) and shows
 * what happened to each unit: applied, unchanged, stale (the Polish changed since the export) or
 * refused with the reason. A file refused as a whole shows the server's reasons.
 */
export function XliffImport({ locale, language, api }: { locale: string; language: string; api: string }) {
  const { t } = useTranslation()
  const say = (key: string, vars?: Record<string, unknown>) => t(`custom:${key}` as never, vars as never)
  const inputId = useId()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>()

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setBusy(true)
    setOutcome(undefined)
    try {
      const response = await fetch(`${api}/translations/import?locale=${encodeURIComponent(locale)}`, {
        method: 'POST',
        body: new FormData(event.currentTarget),
        credentials: 'include',
      })
      const body = await response.json().catch(() => null)
      const result = response.ok ? counts(body) : null
      setOutcome(
        result ?? {
          errors: body?.errors?.length ? body.errors : [{ message: `${response.status} ${response.statusText}` }],
        },
      )
    } catch (error) {
      setOutcome({ errors: [{ message: String(error) }] })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="xliff-import" onSubmit={submit} encType="multipart/form-data">
      <label htmlFor={inputId}>
        {say('xliffFile')} <span lang={locale}>({language})</span>
      </label>
      <input
        id={inputId}
        type="file"
        name="file"
        accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml"
        required
      />
      <button type="submit" className="xliff-import__submit" disabled={busy}>
        {busy ? say('xliffImporting') : say('xliffImport')}
      </button>
      <div className="xliff-import__result" role="status">
        {outcome && 'errors' in outcome && (
          <>
            <p>{say('xliffFailed')}</p>
            <ul>
              {outcome.errors.map((error, index) => (
                <li key={index}>{error.message}</li>
              ))}
            </ul>
          </>
        )}
        {outcome && 'applied' in outcome && (
          <ul>
            <li>{say('xliffApplied', { count: outcome.applied })}</li>
            <li>{say('xliffUnchanged', { count: outcome.unchanged })}</li>
            {outcome.untranslated ? <li>{say('xliffUntranslated', { count: outcome.untranslated })}</li> : null}
            <Units title={say('xliffStale', { count: outcome.stale.length })} units={outcome.stale} />
            <Units title={say('xliffRefused', { count: outcome.refused.length })} units={outcome.refused} />
          </ul>
        )}
      </div>
    </form>
  )
}

function Units({ title, units }: { title: string; units: Unit[] }) {
  return (
    <li>
      {title}
      {units.length > 0 && (
        <ul>
          {units.map((unit) => (
            <li key={`${unit.id} ${unit.path}`}>
              <code>{unit.id}</code> <code>{unit.path}</code>
              {unit.reason ? `: ${unit.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
