import type { NewsroomTranslations } from './zh'

/** The newsroom's strings in English; typed by zh.ts, so a key missing or extra here does not compile. */
export const en: NewsroomTranslations = {
  lexical: {
    invalid: 'Invalid {{node}}: {{problems}}',
    problemSeparator: '; ',
    fieldRequired: '{{label}} ({{name}}) must not be empty',
    fieldInvalid: '{{label}} ({{name}}): {{message}}',
    unknownBlock: 'The body has a block of unknown type "{{type}}"',
    node: {
      block: '{{label}} block',
      link: 'link',
      upload: 'upload',
      relationship: 'relationship',
      other: '{{type}} node',
    },
  },
}
