import type { Label } from '../fields/label'
import type { UploadResult } from '../import/web/importUploads'

export const importLabels = {
  title: { zh: '导入稿件', en: 'Import stories' },
  intro: {
    zh: '上传 .txt（UTF-8）或 .docx 稿件，每个文件导入为您本人的草稿；Word 中的图片连同图说一起导入。',
    en: 'Upload .txt (UTF-8) or .docx stories; each file becomes a draft of yours, with the photos of a Word file and their captions.',
  },
  choose: { zh: '选择文件', en: 'Choose files' },
  submit: { zh: '导入', en: 'Import' },
  busy: { zh: '正在导入……', en: 'Importing…' },
  open: { zh: '打开稿件', en: 'Open article' },
  warnings: { zh: '提示', en: 'Warnings' },
  line: { zh: '行', en: 'line' },
  refused: { zh: '导入失败', en: 'Import failed' },
} satisfies Record<string, Label>

export const statusLabels: Record<UploadResult['status'], Label> = {
  imported: { zh: '已导入', en: 'Imported' },
  updated: { zh: '已更新', en: 'Updated' },
  skipped: { zh: '内容未变，已跳过', en: 'Unchanged, skipped' },
  failed: { zh: '导入失败', en: 'Failed' },
}
