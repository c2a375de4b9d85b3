import { LexicalDiffComponent } from '@payloadcms/richtext-lexical/rsc'
import type { PayloadRequest, RichTextFieldDiffServerComponent } from 'payload'

type LexicalNode = { type?: string; children?: LexicalNode[]; fields?: Record<string, unknown>; [key: string]: unknown }

const text = (value: string): LexicalNode => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})
const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  children,
  direction: null,
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const str = (value: unknown): string => (typeof value === 'string' ? value : '')

const captionText = async (item: unknown, req: PayloadRequest): Promise<string> => {
  if (item && typeof item === 'object' && 'caption' in item) return str((item as { caption?: unknown }).caption)
  const id = item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : item
  if (typeof id !== 'string' && typeof id !== 'number') return ''
  const doc = await req.payload.findByID({
    collection: 'photo-captions',
    id,
    depth: 0,
    draft: true,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })
  return str(doc?.caption)
}

/**
 * Our body blocks as the nodes Payload's diff already renders, so a changed 小标题, 引语 or embedded 图说 shows its
 * words (instead of “intertitle Block”): 小标题 → a heading, 引语 → a quote with its source, 图说 → a paragraph.
 */
const readable = async (node: LexicalNode, req: PayloadRequest): Promise<LexicalNode> => {
  if (node.type === 'block' && node.fields) {
    const fields = node.fields
    switch (fields.blockType) {
      case 'intertitle':
        return element('heading', [text(str(fields.text))], { tag: 'h3' })
      case 'quote':
        return element('quote', [text(`${str(fields.text)}${fields.source ? `——${str(fields.source)}` : ''}`)])
      case 'photoCaptionEmbed':
        return element('paragraph', [text(`【图说】${await captionText(fields.item, req)}`)], {
          textFormat: 0,
          textStyle: '',
        })
    }
  }
  if (!Array.isArray(node.children)) return node
  return { ...node, children: await Promise.all(node.children.map((child) => readable(child, req))) }
}

const readableValue = async (value: unknown, req: PayloadRequest): Promise<unknown> => {
  if (!value || typeof value !== 'object' || !('root' in value)) return value
  const { root } = value as { root: LexicalNode }
  return { ...value, root: await readable(root, req) }
}

/** The body's version diff: Payload's Lexical diff, fed with blocks turned into readable nodes. */
export const BodyDiff: RichTextFieldDiffServerComponent = async (props) => {
  const { req } = props
  const comparisonValue = await readableValue(props.comparisonValue, req)
  const versionValue = await readableValue(props.versionValue, req)
  return <LexicalDiffComponent {...props} comparisonValue={comparisonValue} versionValue={versionValue} />
}
