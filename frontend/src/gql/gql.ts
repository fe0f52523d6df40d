/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      role\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment AuditEntryItem on AuditEntry {\n    id\n    createdAt\n    action\n    actorLabel\n    targetType\n    targetID\n  }\n": typeof types.AuditEntryItemFragmentDoc,
    "\n  query SettingsAuditLog {\n    auditEntries(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n": typeof types.SettingsAuditLogDocument,
    "\n  subscription AuditEntryAdded {\n    auditEntryAdded {\n      ...AuditEntryItem\n    }\n  }\n": typeof types.AuditEntryAddedDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment APITokenListItem on APIToken {\n    id\n    name\n    hint\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n": typeof types.ApiTokenListItemFragmentDoc,
    "\n  query SettingsAPITokens {\n    apiTokens {\n      ...APITokenListItem\n    }\n  }\n": typeof types.SettingsApiTokensDocument,
    "\n  mutation CreateAPIToken($input: CreateAPITokenInput!) {\n    createAPIToken(input: $input) {\n      token\n      apiToken {\n        ...APITokenListItem\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeAPIToken($id: ID!) {\n    revokeAPIToken(id: $id) {\n      ...APITokenListItem\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment UserListItem on User {\n    id\n    email\n    name\n    role\n    disabled\n    lastSignInAt\n    createdAt\n  }\n": typeof types.UserListItemFragmentDoc,
    "\n  query SettingsUsers($first: Int!) {\n    users(first: $first, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...UserListItem\n        }\n      }\n    }\n  }\n": typeof types.SettingsUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserListItem\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserListItem\n    }\n  }\n": typeof types.UpdateUserDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      role\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment AuditEntryItem on AuditEntry {\n    id\n    createdAt\n    action\n    actorLabel\n    targetType\n    targetID\n  }\n": types.AuditEntryItemFragmentDoc,
    "\n  query SettingsAuditLog {\n    auditEntries(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n": types.SettingsAuditLogDocument,
    "\n  subscription AuditEntryAdded {\n    auditEntryAdded {\n      ...AuditEntryItem\n    }\n  }\n": types.AuditEntryAddedDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment APITokenListItem on APIToken {\n    id\n    name\n    hint\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n": types.ApiTokenListItemFragmentDoc,
    "\n  query SettingsAPITokens {\n    apiTokens {\n      ...APITokenListItem\n    }\n  }\n": types.SettingsApiTokensDocument,
    "\n  mutation CreateAPIToken($input: CreateAPITokenInput!) {\n    createAPIToken(input: $input) {\n      token\n      apiToken {\n        ...APITokenListItem\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeAPIToken($id: ID!) {\n    revokeAPIToken(id: $id) {\n      ...APITokenListItem\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment UserListItem on User {\n    id\n    email\n    name\n    role\n    disabled\n    lastSignInAt\n    createdAt\n  }\n": types.UserListItemFragmentDoc,
    "\n  query SettingsUsers($first: Int!) {\n    users(first: $first, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...UserListItem\n        }\n      }\n    }\n  }\n": types.SettingsUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserListItem\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserListItem\n    }\n  }\n": types.UpdateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryItem on AuditEntry {\n    id\n    createdAt\n    action\n    actorLabel\n    targetType\n    targetID\n  }\n"): (typeof documents)["\n  fragment AuditEntryItem on AuditEntry {\n    id\n    createdAt\n    action\n    actorLabel\n    targetType\n    targetID\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsAuditLog {\n    auditEntries(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsAuditLog {\n    auditEntries(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...AuditEntryItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuditEntryAdded {\n    auditEntryAdded {\n      ...AuditEntryItem\n    }\n  }\n"): (typeof documents)["\n  subscription AuditEntryAdded {\n    auditEntryAdded {\n      ...AuditEntryItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment APITokenListItem on APIToken {\n    id\n    name\n    hint\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment APITokenListItem on APIToken {\n    id\n    name\n    hint\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsAPITokens {\n    apiTokens {\n      ...APITokenListItem\n    }\n  }\n"): (typeof documents)["\n  query SettingsAPITokens {\n    apiTokens {\n      ...APITokenListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAPIToken($input: CreateAPITokenInput!) {\n    createAPIToken(input: $input) {\n      token\n      apiToken {\n        ...APITokenListItem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAPIToken($input: CreateAPITokenInput!) {\n    createAPIToken(input: $input) {\n      token\n      apiToken {\n        ...APITokenListItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAPIToken($id: ID!) {\n    revokeAPIToken(id: $id) {\n      ...APITokenListItem\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAPIToken($id: ID!) {\n    revokeAPIToken(id: $id) {\n      ...APITokenListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserListItem on User {\n    id\n    email\n    name\n    role\n    disabled\n    lastSignInAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserListItem on User {\n    id\n    email\n    name\n    role\n    disabled\n    lastSignInAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsUsers($first: Int!) {\n    users(first: $first, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...UserListItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsUsers($first: Int!) {\n    users(first: $first, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...UserListItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserListItem\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserListItem\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserListItem\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;