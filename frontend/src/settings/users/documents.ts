import { graphql } from "../../gql";

graphql(`
  fragment UserListItem on User {
    id
    email
    name
    role
    disabled
    lastSignInAt
    createdAt
  }
`);

export const UsersDocument = graphql(`
  query SettingsUsers($first: Int!) {
    users(first: $first, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          ...UserListItem
        }
      }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserListItem
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserListItem
    }
  }
`);
