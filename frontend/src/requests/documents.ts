import { graphql } from "../gql";

graphql(`
  fragment RequestTaskFields on Task {
    id
    name
    type
    action
    status
    position
    detail
    error
    note
    attempts
    updatedAt
    startedAt
    completedAt
    canAct
    canRetry
    completedBy {
      id
      name
    }
    linkedWorkflow {
      id
      updatedAt
      readableID
      url
      step
      status
      packetStatus
      approvals {
        role
        name
        status
        changedAt
      }
      signers {
        name
        email
        status
        changedAt
      }
    }
  }
`);

graphql(`
  fragment RequestListItem on Request {
    id
    title
    status
    createdAt
    updatedAt
    submittedAt
    requester {
      id
      name
      email
    }
    requestForm {
      id
      name
    }
    tasks(first: 100, orderBy: { field: POSITION, direction: ASC }) {
      edges {
        node {
          id
          name
          status
          position
          updatedAt
          request {
            id
          }
        }
      }
    }
    linkedWorkflows {
      id
      readableID
      url
    }
  }
`);

export const RequestsDocument = graphql(`
  query Requests {
    requests(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges {
        node {
          ...RequestListItem
        }
      }
    }
  }
`);

export const RequestsUpdatedDocument = graphql(`
  subscription RequestsUpdated {
    requestUpdated {
      ...RequestListItem
    }
  }
`);

export const RequestsTaskUpdatedDocument = graphql(`
  subscription RequestsTaskUpdated {
    taskUpdated {
      id
      name
      status
      position
      updatedAt
      request {
        id
      }
    }
  }
`);

export const OpenFormsDocument = graphql(`
  query OpenForms {
    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }, where: { archived: false }) {
      edges {
        node {
          id
          name
          description
          activeWorkflow {
            id
            name
          }
        }
      }
    }
  }
`);

export const SubmitRequestDocument = graphql(`
  mutation SubmitRequest($input: SubmitRequestInput!) {
    submitRequest(input: $input) {
      id
    }
  }
`);

graphql(`
  fragment RequestDetail on Request {
    id
    title
    status
    createdAt
    updatedAt
    submittedAt
    formVersion
    canWithdraw
    requester {
      id
      name
      email
    }
    requestForm {
      id
      name
    }
    workflow {
      id
      name
    }
    answers {
      id
      questionKey
      questionLabel
      questionType
      value
      question {
        id
        position
        page {
          id
          position
        }
      }
    }
    tasks(first: 100, orderBy: { field: POSITION, direction: ASC }) {
      edges {
        node {
          ...RequestTaskFields
        }
      }
    }
    timeline {
      at
      kind
      text
      task {
        id
        name
      }
    }
  }
`);

export const RequestDocument = graphql(`
  query Request($id: ID!) {
    node(id: $id) {
      ... on Request {
        ...RequestDetail
      }
    }
  }
`);

export const RequestLedgerDocument = graphql(`
  query RequestLedger($id: ID!) {
    node(id: $id) {
      ... on Request {
        id
        syncEvents(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {
          edges {
            node {
              id
              createdAt
              updatedAt
              direction
              kind
              status
              summary
              attempts
              error
              httpStatus
            }
          }
        }
      }
    }
  }
`);

export const RequestUpdatedDocument = graphql(`
  subscription RequestUpdated($id: ID!) {
    requestUpdated(id: $id) {
      id
      status
      updatedAt
      canWithdraw
    }
  }
`);

export const TaskUpdatedDocument = graphql(`
  subscription TaskUpdated($requestID: ID!) {
    taskUpdated(requestID: $requestID) {
      ...RequestTaskFields
    }
  }
`);

export const WithdrawRequestDocument = graphql(`
  mutation WithdrawRequest($id: ID!) {
    withdrawRequest(id: $id) {
      id
      status
      updatedAt
      canWithdraw
    }
  }
`);

export const CompleteTaskDocument = graphql(`
  mutation CompleteTask($id: ID!, $note: String) {
    completeTask(id: $id, note: $note) {
      ...RequestTaskFields
    }
  }
`);

export const DecideApprovalDocument = graphql(`
  mutation DecideApproval($id: ID!, $decision: ApprovalDecision!, $note: String) {
    decideApproval(id: $id, decision: $decision, note: $note) {
      ...RequestTaskFields
    }
  }
`);

export const RetryTaskDocument = graphql(`
  mutation RetryTask($id: ID!) {
    retryTask(id: $id) {
      ...RequestTaskFields
    }
  }
`);
