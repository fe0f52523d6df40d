import { graphql } from "../../gql";

graphql(`
  fragment AuditEntryItem on AuditEntry {
    id
    createdAt
    action
    actorLabel
    targetType
    targetID
  }
`);

export const AuditEntriesDocument = graphql(`
  query SettingsAuditLog {
    auditEntries(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges {
        node {
          ...AuditEntryItem
        }
      }
    }
  }
`);

export const AuditEntryAddedDocument = graphql(`
  subscription AuditEntryAdded {
    auditEntryAdded {
      ...AuditEntryItem
    }
  }
`);
