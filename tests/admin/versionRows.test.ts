import { describe, expect, it } from '@jest/globals'

import { roundLabel, versionRows, type StoredVersion } from '../../src/admin/versionRows'

const version = (
  id: string,
  updatedAt: string,
  fields: StoredVersion['version'] = {},
  autosave = false,
): StoredVersion => ({ id, updatedAt, autosave, version: { _status: 'draft', ...fields } })

// A story's life: two autosaves as a draft, submitted (the transition saves a version just before its audit record),
// 初审 passes it, 复审 returns it, the reporter fixes it and resubmits, then the chief publishes.
const versions: StoredVersion[] = [
  version('v1', '2026-12-02T01:00:00.000Z', { workflowState: 'draft', editedBy: 'rep' }, true),
  version('v2', '2026-12-02T01:05:00.000Z', { workflowState: 'draft', editedBy: 'rep' }, true),
  version('v3', '2026-12-02T01:10:00.000Z', { workflowState: 'inReview', reviewLevel: 1, editedBy: 'rep' }),
  version('v4', '2026-12-02T02:00:00.000Z', { workflowState: 'inReview', reviewLevel: 2, editedBy: { id: 'chu' } }),
  version('v5', '2026-12-02T03:00:00.000Z', { workflowState: 'returned', editedBy: 'fu' }),
  version('v6', '2026-12-02T03:30:00.000Z', { workflowState: 'returned', editedBy: 'rep' }, true),
  version('v7', '2026-12-02T04:00:00.000Z', { workflowState: 'inReview', reviewLevel: 1, editedBy: 'rep' }),
  version('v8', '2026-12-02T05:00:00.000Z', { _status: 'published', workflowState: 'published', editedBy: null }),
].reverse()
const audit = [
  { transition: 'submit', createdAt: '2026-12-02T01:10:00.004Z' },
  { transition: 'approve', createdAt: '2026-12-02T02:00:00.003Z' },
  { transition: 'return', createdAt: '2026-12-02T03:00:00.002Z' },
  { transition: 'resubmit', createdAt: '2026-12-02T04:00:00.005Z' },
  { transition: 'publish', createdAt: '2026-12-02T05:00:00.001Z' },
]

describe('the version list in newsroom terms', () => {
  const rows = versionRows(versions, audit, 3)
  const byId = new Map(rows.map((row) => [row.id, row]))

  it('keeps Payload’s order (newest first) and links each version to the one before it', () => {
    expect(rows.map((row) => row.id)).toEqual(['v8', 'v7', 'v6', 'v5', 'v4', 'v3', 'v2', 'v1'])
    expect(rows.map((row) => row.previous)).toEqual(['v7', 'v6', 'v5', 'v4', 'v3', 'v2', 'v1', null])
  })

  it('counts review rounds from the version each submit or resubmit saved', () => {
    expect(rows.map((row) => [row.id, row.round])).toEqual([
      ['v8', 2],
      ['v7', 2],
      ['v6', 1],
      ['v5', 1],
      ['v4', 1],
      ['v3', 1],
      ['v2', 0],
      ['v1', 0],
    ])
    expect(roundLabel(0)).toEqual({ zh: '送审前', en: 'Before review' })
    expect(roundLabel(2)).toEqual({ zh: '第2轮送审', en: 'Review round 2' })
  })

  it('labels state, the level while in review, who saved it and what kind of save it was', () => {
    expect(byId.get('v3')).toMatchObject({ state: { zh: '审核中' }, level: { zh: '初审' }, editorId: 'rep' })
    expect(byId.get('v4')).toMatchObject({ level: { zh: '复审' }, editorId: 'chu', kind: 'draft' })
    expect(byId.get('v5')).toMatchObject({ state: { zh: '退回修改' }, level: null, editorId: 'fu' })
    expect(byId.get('v6')?.kind).toBe('autosave')
    expect(byId.get('v8')).toMatchObject({ kind: 'published', editorId: null, state: { zh: '已发布' } })
  })

  it('survives versions with no workflow data (older rows, unknown states) and no audit at all', () => {
    const bare = versionRows(
      [
        { id: 1, updatedAt: '2026-12-01T00:00:00.000Z' },
        version('x', '2026-12-01T01:00:00.000Z', { workflowState: 'bogus' }),
      ],
      [],
      3,
    )
    expect(bare.map((row) => [row.id, row.state, row.level, row.round, row.kind])).toEqual([
      ['x', null, null, 0, 'draft'],
      ['1', null, null, 0, 'draft'],
    ])
    expect(versionRows([], audit, 3)).toEqual([])
  })
})
