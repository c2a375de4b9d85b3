'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'

import type { UploadResult } from '../import/web/importUploads'
import { importLabels as t, statusLabels } from './importLabels'

type Lang = 'zh' | 'en'

const ResultRow = ({ result, lang }: { result: UploadResult; lang: Lang }) => (
  <li
    data-import-file={result.file}
    data-import-status={result.status}
    style={{ padding: '0.75rem 0', borderBottom: '1px solid var(--theme-elevation-100)' }}
  >
    <strong>{result.file}</strong> · <span className="import-status">{statusLabels[result.status][lang]}</span>
    {result.status === 'failed' ? (
      <p className="import-reason" style={{ color: 'var(--theme-error-500)', margin: '0.25rem 0 0' }}>
        {result.reason[lang]}
        {result.line ? ` (${t.line[lang]} ${result.line})` : ''}
      </p>
    ) : (
      <>
        {' '}
        · <a href={result.link}>{t.open[lang]}</a>
        {result.warnings.length > 0 && (
          <ul
            className="import-warnings"
            aria-label={t.warnings[lang]}
            style={{ margin: '0.25rem 0 0', color: 'var(--theme-warning-600, #9a6700)' }}
          >
            {result.warnings.map((warning) => (
              <li key={warning.en}>{warning[lang]}</li>
            ))}
          </ul>
        )}
      </>
    )}
  </li>
)

/** The upload form of 导入稿件: posts the chosen files to /api/articles/import and lists what became of each. */
export const ImportForm = ({ lang }: { lang: Lang }) => {
  const { config } = useConfig()
  const [files, setFiles] = useState<File[]>([])
  const [busy, setBusy] = useState(false)
  const [results, setResults] = useState<UploadResult[]>([])
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (files.length === 0) return
    const form = new FormData()
    for (const file of files) form.append('files', file, file.name)
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/articles/import`, {
        method: 'POST',
        body: form,
        credentials: 'include',
      })
      const body = (await response.json().catch(() => ({}))) as {
        results?: UploadResult[]
        errors?: { message: string }[]
      }
      if (!response.ok) setError(body.errors?.[0]?.message ?? `${t.refused[lang]} (${response.status})`)
      setResults(body.results ?? [])
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} id="import-form">
      <p>{t.intro[lang]}</p>
      <label htmlFor="import-files" style={{ display: 'block', margin: '1rem 0 0.5rem' }}>
        {t.choose[lang]}
      </label>
      <input
        id="import-files"
        type="file"
        multiple
        accept=".txt,.docx"
        onChange={(event) => setFiles([...(event.target.files ?? [])])}
      />
      <div style={{ marginTop: '1rem' }}>
        <Button type="submit" id="import-submit" disabled={busy || files.length === 0}>
          {busy ? t.busy[lang] : t.submit[lang]}
        </Button>
      </div>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      {results.length > 0 && (
        <ul id="import-results" style={{ listStyle: 'none', padding: 0 }}>
          {results.map((result, index) => (
            // two uploads may share a name
            <ResultRow key={`${index}-${result.file}`} result={result} lang={lang} />
          ))}
        </ul>
      )}
    </form>
  )
}
