import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'

import { Intertitle } from '../../../blocks/Intertitle'
import { PhotoCaptionEmbed } from '../../../blocks/PhotoCaptionEmbed'
import { Quote } from '../../../blocks/Quote'
import { tl } from '../../../i18n'
import { translatedRichTextValidate } from '../../../fields/richTextValidate'

const blocks = [Intertitle, PhotoCaptionEmbed, Quote]

export const bodyField: RichTextField = {
  name: 'body',
  type: 'richText',
  label: tl('collections:articles:body'),
  // Version diffs show the words of 小标题/引语/图说 blocks, not "intertitle Block".
  admin: { components: { Diff: '/src/admin/BodyDiff#BodyDiff' } },
  // An invalid 小标题 reads 小标题块有误：小标题（text）不能为空 in the Chinese admin, not Lexical's English.
  validate: translatedRichTextValidate(blocks),
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks })],
  }),
}
