import type { ReactNode } from 'react'

/** One file of the open-data page: its link (CSV downloads, the others open) and its address. */
export function FileLink({ href, type, children }: { href: string; type: string; children: ReactNode }) {
  return (
    <li>
      <a href={href} type={type.split(';')[0]} download={href.endsWith('.csv') ? true : undefined}>
        {children}
      </a>{' '}
      <code dir="ltr">{href}</code>
    </li>
  )
}

/** Each field of a file and what it means, under the heading `labelledBy` names. */
export function FieldsTable({
  labelledBy,
  fields,
  meaning,
  head,
}: {
  labelledBy: string
  fields: readonly string[]
  meaning: (field: string) => string
  head?: ReactNode
}) {
  return (
    // Focusable so that a keyboard can scroll the table on a narrow screen.
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="fields" aria-labelledby={labelledBy}>
        {head}
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row">
                <code dir="ltr">{field}</code>
              </th>
              <td>{meaning(field)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
