import type { Payload } from 'payload'

import type { Article, PhotoCaption } from '../../src/payload-types'
import { workflowContext } from '../../src/workflow/context'
import type { WorkflowState } from '../../src/workflow/types'

type ArticleData = Partial<Omit<Article, 'id'>> & { headline: string }

/**
 * Test fixtures put items straight into a workflow state, as trusted system code (the way seed and migrations do).
 * Tests of the rules themselves go through REST, GraphQL and the Local API with a user instead.
 */
export const createArticleIn = async (payload: Payload, state: WorkflowState, data: ArticleData): Promise<Article> =>
  payload.create({
    collection: 'articles',
    data: { ...data, workflowState: state, _status: state === 'published' ? 'published' : 'draft' },
    overrideAccess: true,
    context: workflowContext('system'),
  }) as Promise<Article>

export const createCaptionIn = async (
  payload: Payload,
  state: WorkflowState,
  data: Partial<PhotoCaption> & { caption: string },
): Promise<PhotoCaption> =>
  payload.create({
    collection: 'photo-captions',
    data: { ...data, workflowState: state, _status: state === 'published' ? 'published' : 'draft' },
    overrideAccess: true,
    context: workflowContext('system'),
  }) as Promise<PhotoCaption>

export const createPublishedArticle = (payload: Payload, data: ArticleData) =>
  createArticleIn(payload, 'published', data)
