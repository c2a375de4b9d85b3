import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'

import { Intertitle } from '../../../blocks/Intertitle'
import { PhotoCaptionEmbed } from '../../../blocks/PhotoCaptionEmbed'
import { Quote } from '../../../blocks/Quote'
import { label } from '../../../fields/label'

export const bodyField: RichTextField = {
  name: 'body',
  type: 'richText',
  label: label('正文', 'Body'),
  // Version diffs show the words of 小标题/引语/图说 blocks, not "intertitle Block".
  admin: { components: { Diff: '/src/admin/BodyDiff#BodyDiff' } },
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures,
      BlocksFeature({ blocks: [Intertitle, PhotoCaptionEmbed, Quote] }),
    ],
  }),
}
