import { graphql } from "../gql";

graphql(`
  fragment ReadinessFields on WorkflowReadiness {
    ready
    issues {
      severity
      message
      taskDefinition {
        id
      }
      requestForm {
        id
        name
      }
    }
  }
`);

graphql(`
  fragment WorkflowDetail on Workflow {
    id
    name
    description
    active
    updatedAt
    requestForms {
      id
      name
    }
    taskDefinitions {
      id
      name
      type
      action
      position
      assigneeRole
      assignee {
        id
        name
        email
      }
      ironcladWorkflow {
        id
        name
      }
      launch {
        id
      }
    }
    readiness {
      ...ReadinessFields
    }
  }
`);

export const WorkflowsDocument = graphql(`
  query Workflows {
    workflows {
      ...WorkflowDetail
    }
  }
`);

export const WorkflowDocument = graphql(`
  query Workflow($id: ID!) {
    node(id: $id) {
      ... on Workflow {
        ...WorkflowDetail
      }
    }
  }
`);

/** What the builder offers: forms (and which workflow each runs), imported Ironclad workflows, saved mappings. */
export const WorkflowChoicesDocument = graphql(`
  query WorkflowChoices {
    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          archived
          workflow {
            id
            name
            active
          }
        }
      }
    }
    ironcladWorkflows {
      id
      name
      drift
    }
    mappings {
      id
      affectedByDrift
      ironcladWorkflow {
        id
      }
      requestForm {
        id
      }
    }
  }
`);

/** Admins only: the people a manual task or an approval can be assigned to. */
export const AssigneeUsersDocument = graphql(`
  query AssigneeUsers {
    users(first: 500, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          email
          disabled
        }
      }
    }
  }
`);

export const CreateWorkflowDocument = graphql(`
  mutation CreateWorkflow($input: CreateWorkflowInput!) {
    createWorkflow(input: $input) {
      ...WorkflowDetail
    }
  }
`);

export const UpdateWorkflowDocument = graphql(`
  mutation UpdateWorkflow($id: ID!, $input: UpdateWorkflowInput!) {
    updateWorkflow(id: $id, input: $input) {
      ...WorkflowDetail
    }
  }
`);

export const ArchiveWorkflowDocument = graphql(`
  mutation ArchiveWorkflow($id: ID!) {
    archiveWorkflow(id: $id) {
      id
      active
      requestForms {
        id
      }
    }
  }
`);
