/** One channel's variants in a queue group. */
export interface ChannelQueueGroup<Row> {
  channel: { id: string; name: string }
  rows: Row[]
}

/**
 * A queue group as 我的待办 shows it: stories and photo captions first, as before, then the channel variants under a
 * heading per channel (channels in the order their first variant comes, rows in the queue's order).
 */
export const groupByChannel = <Row extends { channel: { id: string; name: string } | null }>(
  rows: Row[],
): { items: Row[]; channels: ChannelQueueGroup<Row>[] } => {
  const items: Row[] = []
  const channels = new Map<string, ChannelQueueGroup<Row>>()
  for (const row of rows) {
    if (!row.channel) {
      items.push(row)
      continue
    }
    const group = channels.get(row.channel.id) ?? { channel: row.channel, rows: [] }
    channels.set(row.channel.id, group)
    group.rows.push(row)
  }
  return { items, channels: [...channels.values()] }
}
