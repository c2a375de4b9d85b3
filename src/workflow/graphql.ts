import type { GraphQLExtension, PayloadRequest } from 'payload'

import { actorFromUser } from './actor'
import { WorkflowError } from './errors'
import { fireTransition } from './fire'
import { isWorkflowCollection } from './load'
import { bilingual } from '../i18n'

/**
 * `mutation { WorkflowTransition(collection: "articles", id: "…", transition: "approve", comment: "…") { state … } }`:
 * the same executor as REST, for GraphQL clients.
 */
export const workflowMutations: GraphQLExtension = (GraphQL) => {
  const result = new GraphQL.GraphQLObjectType({
    name: 'WorkflowTransitionResult',
    fields: {
      from: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      state: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      reviewLevel: { type: GraphQL.GraphQLInt },
      status: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
    },
  })
  return {
    WorkflowTransition: {
      type: new GraphQL.GraphQLNonNull(result),
      args: {
        collection: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        transition: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        comment: { type: GraphQL.GraphQLString },
        publishAt: { type: GraphQL.GraphQLString },
        withdrawAt: { type: GraphQL.GraphQLString },
      },
      resolve: async (_source: unknown, args: Record<string, string | undefined>, context: { req: PayloadRequest }) => {
        const { req } = context
        const actor = actorFromUser(req.user)
        if (!actor)
          throw new WorkflowError(
            req.user ? 403 : 401,
            'notPermitted',
            bilingual('workflow:graphql:workflowMutations:onlyNewsroomStaffUse'),
          )
        if (!isWorkflowCollection(req.payload, args.collection))
          throw new WorkflowError(
            400,
            'unknownCollection',
            bilingual('workflow:graphql:workflowMutations:unknownWorkflowCollection'),
          )
        const fired = await fireTransition(req.payload, {
          collection: args.collection,
          id: String(args.id),
          transition: String(args.transition),
          actor,
          comment: args.comment,
          publishAt: args.publishAt,
          withdrawAt: args.withdrawAt,
          req,
        })
        return { from: fired.from, state: fired.to, reviewLevel: fired.reviewLevel, status: fired.status }
      },
    },
  }
}
