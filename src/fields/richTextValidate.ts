import type { NodeValidation, SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { getTranslation } from '@payloadcms/translations'
import { fieldSchemasToFormState } from '@payloadcms/ui/forms/fieldSchemasToFormState'
import { flattenTopLevelFields, type Block, type JsonObject, type PayloadRequest, type RichTextField } from 'payload'

import { translate, type NewsroomKey } from '../i18n'

type Validation = Parameters<NodeValidation>[0]['validation']
type Options = Validation['options']
type Value = Validation['value']
type Validate = NonNullable<RichTextField['validate']>
type LexicalNode = { type: string; children?: LexicalNode[]; fields?: JsonObject }
type Failure = { node: LexicalNode; message: string }

/** The first node that fails one of the editor's node validations, in the order Lexical's own validation checks them. */
const firstInvalidNode = async (
  nodes: LexicalNode[],
  validations: Map<string, NodeValidation[]>,
  validation: Validation,
): Promise<Failure | undefined> => {
  for (const node of nodes) {
    for (const validate of validations.get(node.type) ?? []) {
      const result = await validate({ node: node as never, nodeValidations: validations, validation })
      if (result !== true) return { node, message: result }
    }
    const inChildren = node.children && (await firstInvalidNode(node.children, validations, validation))
    if (inChildren) return inChildren
  }
  return undefined
}

const nodeKeys: Record<string, NewsroomKey> = {
  link: 'lexical:node:link',
  autolink: 'lexical:node:link',
  upload: 'lexical:node:upload',
  relationship: 'lexical:node:relationship',
}

const isBlock = (node: LexicalNode) => node.type === 'block' || node.type === 'inlineBlock'

const nodeName = (node: LexicalNode, block: Block | undefined, req: PayloadRequest): string =>
  block
    ? translate(req, 'lexical:node:block', { label: getTranslation(block.labels?.singular ?? block.slug, req.i18n) })
    : nodeKeys[node.type]
      ? translate(req, nodeKeys[node.type])
      : translate(req, 'lexical:node:other', { type: node.type })

/** Each invalid sub-field of the node, by label and name, with its own (already translated) message. */
const fieldProblems = async (node: LexicalNode, editorConfig: SanitizedServerEditorConfig, options: Options) => {
  const { req } = options
  const fields = editorConfig.features.getSubFields?.get(node.type)?.({ node: node as never, req })
  if (!fields?.length) return []
  const data = editorConfig.features.getSubFieldsData?.get(node.type)?.({ node: node as never, req }) ?? node.fields
  // The same form-state run Lexical's block, link and upload validations use, read for messages, not only paths.
  const state = await fieldSchemasToFormState({
    id: options.id,
    collectionSlug: options.collectionSlug,
    data: data ?? {},
    documentData: options.data as JsonObject,
    fields,
    fieldSchemaMap: undefined,
    initialBlockData: data ?? {},
    operation: options.operation === 'create' ? 'create' : 'update',
    permissions: {},
    preferences: options.preferences,
    renderAllFields: false,
    req,
    schemaPath: '',
  })
  const named = flattenTopLevelFields(fields)
  const required = req.t('validation:required')
  return Object.entries(state)
    .filter(([, field]) => field.valid === false && field.errorMessage)
    .map(([path, field]) => {
      const config = named.find((candidate) => candidate.name === path.split('.')[0])
      const label = getTranslation(config && 'label' in config && config.label ? config.label : path, req.i18n)
      return field.errorMessage === required
        ? translate(req, 'lexical:fieldRequired', { label, name: path })
        : translate(req, 'lexical:fieldInvalid', { label, name: path, message: field.errorMessage })
    })
}

const describe = async (
  { node, message }: Failure,
  blocks: Block[],
  editorConfig: SanitizedServerEditorConfig,
  options: Options,
): Promise<string> => {
  const { req } = options
  const block = isBlock(node) ? blocks.find((candidate) => candidate.slug === node.fields?.blockType) : undefined
  if (isBlock(node) && !block) return translate(req, 'lexical:unknownBlock', { type: String(node.fields?.blockType) })
  const problems = await fieldProblems(node, editorConfig, options)
  return translate(req, 'lexical:invalid', {
    node: nodeName(node, block, req),
    problems: problems.length ? problems.join(translate(req, 'lexical:problemSeparator')) : message,
  })
}

/**
 * Lexical's validation, its failures said in the request's language. Lexical answers "block node failed to validate:
 * The following fields are invalid: text" in English whatever the admin language; this names the block and its
 * fields by their labels instead: 小标题块有误：小标题（text）不能为空. `blocks` are the editor's blocks, for their labels.
 */
export const translatedRichTextValidate =
  (blocks: Block[]): Validate =>
  async (input, fieldOptions) => {
    // Payload types a rich text value as any object; Lexical's node validations take its editor state.
    const [value, options] = [input as Value | null | undefined, fieldOptions as Options]
    const editor = options.editor
    if (!editor || typeof editor === 'function') throw new Error('richText field has no sanitized editor')
    const result = await editor.validate(value, options)
    const nodes = (value?.root?.children ?? []) as LexicalNode[]
    if (result === true || !value || !('editorConfig' in editor)) return result
    const editorConfig = editor.editorConfig as SanitizedServerEditorConfig
    const failure = await firstInvalidNode(nodes, editorConfig.features.validations, { options, value })
    return failure ? describe(failure, blocks, editorConfig, options) : result
  }
