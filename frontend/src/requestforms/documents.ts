import { graphql } from "../gql";

graphql(`
  fragment FormQuestionFields on FormQuestion {
    id
    key
    label
    helpText
    type
    required
    options
    position
    sourceFieldKey
    showWhen {
      questionKey
      operator
      values
      text
      question {
        id
      }
    }
  }
`);

graphql(`
  fragment RequestFormDetail on RequestForm {
    id
    name
    description
    version
    archived
    updatedAt
    pages {
      id
      title
      position
      questions {
        ...FormQuestionFields
      }
    }
    mappings {
      id
      version
      current
      createdAt
      ironcladWorkflow {
        id
        name
      }
    }
  }
`);

export const RequestFormsDocument = graphql(`
  query RequestForms {
    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          name
          description
          version
          archived
          updatedAt
          pages {
            id
            questions {
              id
            }
          }
          mappings {
            id
            current
            ironcladWorkflow {
              id
              name
            }
          }
          workflow {
            id
            name
            active
          }
        }
      }
    }
  }
`);

export const RequestFormDocument = graphql(`
  query RequestForm($id: ID!) {
    node(id: $id) {
      ... on RequestForm {
        ...RequestFormDetail
      }
    }
  }
`);

export const RequestFormPreviewDocument = graphql(`
  query RequestFormPreview($id: ID!) {
    requestFormPreview(id: $id) {
      version
      form {
        id
        name
        description
      }
      pages {
        page {
          id
          title
        }
        questions {
          conditionText
          question {
            ...FormQuestionFields
          }
        }
      }
    }
  }
`);

export const CreateRequestFormDocument = graphql(`
  mutation CreateRequestForm($input: CreateRequestFormInput!) {
    createRequestForm(input: $input) {
      id
      name
    }
  }
`);

export const UpdateRequestFormDocument = graphql(`
  mutation UpdateRequestForm($id: ID!, $input: UpdateRequestFormInput!) {
    updateRequestForm(id: $id, input: $input) {
      id
      name
      description
      version
      archived
    }
  }
`);

export const DeleteRequestFormDocument = graphql(`
  mutation DeleteRequestForm($id: ID!) {
    deleteRequestForm(id: $id)
  }
`);

export const AddFormPageDocument = graphql(`
  mutation AddFormPage($formId: ID!, $title: String!, $position: Int) {
    addFormPage(formID: $formId, title: $title, position: $position) {
      id
      title
      position
    }
  }
`);

export const RenameFormPageDocument = graphql(`
  mutation RenameFormPage($id: ID!, $title: String!) {
    renameFormPage(id: $id, title: $title) {
      id
      title
    }
  }
`);

export const MoveFormPageDocument = graphql(`
  mutation MoveFormPage($id: ID!, $position: Int!) {
    moveFormPage(id: $id, position: $position) {
      id
      position
    }
  }
`);

export const DeleteFormPageDocument = graphql(`
  mutation DeleteFormPage($id: ID!, $moveQuestionsTo: ID) {
    deleteFormPage(id: $id, moveQuestionsTo: $moveQuestionsTo)
  }
`);

export const AddFormQuestionDocument = graphql(`
  mutation AddFormQuestion($pageID: ID!, $input: FormQuestionInput!, $position: Int) {
    addFormQuestion(pageID: $pageID, input: $input, position: $position) {
      ...FormQuestionFields
    }
  }
`);

export const UpdateFormQuestionDocument = graphql(`
  mutation UpdateFormQuestion($id: ID!, $input: UpdateFormQuestionInput!) {
    updateFormQuestion(id: $id, input: $input) {
      ...FormQuestionFields
    }
  }
`);

export const MoveFormQuestionDocument = graphql(`
  mutation MoveFormQuestion($id: ID!, $pageID: ID!, $position: Int!) {
    moveFormQuestion(id: $id, pageID: $pageID, position: $position) {
      id
      position
    }
  }
`);

export const DeleteFormQuestionDocument = graphql(`
  mutation DeleteFormQuestion($id: ID!) {
    deleteFormQuestion(id: $id)
  }
`);
