import type { Label } from '../i18n'
import type { UploadResult } from '../import/web/importUploads'
import { bilingual } from '../i18n'

export const importLabels = {
  title: bilingual('admin:importLabels:importLabels:title'),
  intro: bilingual('admin:importLabels:importLabels:intro'),
  choose: bilingual('admin:importLabels:importLabels:choose'),
  submit: bilingual('admin:importLabels:importLabels:submit'),
  busy: bilingual('admin:importLabels:importLabels:busy'),
  open: bilingual('admin:importLabels:importLabels:open'),
  warnings: bilingual('admin:importLabels:importLabels:warnings'),
  line: bilingual('admin:importLabels:importLabels:line'),
  refused: bilingual('admin:importLabels:importLabels:refused'),
} satisfies Record<string, Label>

export const statusLabels: Record<UploadResult['status'], Label> = {
  imported: bilingual('admin:importLabels:statusLabels:imported'),
  updated: bilingual('admin:importLabels:statusLabels:updated'),
  skipped: bilingual('admin:importLabels:statusLabels:skipped'),
  failed: bilingual('admin:importLabels:statusLabels:failed'),
}
