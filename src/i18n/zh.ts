/**
 * The newsroom's own strings in Chinese, the admin's first language. Payload reads them as the `newsroom` namespace:
 * `t('newsroom:lexical:invalid', { node, problems })`. Placeholders are `{{name}}`; en.ts must have the same keys.
 */
export const zh = {
  lexical: {
    invalid: '{{node}}有误：{{problems}}',
    problemSeparator: '；',
    fieldRequired: '{{label}}（{{name}}）不能为空',
    fieldInvalid: '{{label}}（{{name}}）：{{message}}',
    unknownBlock: '正文里有未知的块类型“{{type}}”',
    node: {
      block: '{{label}}块',
      link: '链接',
      upload: '上传的文件',
      relationship: '关联',
      other: '{{type}}节点',
    },
  },
}

/** The shape both languages share: zh's key tree with any string at the leaves. */
export type NewsroomTranslations = StringLeaves<typeof zh>

type StringLeaves<T> = { [K in keyof T]: T[K] extends string ? string : StringLeaves<T[K]> }
