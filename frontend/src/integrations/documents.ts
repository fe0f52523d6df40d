import { graphql } from "../gql";

graphql(`
  fragment IroncladConnectionItem on Connection {
    id
    name
    environment
    baseURL
    status
    scopes
    integrationUserEmail
    integrationUserName
    companyName
    webhookStatus
    lastError
    lastErrorCode
    missingScopes
    lastVerifiedAt
    updatedAt
  }
`);

graphql(`
  fragment SyncedWorkflowItem on IroncladWorkflow {
    id
    templateID
    name
    commentSync
    lastSyncedAt
    drift
    driftSummary
    fieldCount
    needsReviewCount
    mappingCount
    activeRequestCount
    connection {
      id
      name
    }
  }
`);

graphql(`
  fragment IroncladFieldItem on IroncladField {
    id
    key
    label
    description
    type
    elementType
    required
    options
    freeTextAllowed
    kind
    answerOptions
    defaultValue
    position
    removed
    reviewState
    reviewNote
    reviewedAt
    reviewIssues {
      reason
      message
    }
    showWhen {
      fieldKey
      operator
      values
    }
  }
`);

export const IroncladOverviewDocument = graphql(`
  query IroncladOverview {
    connections {
      ...IroncladConnectionItem
    }
    ironcladWorkflows {
      ...SyncedWorkflowItem
    }
  }
`);

export const IroncladCardStatusDocument = graphql(`
  query IroncladCardStatus {
    connections {
      id
      status
    }
  }
`);

export const IroncladEnvironmentsDocument = graphql(`
  query IroncladEnvironments {
    ironcladEnvironments {
      environment
      name
      baseURL
      preselected
      clientPreconfigured
    }
  }
`);

export const ConnectionUpdatedDocument = graphql(`
  subscription IroncladConnectionUpdated {
    connectionUpdated {
      ...IroncladConnectionItem
    }
  }
`);

export const CreateConnectionDocument = graphql(`
  mutation CreateIroncladConnection($input: CreateConnectionInput!) {
    createConnection(input: $input) {
      ...IroncladConnectionItem
    }
  }
`);

export const ConnectIroncladDocument = graphql(`
  mutation ConnectIronclad($id: ID!) {
    connectIronclad(id: $id) {
      authorizationURL
      connection {
        id
      }
    }
  }
`);

export const DisconnectIroncladDocument = graphql(`
  mutation DisconnectIronclad($id: ID!) {
    disconnectIronclad(id: $id) {
      ...IroncladConnectionItem
    }
  }
`);

export const TestConnectionDocument = graphql(`
  mutation TestIroncladConnection($id: ID!) {
    testConnection(id: $id) {
      ...IroncladConnectionItem
    }
  }
`);

export const DeleteConnectionDocument = graphql(`
  mutation DeleteIroncladConnection($id: ID!) {
    deleteConnection(id: $id)
  }
`);

export const ImportFormsDocument = graphql(`
  query ImportForms($connectionID: ID!) {
    node(id: $connectionID) {
      ... on Connection {
        ...IroncladConnectionItem
      }
    }
    ironcladTemplates(connectionID: $connectionID) {
      templateID
      name
      fieldCount
      imported
      ironcladWorkflow {
        id
        name
        needsReviewCount
        lastSyncedAt
      }
    }
  }
`);

graphql(`
  fragment ImportProgressItem on ImportProgress {
    importID
    templateID
    name
    state
    error
    interrupted
    ironcladWorkflow {
      id
      name
      fieldCount
      needsReviewCount
      lastSyncedAt
    }
  }
`);

export const ImportProgressDocument = graphql(`
  subscription ImportProgress($connectionID: ID!) {
    importProgress(connectionID: $connectionID) {
      ...ImportProgressItem
    }
  }
`);

/** The latest import as the server's jobs record it: where it stands after a reload or a restart. */
export const ImportStatusDocument = graphql(`
  query ImportStatus($connectionID: ID!) {
    importStatus(connectionID: $connectionID) {
      ...ImportProgressItem
    }
  }
`);

export const ImportWorkflowsDocument = graphql(`
  mutation ImportIroncladWorkflows($input: ImportIroncladWorkflowsInput!) {
    importIroncladWorkflows(input: $input) {
      importID
      items {
        ...ImportProgressItem
      }
    }
  }
`);

export const WorkflowFieldsDocument = graphql(`
  query IroncladWorkflowFields($id: ID!) {
    node(id: $id) {
      ... on IroncladWorkflow {
        ...SyncedWorkflowItem
        fields {
          ...IroncladFieldItem
        }
      }
    }
  }
`);

export const UpdateFieldDocument = graphql(`
  mutation UpdateIroncladField($id: ID!, $input: UpdateIroncladFieldInput!) {
    updateIroncladField(id: $id, input: $input) {
      ...IroncladFieldItem
      ironcladWorkflow {
        id
        needsReviewCount
      }
    }
  }
`);

export const UpdateWorkflowDocument = graphql(`
  mutation UpdateIroncladWorkflow($id: ID!, $input: UpdateIroncladWorkflowInput!) {
    updateIroncladWorkflow(id: $id, input: $input) {
      ...SyncedWorkflowItem
    }
  }
`);

export const ResyncWorkflowDocument = graphql(`
  mutation ResyncIroncladWorkflow($id: ID!) {
    resyncIroncladWorkflow(id: $id) {
      diffID
      templateID
      name
      republished
      matchScore
      missing
      unchanged
      affectedMappingCount
      changes {
        kind
        key
        label
        before
        after
        affectedMappingCount
      }
      ironcladWorkflow {
        id
        templateID
        name
      }
    }
  }
`);

export const AcceptDiffDocument = graphql(`
  mutation AcceptIroncladWorkflowDiff($input: AcceptIroncladWorkflowDiffInput!) {
    acceptIroncladWorkflowDiff(input: $input) {
      ...SyncedWorkflowItem
      fields {
        ...IroncladFieldItem
      }
    }
  }
`);

export const RemoveWorkflowDocument = graphql(`
  mutation RemoveIroncladWorkflow($id: ID!, $confirm: Boolean) {
    removeIroncladWorkflow(id: $id, confirm: $confirm) {
      removedID
      removedMappingCount
    }
  }
`);
