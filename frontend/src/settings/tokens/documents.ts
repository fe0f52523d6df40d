import { graphql } from "../../gql";

graphql(`
  fragment APITokenListItem on APIToken {
    id
    name
    hint
    scopes
    createdAt
    lastUsedAt
    expiresAt
    revokedAt
  }
`);

export const APITokensDocument = graphql(`
  query SettingsAPITokens {
    apiTokens {
      ...APITokenListItem
    }
  }
`);

export const CreateAPITokenDocument = graphql(`
  mutation CreateAPIToken($input: CreateAPITokenInput!) {
    createAPIToken(input: $input) {
      token
      apiToken {
        ...APITokenListItem
      }
    }
  }
`);

export const RevokeAPITokenDocument = graphql(`
  mutation RevokeAPIToken($id: ID!) {
    revokeAPIToken(id: $id) {
      ...APITokenListItem
    }
  }
`);
