import { graphql } from "../gql";

graphql(`
  fragment CommentFields on Comment {
    id
    body
    origin
    authorName
    createdAt
    editedAt
    syncStatus
    syncAction
    syncError
    canDelete
    ironcladCopy
  }
`);

export const RequestCommentsDocument = graphql(`
  query RequestComments($id: ID!) {
    node(id: $id) {
      ... on Request {
        id
        comments(first: 500, orderBy: { field: CREATED_AT, direction: ASC }) {
          edges {
            node {
              ...CommentFields
            }
          }
        }
      }
    }
  }
`);

export const AddCommentDocument = graphql(`
  mutation AddComment($requestID: ID!, $body: String!) {
    addComment(requestID: $requestID, body: $body) {
      ...CommentFields
    }
  }
`);

export const DeleteCommentDocument = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      ...CommentFields
    }
  }
`);

export const RetryCommentDocument = graphql(`
  mutation RetryComment($id: ID!) {
    retryComment(id: $id) {
      ...CommentFields
    }
  }
`);

export const CommentChangedDocument = graphql(`
  subscription CommentChanged($requestID: ID!) {
    commentChanged(requestID: $requestID) {
      kind
      commentID
      comment {
        ...CommentFields
      }
    }
  }
`);

export const CommentIroncladCopyDocument = graphql(`
  query CommentIroncladCopy($id: ID!) {
    node(id: $id) {
      ... on Comment {
        id
        ironcladCopy
      }
    }
  }
`);
