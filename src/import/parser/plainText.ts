import type { BodyBlock, ParsedStory } from './types'

/** Renders a story back to the newspaper plain-text layout, one blank line between blocks. */
export function renderPlainText(story: ParsedStory): string {
  const lines: string[] = []
  if (story.kicker) lines.push(story.kicker)
  lines.push(story.headline)
  if (story.subheadline) lines.push(`——${story.subheadline}`)
  if (story.byline) lines.push(`□${story.byline}`)
  let datelinePending = story.dateline
  for (const block of story.body) {
    if (block.type === 'paragraph' && datelinePending) {
      lines.push(`${datelinePending} ${block.text}`)
      datelinePending = null
    } else {
      lines.push(renderBlock(block))
    }
  }
  if (datelinePending) lines.push(datelinePending)
  return `${lines.join('\n\n')}\n`
}

function renderBlock(block: BodyBlock): string {
  if (block.type !== 'caption') return block.text
  return `■${block.text}${block.credit ? ` ${block.credit}` : ''}`
}
