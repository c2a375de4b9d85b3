'use client'
import {
  escapeDiffHTML,
  FieldDiffContainer,
  getHTMLDiffComponents,
  unescapeDiffHTML,
  useTranslation,
} from '@payloadcms/ui'
import type { ArrayFieldDiffClientComponent, FieldDiffClientProps, TextFieldDiffClientComponent } from 'payload'

import { contributorLine } from './contributorLine'

/** Both sides as one line per entry, diffed as text: what an editor reads, not `[]` or 条目 01. */
const LinesDiff = ({
  field,
  from,
  to,
  nestingLevel,
  locale,
  className,
}: Pick<FieldDiffClientProps, 'field' | 'nestingLevel' | 'locale'> & {
  from: string[]
  to: string[]
  className: string
}) => {
  const { i18n } = useTranslation()
  const html = (lines: string[]) =>
    lines.length ? lines.map((line) => `<p>${escapeDiffHTML(line)}</p>`).join('') : '<p></p>'
  const { From, To } = getHTMLDiffComponents({
    fromHTML: html(from),
    toHTML: html(to),
    postProcess: unescapeDiffHTML,
    tokenizeByCharacter: true,
  })
  const label = 'label' in field ? field.label : undefined
  return (
    <FieldDiffContainer
      className={className}
      From={From}
      To={To}
      i18n={i18n}
      label={{ label, locale }}
      nestingLevel={nestingLevel}
    />
  )
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []

/** A diff component for a field whose value reads best as lines of text. */
const linesDiff =
  (className: string, toLines: (value: unknown, language: string) => string[]) =>
  ({ comparisonValue, versionValue, field, nestingLevel, locale }: FieldDiffClientProps) => {
    const { i18n } = useTranslation()
    return (
      <LinesDiff
        className={className}
        field={field}
        from={toLines(comparisonValue, i18n.language)}
        to={toLines(versionValue, i18n.language)}
        nestingLevel={nestingLevel}
        locale={locale}
      />
    )
  }

/** 标签: the tags joined as a newsroom writes them (时政、民生), one diff. */
export const TagsDiff: TextFieldDiffClientComponent = linesDiff('tags-diff', (value) =>
  strings(value).length ? [strings(value).join('、')] : [],
)

/** 作者: one line per contributor (记者 任晓萌 · 青岛日报), so an added, removed or renamed person reads as such. */
export const ContributorsDiff: ArrayFieldDiffClientComponent = linesDiff('contributors-diff', (value, language) =>
  Array.isArray(value) ? value.map((row) => contributorLine(row, language)).filter(Boolean) : [],
)
