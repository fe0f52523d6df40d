import { graphql } from "../gql";

graphql(`
  fragment MappingIssueFields on MappingIssue {
    severity
    code
    message
    fieldKey
    questionID
    path
  }
`);

graphql(`
  fragment FieldCheckFields on FieldCheck {
    field {
      id
      key
      label
    }
    kind
    status
    compatibility
    transform
    fixedValue
    optionMap {
      option
      value
    }
    question {
      id
      key
      label
    }
    issues {
      ...MappingIssueFields
    }
  }
`);

graphql(`
  fragment MappingDraftFields on FieldMappingDraft {
    fieldKey
    source
    questionID
    fixedValue
    optionMap {
      option
      value
    }
  }
`);

graphql(`
  fragment MappingCheckFields on MappingCheck {
    ok
    fields {
      ...FieldCheckFields
    }
    duplicates {
      question {
        id
        key
        label
      }
      field {
        id
        key
        label
      }
      score
      reason
      resolution {
        ...MappingDraftFields
      }
    }
    issues {
      ...MappingIssueFields
    }
    summary {
      mapped {
        ...FieldCheckFields
      }
      skipped {
        ...FieldCheckFields
      }
      fixedValues {
        ...FieldCheckFields
      }
      addedQuestions {
        id
        key
        label
        page {
          id
          title
        }
      }
      warnings {
        ...MappingIssueFields
      }
      errors {
        ...MappingIssueFields
      }
    }
    requestorEmail {
      state
      message
      field {
        key
        label
      }
    }
  }
`);

export const MappingChoicesDocument = graphql(`
  query MappingChoices {
    ironcladWorkflows {
      id
      name
      fieldCount
      needsReviewCount
      mappingCount
      lastSyncedAt
      connection {
        id
        name
      }
    }
    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          archived
          version
        }
      }
    }
    mappings {
      id
      version
      createdAt
      ironcladWorkflow {
        id
        name
      }
      requestForm {
        id
        name
      }
    }
  }
`);

export const MappingEditorDocument = graphql(`
  query MappingEditor($workflowId: ID!, $formId: ID!) {
    mappingEditor(ironcladWorkflowID: $workflowId, requestFormID: $formId) {
      ironcladWorkflow {
        id
        name
        connection {
          id
          name
        }
      }
      requestForm {
        id
        name
        version
        pages {
          id
          title
          position
          questions {
            id
            key
            label
            type
            required
            options
            position
          }
        }
      }
      current {
        id
        version
        createdAt
        formVersion
      }
      fields {
        field {
          id
          key
          label
          description
          type
          elementType
          required
          reviewState
          reviewIssues {
            reason
            message
          }
          options
          freeTextAllowed
          defaultValue
          removed
          position
          showWhen {
            fieldKey
            operator
            values
          }
        }
        kind
        suggestions {
          question {
            id
          }
          score
          compatibility
          reason
        }
        compatibleQuestions {
          id
        }
        addQuestionType
      }
      draft {
        ...MappingDraftFields
      }
      check {
        ...MappingCheckFields
      }
    }
    compatibilityRules {
      questionType
      fieldKind
      result
      reason
    }
  }
`);

export const CheckMappingDocument = graphql(`
  query CheckMapping($input: MappingInput!) {
    checkMapping(input: $input) {
      ...MappingCheckFields
    }
  }
`);

export const SaveMappingDocument = graphql(`
  mutation SaveMapping($input: MappingInput!) {
    saveMapping(input: $input) {
      mapping {
        id
        version
        createdAt
        formVersion
      }
      check {
        ...MappingCheckFields
      }
    }
  }
`);

export const AddQuestionFromFieldDocument = graphql(`
  mutation AddQuestionFromField($input: AddQuestionFromFieldInput!) {
    addQuestionFromField(input: $input) {
      question {
        id
        key
        label
        page {
          id
          title
        }
      }
      pair {
        ...MappingDraftFields
      }
      warnings
    }
  }
`);

export const ImportMappingDocument = graphql(`
  mutation ImportMapping($input: ImportMappingInput!) {
    importMapping(input: $input) {
      mapping {
        id
        version
      }
      check {
        ...MappingCheckFields
      }
      draft {
        ...MappingDraftFields
      }
    }
  }
`);

export const MappingVersionsDocument = graphql(`
  query MappingVersions($workflowId: ID!, $formId: ID!) {
    mappingVersions(ironcladWorkflowID: $workflowId, requestFormID: $formId) {
      id
      version
      current
      createdAt
      formVersion
      affectedByDrift
      createdBy {
        id
        name
      }
      exportJSON
      fieldMappings {
        id
        fieldKey
        source
        questionKey
        questionLabel
        value
        options {
          option
          value
        }
        field {
          id
          label
        }
      }
    }
  }
`);
