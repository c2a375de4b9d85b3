import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'

import { CliError } from '../cliError'
import { FORMAT, FORMAT_VERSION, type ExportHeader, type ExportRecord, type ExportTrailer } from './format'

export type ExportLine = { number: number } & (
  | { kind: 'header'; header: ExportHeader }
  | { kind: 'record'; record: ExportRecord }
  | { kind: 'end'; trailer: ExportTrailer }
)

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const refuse = (file: string, number: number, reason: string): never => {
  throw new CliError(`${file}:${number}: ${reason}`)
}

const classify = (file: string, number: number, text: string): ExportLine => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return refuse(file, number, 'not a JSON line')
  }
  if (!isObject(value)) return refuse(file, number, 'not a JSON object')
  if (value.kind === 'header') {
    if (value.format !== FORMAT || value.version !== FORMAT_VERSION) {
      return refuse(
        file,
        number,
        `not a ${FORMAT} v${FORMAT_VERSION} export (format ${String(value.format)} v${String(value.version)})`,
      )
    }
    return { number, kind: 'header', header: value as unknown as ExportHeader }
  }
  if (value.kind === 'end') return { number, kind: 'end', trailer: value as unknown as ExportTrailer }
  if (
    (value.kind === 'doc' || value.kind === 'version') &&
    typeof value.collection === 'string' &&
    isObject(value.data) &&
    value.data.id !== undefined
  ) {
    return { number, kind: 'record', record: value as unknown as ExportRecord }
  }
  return refuse(file, number, 'expected {"collection", "kind": "doc"|"version", "data": {"id", …}}')
}

/** The export's lines one at a time (readline: memory stays bounded by the longest line), checked and numbered. */
export async function* readExport(file: string): AsyncGenerator<ExportLine> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })
  let number = 0
  for await (const text of lines) {
    number++
    if (text.trim() === '') continue
    const line = classify(file, number, text)
    if ((number === 1) !== (line.kind === 'header'))
      refuse(file, number, number === 1 ? 'the first line must be the export header' : 'a second header')
    yield line
  }
}
