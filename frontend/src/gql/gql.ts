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
    "\n  query Dashboard($stuckAfterDays: Int!) {\n    dashboard(stuckAfterDays: $stuckAfterDays) {\n      requestsByStatus {\n        key\n        count\n      }\n      tasksByStatus {\n        key\n        count\n      }\n      tasksByType {\n        key\n        count\n      }\n      ironcladWorkflowsByStep {\n        key\n        count\n      }\n      stuckRequests {\n        id\n        title\n        status\n        updatedAt\n        requester {\n          id\n          name\n          email\n        }\n      }\n      failedTasks {\n        id\n        name\n        error\n        updatedAt\n        request {\n          id\n          title\n        }\n      }\n      recentActivity {\n        at\n        kind\n        text\n        task {\n          id\n          request {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  subscription DashboardRequestUpdated {\n    requestUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.DashboardRequestUpdatedDocument,
    "\n  subscription DashboardTaskUpdated {\n    taskUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.DashboardTaskUpdatedDocument,
    "\n  fragment IroncladConnectionItem on Connection {\n    id\n    name\n    environment\n    baseURL\n    status\n    scopes\n    integrationUserEmail\n    integrationUserName\n    companyName\n    webhookStatus\n    lastError\n    lastErrorCode\n    missingScopes\n    lastVerifiedAt\n    updatedAt\n  }\n": typeof types.IroncladConnectionItemFragmentDoc,
    "\n  fragment SyncedWorkflowItem on IroncladWorkflow {\n    id\n    templateID\n    name\n    commentSync\n    lastSyncedAt\n    drift\n    driftSummary\n    fieldCount\n    needsReviewCount\n    mappingCount\n    activeRequestCount\n    connection {\n      id\n      name\n    }\n  }\n": typeof types.SyncedWorkflowItemFragmentDoc,
    "\n  fragment IroncladFieldItem on IroncladField {\n    id\n    key\n    label\n    description\n    type\n    elementType\n    required\n    options\n    freeTextAllowed\n    kind\n    answerOptions\n    defaultValue\n    position\n    removed\n    reviewState\n    reviewNote\n    reviewedAt\n    reviewIssues {\n      reason\n      message\n    }\n    showWhen {\n      fieldKey\n      operator\n      values\n    }\n  }\n": typeof types.IroncladFieldItemFragmentDoc,
    "\n  query IroncladOverview {\n    connections {\n      ...IroncladConnectionItem\n    }\n    ironcladWorkflows {\n      ...SyncedWorkflowItem\n    }\n  }\n": typeof types.IroncladOverviewDocument,
    "\n  query IroncladCardStatus {\n    connections {\n      id\n      status\n    }\n  }\n": typeof types.IroncladCardStatusDocument,
    "\n  query IroncladEnvironments {\n    ironcladEnvironments {\n      environment\n      name\n      baseURL\n      preselected\n      clientPreconfigured\n    }\n  }\n": typeof types.IroncladEnvironmentsDocument,
    "\n  subscription IroncladConnectionUpdated {\n    connectionUpdated {\n      ...IroncladConnectionItem\n    }\n  }\n": typeof types.IroncladConnectionUpdatedDocument,
    "\n  mutation CreateIroncladConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      ...IroncladConnectionItem\n    }\n  }\n": typeof types.CreateIroncladConnectionDocument,
    "\n  mutation ConnectIronclad($id: ID!) {\n    connectIronclad(id: $id) {\n      authorizationURL\n      connection {\n        id\n      }\n    }\n  }\n": typeof types.ConnectIroncladDocument,
    "\n  mutation DisconnectIronclad($id: ID!) {\n    disconnectIronclad(id: $id) {\n      ...IroncladConnectionItem\n    }\n  }\n": typeof types.DisconnectIroncladDocument,
    "\n  mutation TestIroncladConnection($id: ID!) {\n    testConnection(id: $id) {\n      ...IroncladConnectionItem\n    }\n  }\n": typeof types.TestIroncladConnectionDocument,
    "\n  mutation DeleteIroncladConnection($id: ID!) {\n    deleteConnection(id: $id)\n  }\n": typeof types.DeleteIroncladConnectionDocument,
    "\n  query ImportForms($connectionID: ID!) {\n    node(id: $connectionID) {\n      ... on Connection {\n        ...IroncladConnectionItem\n      }\n    }\n    ironcladTemplates(connectionID: $connectionID) {\n      templateID\n      name\n      fieldCount\n      imported\n      ironcladWorkflow {\n        id\n        name\n        needsReviewCount\n        lastSyncedAt\n      }\n    }\n  }\n": typeof types.ImportFormsDocument,
    "\n  fragment ImportProgressItem on ImportProgress {\n    importID\n    templateID\n    name\n    state\n    error\n    interrupted\n    ironcladWorkflow {\n      id\n      name\n      fieldCount\n      needsReviewCount\n      lastSyncedAt\n    }\n  }\n": typeof types.ImportProgressItemFragmentDoc,
    "\n  subscription ImportProgress($connectionID: ID!) {\n    importProgress(connectionID: $connectionID) {\n      ...ImportProgressItem\n    }\n  }\n": typeof types.ImportProgressDocument,
    "\n  query ImportStatus($connectionID: ID!) {\n    importStatus(connectionID: $connectionID) {\n      ...ImportProgressItem\n    }\n  }\n": typeof types.ImportStatusDocument,
    "\n  mutation ImportIroncladWorkflows($input: ImportIroncladWorkflowsInput!) {\n    importIroncladWorkflows(input: $input) {\n      importID\n      items {\n        ...ImportProgressItem\n      }\n    }\n  }\n": typeof types.ImportIroncladWorkflowsDocument,
    "\n  query IroncladWorkflowFields($id: ID!) {\n    node(id: $id) {\n      ... on IroncladWorkflow {\n        ...SyncedWorkflowItem\n        fields {\n          ...IroncladFieldItem\n        }\n      }\n    }\n  }\n": typeof types.IroncladWorkflowFieldsDocument,
    "\n  mutation UpdateIroncladField($id: ID!, $input: UpdateIroncladFieldInput!) {\n    updateIroncladField(id: $id, input: $input) {\n      ...IroncladFieldItem\n      ironcladWorkflow {\n        id\n        needsReviewCount\n      }\n    }\n  }\n": typeof types.UpdateIroncladFieldDocument,
    "\n  mutation UpdateIroncladWorkflow($id: ID!, $input: UpdateIroncladWorkflowInput!) {\n    updateIroncladWorkflow(id: $id, input: $input) {\n      ...SyncedWorkflowItem\n    }\n  }\n": typeof types.UpdateIroncladWorkflowDocument,
    "\n  mutation ResyncIroncladWorkflow($id: ID!) {\n    resyncIroncladWorkflow(id: $id) {\n      diffID\n      templateID\n      name\n      republished\n      matchScore\n      missing\n      unchanged\n      affectedMappingCount\n      changes {\n        kind\n        key\n        label\n        before\n        after\n        affectedMappingCount\n      }\n      ironcladWorkflow {\n        id\n        templateID\n        name\n      }\n    }\n  }\n": typeof types.ResyncIroncladWorkflowDocument,
    "\n  mutation AcceptIroncladWorkflowDiff($input: AcceptIroncladWorkflowDiffInput!) {\n    acceptIroncladWorkflowDiff(input: $input) {\n      ...SyncedWorkflowItem\n      fields {\n        ...IroncladFieldItem\n      }\n    }\n  }\n": typeof types.AcceptIroncladWorkflowDiffDocument,
    "\n  mutation RemoveIroncladWorkflow($id: ID!, $confirm: Boolean) {\n    removeIroncladWorkflow(id: $id, confirm: $confirm) {\n      removedID\n      removedMappingCount\n    }\n  }\n": typeof types.RemoveIroncladWorkflowDocument,
    "\n  fragment MappingIssueFields on MappingIssue {\n    severity\n    code\n    message\n    fieldKey\n    questionID\n    path\n  }\n": typeof types.MappingIssueFieldsFragmentDoc,
    "\n  fragment FieldCheckFields on FieldCheck {\n    field {\n      id\n      key\n      label\n    }\n    kind\n    status\n    compatibility\n    transform\n    fixedValue\n    optionMap {\n      option\n      value\n    }\n    question {\n      id\n      key\n      label\n    }\n    issues {\n      ...MappingIssueFields\n    }\n  }\n": typeof types.FieldCheckFieldsFragmentDoc,
    "\n  fragment MappingDraftFields on FieldMappingDraft {\n    fieldKey\n    source\n    questionID\n    fixedValue\n    optionMap {\n      option\n      value\n    }\n  }\n": typeof types.MappingDraftFieldsFragmentDoc,
    "\n  fragment MappingCheckFields on MappingCheck {\n    ok\n    fields {\n      ...FieldCheckFields\n    }\n    duplicates {\n      question {\n        id\n        key\n        label\n      }\n      field {\n        id\n        key\n        label\n      }\n      score\n      reason\n      resolution {\n        ...MappingDraftFields\n      }\n    }\n    issues {\n      ...MappingIssueFields\n    }\n    summary {\n      mapped {\n        ...FieldCheckFields\n      }\n      skipped {\n        ...FieldCheckFields\n      }\n      fixedValues {\n        ...FieldCheckFields\n      }\n      addedQuestions {\n        id\n        key\n        label\n        page {\n          id\n          title\n        }\n      }\n      warnings {\n        ...MappingIssueFields\n      }\n      errors {\n        ...MappingIssueFields\n      }\n    }\n    requestorEmail {\n      state\n      message\n      field {\n        key\n        label\n      }\n    }\n  }\n": typeof types.MappingCheckFieldsFragmentDoc,
    "\n  query MappingChoices {\n    ironcladWorkflows {\n      id\n      name\n      fieldCount\n      needsReviewCount\n      mappingCount\n      lastSyncedAt\n      connection {\n        id\n        name\n      }\n    }\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          archived\n          version\n        }\n      }\n    }\n    mappings {\n      id\n      version\n      createdAt\n      ironcladWorkflow {\n        id\n        name\n      }\n      requestForm {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MappingChoicesDocument,
    "\n  query MappingEditor($workflowId: ID!, $formId: ID!) {\n    mappingEditor(ironcladWorkflowID: $workflowId, requestFormID: $formId) {\n      ironcladWorkflow {\n        id\n        name\n        connection {\n          id\n          name\n        }\n      }\n      requestForm {\n        id\n        name\n        version\n        pages {\n          id\n          title\n          position\n          questions {\n            id\n            key\n            label\n            type\n            required\n            options\n            position\n          }\n        }\n      }\n      current {\n        id\n        version\n        createdAt\n        formVersion\n      }\n      fields {\n        field {\n          id\n          key\n          label\n          description\n          type\n          elementType\n          required\n          reviewState\n          reviewIssues {\n            reason\n            message\n          }\n          options\n          freeTextAllowed\n          defaultValue\n          removed\n          position\n          showWhen {\n            fieldKey\n            operator\n            values\n          }\n        }\n        kind\n        suggestions {\n          question {\n            id\n          }\n          score\n          compatibility\n          reason\n        }\n        compatibleQuestions {\n          id\n        }\n        addQuestionType\n      }\n      draft {\n        ...MappingDraftFields\n      }\n      check {\n        ...MappingCheckFields\n      }\n    }\n    compatibilityRules {\n      questionType\n      fieldKind\n      result\n      reason\n    }\n  }\n": typeof types.MappingEditorDocument,
    "\n  query CheckMapping($input: MappingInput!) {\n    checkMapping(input: $input) {\n      ...MappingCheckFields\n    }\n  }\n": typeof types.CheckMappingDocument,
    "\n  mutation SaveMapping($input: MappingInput!) {\n    saveMapping(input: $input) {\n      mapping {\n        id\n        version\n        createdAt\n        formVersion\n      }\n      check {\n        ...MappingCheckFields\n      }\n    }\n  }\n": typeof types.SaveMappingDocument,
    "\n  mutation AddQuestionFromField($input: AddQuestionFromFieldInput!) {\n    addQuestionFromField(input: $input) {\n      question {\n        id\n        key\n        label\n        page {\n          id\n          title\n        }\n      }\n      pair {\n        ...MappingDraftFields\n      }\n      warnings\n    }\n  }\n": typeof types.AddQuestionFromFieldDocument,
    "\n  mutation ImportMapping($input: ImportMappingInput!) {\n    importMapping(input: $input) {\n      mapping {\n        id\n        version\n      }\n      check {\n        ...MappingCheckFields\n      }\n      draft {\n        ...MappingDraftFields\n      }\n    }\n  }\n": typeof types.ImportMappingDocument,
    "\n  query MappingVersions($workflowId: ID!, $formId: ID!) {\n    mappingVersions(ironcladWorkflowID: $workflowId, requestFormID: $formId) {\n      id\n      version\n      current\n      createdAt\n      formVersion\n      affectedByDrift\n      createdBy {\n        id\n        name\n      }\n      exportJSON\n      fieldMappings {\n        id\n        fieldKey\n        source\n        questionKey\n        questionLabel\n        value\n        options {\n          option\n          value\n        }\n        field {\n          id\n          label\n        }\n      }\n    }\n  }\n": typeof types.MappingVersionsDocument,
    "\n  query People {\n    users(first: 500, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  fragment FormQuestionFields on FormQuestion {\n    id\n    key\n    label\n    helpText\n    type\n    required\n    options\n    position\n    sourceFieldKey\n    showWhen {\n      questionKey\n      operator\n      values\n      text\n      question {\n        id\n      }\n    }\n  }\n": typeof types.FormQuestionFieldsFragmentDoc,
    "\n  fragment RequestFormDetail on RequestForm {\n    id\n    name\n    description\n    version\n    archived\n    updatedAt\n    pages {\n      id\n      title\n      position\n      questions {\n        ...FormQuestionFields\n      }\n    }\n    mappings {\n      id\n      version\n      current\n      createdAt\n      ironcladWorkflow {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RequestFormDetailFragmentDoc,
    "\n  query RequestForms {\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          version\n          archived\n          updatedAt\n          pages {\n            id\n            questions {\n              id\n            }\n          }\n          mappings {\n            id\n            current\n            ironcladWorkflow {\n              id\n              name\n            }\n          }\n          workflow {\n            id\n            name\n            active\n          }\n        }\n      }\n    }\n  }\n": typeof types.RequestFormsDocument,
    "\n  query RequestForm($id: ID!) {\n    node(id: $id) {\n      ... on RequestForm {\n        ...RequestFormDetail\n      }\n    }\n  }\n": typeof types.RequestFormDocument,
    "\n  query RequestFormPreview($id: ID!) {\n    requestFormPreview(id: $id) {\n      version\n      form {\n        id\n        name\n        description\n      }\n      pages {\n        page {\n          id\n          title\n        }\n        questions {\n          conditionText\n          question {\n            ...FormQuestionFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.RequestFormPreviewDocument,
    "\n  mutation CreateRequestForm($input: CreateRequestFormInput!) {\n    createRequestForm(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateRequestFormDocument,
    "\n  mutation UpdateRequestForm($id: ID!, $input: UpdateRequestFormInput!) {\n    updateRequestForm(id: $id, input: $input) {\n      id\n      name\n      description\n      version\n      archived\n    }\n  }\n": typeof types.UpdateRequestFormDocument,
    "\n  mutation DeleteRequestForm($id: ID!) {\n    deleteRequestForm(id: $id)\n  }\n": typeof types.DeleteRequestFormDocument,
    "\n  mutation AddFormPage($formId: ID!, $title: String!, $position: Int) {\n    addFormPage(formID: $formId, title: $title, position: $position) {\n      id\n      title\n      position\n    }\n  }\n": typeof types.AddFormPageDocument,
    "\n  mutation RenameFormPage($id: ID!, $title: String!) {\n    renameFormPage(id: $id, title: $title) {\n      id\n      title\n    }\n  }\n": typeof types.RenameFormPageDocument,
    "\n  mutation MoveFormPage($id: ID!, $position: Int!) {\n    moveFormPage(id: $id, position: $position) {\n      id\n      position\n    }\n  }\n": typeof types.MoveFormPageDocument,
    "\n  mutation DeleteFormPage($id: ID!, $moveQuestionsTo: ID) {\n    deleteFormPage(id: $id, moveQuestionsTo: $moveQuestionsTo)\n  }\n": typeof types.DeleteFormPageDocument,
    "\n  mutation AddFormQuestion($pageID: ID!, $input: FormQuestionInput!, $position: Int) {\n    addFormQuestion(pageID: $pageID, input: $input, position: $position) {\n      ...FormQuestionFields\n    }\n  }\n": typeof types.AddFormQuestionDocument,
    "\n  mutation UpdateFormQuestion($id: ID!, $input: UpdateFormQuestionInput!) {\n    updateFormQuestion(id: $id, input: $input) {\n      ...FormQuestionFields\n    }\n  }\n": typeof types.UpdateFormQuestionDocument,
    "\n  mutation MoveFormQuestion($id: ID!, $pageID: ID!, $position: Int!) {\n    moveFormQuestion(id: $id, pageID: $pageID, position: $position) {\n      id\n      position\n    }\n  }\n": typeof types.MoveFormQuestionDocument,
    "\n  mutation DeleteFormQuestion($id: ID!) {\n    deleteFormQuestion(id: $id)\n  }\n": typeof types.DeleteFormQuestionDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    origin\n    authorName\n    createdAt\n    editedAt\n    syncStatus\n    syncAction\n    syncError\n    canDelete\n    ironcladCopy\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query RequestComments($id: ID!) {\n    node(id: $id) {\n      ... on Request {\n        id\n        comments(first: 500, orderBy: { field: CREATED_AT, direction: ASC }) {\n          edges {\n            node {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RequestCommentsDocument,
    "\n  mutation AddComment($requestID: ID!, $body: String!) {\n    addComment(requestID: $requestID, body: $body) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation RetryComment($id: ID!) {\n    retryComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.RetryCommentDocument,
    "\n  subscription CommentChanged($requestID: ID!) {\n    commentChanged(requestID: $requestID) {\n      kind\n      commentID\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.CommentChangedDocument,
    "\n  query CommentIroncladCopy($id: ID!) {\n    node(id: $id) {\n      ... on Comment {\n        id\n        ironcladCopy\n      }\n    }\n  }\n": typeof types.CommentIroncladCopyDocument,
    "\n  fragment RequestTaskFields on Task {\n    id\n    name\n    type\n    action\n    status\n    position\n    detail\n    error\n    note\n    attempts\n    updatedAt\n    startedAt\n    completedAt\n    canAct\n    canRetry\n    completedBy {\n      id\n      name\n    }\n    linkedWorkflow {\n      id\n      updatedAt\n      readableID\n      url\n      step\n      status\n      packetStatus\n      approvals {\n        role\n        name\n        status\n        changedAt\n      }\n      signers {\n        name\n        email\n        status\n        changedAt\n      }\n    }\n  }\n": typeof types.RequestTaskFieldsFragmentDoc,
    "\n  fragment RequestListItem on Request {\n    id\n    title\n    status\n    createdAt\n    updatedAt\n    submittedAt\n    requester {\n      id\n      name\n      email\n    }\n    requestForm {\n      id\n      name\n    }\n    tasks(first: 100, orderBy: { field: POSITION, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          status\n          position\n          updatedAt\n          request {\n            id\n          }\n        }\n      }\n    }\n    linkedWorkflows {\n      id\n      readableID\n      url\n    }\n  }\n": typeof types.RequestListItemFragmentDoc,
    "\n  query Requests {\n    requests(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...RequestListItem\n        }\n      }\n    }\n  }\n": typeof types.RequestsDocument,
    "\n  subscription RequestsUpdated {\n    requestUpdated {\n      ...RequestListItem\n    }\n  }\n": typeof types.RequestsUpdatedDocument,
    "\n  subscription RequestsTaskUpdated {\n    taskUpdated {\n      id\n      name\n      status\n      position\n      updatedAt\n      request {\n        id\n      }\n    }\n  }\n": typeof types.RequestsTaskUpdatedDocument,
    "\n  query OpenForms {\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }, where: { archived: false }) {\n      edges {\n        node {\n          id\n          name\n          description\n          activeWorkflow {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpenFormsDocument,
    "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitRequestDocument,
    "\n  fragment RequestDetail on Request {\n    id\n    title\n    status\n    createdAt\n    updatedAt\n    submittedAt\n    formVersion\n    canWithdraw\n    requester {\n      id\n      name\n      email\n    }\n    requestForm {\n      id\n      name\n    }\n    workflow {\n      id\n      name\n    }\n    answers {\n      id\n      questionKey\n      questionLabel\n      questionType\n      value\n      question {\n        id\n        position\n        page {\n          id\n          position\n        }\n      }\n    }\n    tasks(first: 100, orderBy: { field: POSITION, direction: ASC }) {\n      edges {\n        node {\n          ...RequestTaskFields\n        }\n      }\n    }\n    timeline {\n      at\n      kind\n      text\n      task {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RequestDetailFragmentDoc,
    "\n  query Request($id: ID!) {\n    node(id: $id) {\n      ... on Request {\n        ...RequestDetail\n      }\n    }\n  }\n": typeof types.RequestDocument,
    "\n  query RequestLedger($id: ID!) {\n    node(id: $id) {\n      ... on Request {\n        id\n        syncEvents(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {\n          edges {\n            node {\n              id\n              createdAt\n              updatedAt\n              direction\n              kind\n              status\n              summary\n              attempts\n              error\n              httpStatus\n              canRetry\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RequestLedgerDocument,
    "\n  mutation RetrySyncEvent($id: ID!) {\n    retrySyncEvent(id: $id) {\n      id\n      status\n      attempts\n      canRetry\n    }\n  }\n": typeof types.RetrySyncEventDocument,
    "\n  subscription RequestUpdated($id: ID!) {\n    requestUpdated(id: $id) {\n      id\n      status\n      updatedAt\n      canWithdraw\n    }\n  }\n": typeof types.RequestUpdatedDocument,
    "\n  subscription TaskUpdated($requestID: ID!) {\n    taskUpdated(requestID: $requestID) {\n      ...RequestTaskFields\n    }\n  }\n": typeof types.TaskUpdatedDocument,
    "\n  mutation WithdrawRequest($id: ID!) {\n    withdrawRequest(id: $id) {\n      id\n      status\n      updatedAt\n      canWithdraw\n    }\n  }\n": typeof types.WithdrawRequestDocument,
    "\n  mutation CompleteTask($id: ID!, $note: String) {\n    completeTask(id: $id, note: $note) {\n      ...RequestTaskFields\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  mutation DecideApproval($id: ID!, $decision: ApprovalDecision!, $note: String) {\n    decideApproval(id: $id, decision: $decision, note: $note) {\n      ...RequestTaskFields\n    }\n  }\n": typeof types.DecideApprovalDocument,
    "\n  mutation RetryTask($id: ID!) {\n    retryTask(id: $id) {\n      ...RequestTaskFields\n    }\n  }\n": typeof types.RetryTaskDocument,
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
    "\n  fragment ReadinessFields on WorkflowReadiness {\n    ready\n    issues {\n      severity\n      message\n      taskDefinition {\n        id\n      }\n      requestForm {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReadinessFieldsFragmentDoc,
    "\n  fragment WorkflowDetail on Workflow {\n    id\n    name\n    description\n    active\n    updatedAt\n    requestForms {\n      id\n      name\n    }\n    taskDefinitions {\n      id\n      name\n      type\n      action\n      position\n      assigneeRole\n      assignee {\n        id\n        name\n        email\n      }\n      ironcladWorkflow {\n        id\n        name\n      }\n      launch {\n        id\n      }\n    }\n    readiness {\n      ...ReadinessFields\n    }\n  }\n": typeof types.WorkflowDetailFragmentDoc,
    "\n  query Workflows {\n    workflows {\n      ...WorkflowDetail\n    }\n  }\n": typeof types.WorkflowsDocument,
    "\n  query Workflow($id: ID!) {\n    node(id: $id) {\n      ... on Workflow {\n        ...WorkflowDetail\n      }\n    }\n  }\n": typeof types.WorkflowDocument,
    "\n  query WorkflowChoices {\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          archived\n          workflow {\n            id\n            name\n            active\n          }\n        }\n      }\n    }\n    ironcladWorkflows {\n      id\n      name\n      drift\n    }\n    mappings {\n      id\n      affectedByDrift\n      ironcladWorkflow {\n        id\n      }\n      requestForm {\n        id\n      }\n    }\n  }\n": typeof types.WorkflowChoicesDocument,
    "\n  query AssigneeUsers {\n    users(first: 500, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          email\n          disabled\n        }\n      }\n    }\n  }\n": typeof types.AssigneeUsersDocument,
    "\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) {\n      ...WorkflowDetail\n    }\n  }\n": typeof types.CreateWorkflowDocument,
    "\n  mutation UpdateWorkflow($id: ID!, $input: UpdateWorkflowInput!) {\n    updateWorkflow(id: $id, input: $input) {\n      ...WorkflowDetail\n    }\n  }\n": typeof types.UpdateWorkflowDocument,
    "\n  mutation ArchiveWorkflow($id: ID!) {\n    archiveWorkflow(id: $id) {\n      id\n      active\n      requestForms {\n        id\n      }\n    }\n  }\n": typeof types.ArchiveWorkflowDocument,
};
const documents: Documents = {
    "\n  query Dashboard($stuckAfterDays: Int!) {\n    dashboard(stuckAfterDays: $stuckAfterDays) {\n      requestsByStatus {\n        key\n        count\n      }\n      tasksByStatus {\n        key\n        count\n      }\n      tasksByType {\n        key\n        count\n      }\n      ironcladWorkflowsByStep {\n        key\n        count\n      }\n      stuckRequests {\n        id\n        title\n        status\n        updatedAt\n        requester {\n          id\n          name\n          email\n        }\n      }\n      failedTasks {\n        id\n        name\n        error\n        updatedAt\n        request {\n          id\n          title\n        }\n      }\n      recentActivity {\n        at\n        kind\n        text\n        task {\n          id\n          request {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  subscription DashboardRequestUpdated {\n    requestUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.DashboardRequestUpdatedDocument,
    "\n  subscription DashboardTaskUpdated {\n    taskUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.DashboardTaskUpdatedDocument,
    "\n  fragment IroncladConnectionItem on Connection {\n    id\n    name\n    environment\n    baseURL\n    status\n    scopes\n    integrationUserEmail\n    integrationUserName\n    companyName\n    webhookStatus\n    lastError\n    lastErrorCode\n    missingScopes\n    lastVerifiedAt\n    updatedAt\n  }\n": types.IroncladConnectionItemFragmentDoc,
    "\n  fragment SyncedWorkflowItem on IroncladWorkflow {\n    id\n    templateID\n    name\n    commentSync\n    lastSyncedAt\n    drift\n    driftSummary\n    fieldCount\n    needsReviewCount\n    mappingCount\n    activeRequestCount\n    connection {\n      id\n      name\n    }\n  }\n": types.SyncedWorkflowItemFragmentDoc,
    "\n  fragment IroncladFieldItem on IroncladField {\n    id\n    key\n    label\n    description\n    type\n    elementType\n    required\n    options\n    freeTextAllowed\n    kind\n    answerOptions\n    defaultValue\n    position\n    removed\n    reviewState\n    reviewNote\n    reviewedAt\n    reviewIssues {\n      reason\n      message\n    }\n    showWhen {\n      fieldKey\n      operator\n      values\n    }\n  }\n": types.IroncladFieldItemFragmentDoc,
    "\n  query IroncladOverview {\n    connections {\n      ...IroncladConnectionItem\n    }\n    ironcladWorkflows {\n      ...SyncedWorkflowItem\n    }\n  }\n": types.IroncladOverviewDocument,
    "\n  query IroncladCardStatus {\n    connections {\n      id\n      status\n    }\n  }\n": types.IroncladCardStatusDocument,
    "\n  query IroncladEnvironments {\n    ironcladEnvironments {\n      environment\n      name\n      baseURL\n      preselected\n      clientPreconfigured\n    }\n  }\n": types.IroncladEnvironmentsDocument,
    "\n  subscription IroncladConnectionUpdated {\n    connectionUpdated {\n      ...IroncladConnectionItem\n    }\n  }\n": types.IroncladConnectionUpdatedDocument,
    "\n  mutation CreateIroncladConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      ...IroncladConnectionItem\n    }\n  }\n": types.CreateIroncladConnectionDocument,
    "\n  mutation ConnectIronclad($id: ID!) {\n    connectIronclad(id: $id) {\n      authorizationURL\n      connection {\n        id\n      }\n    }\n  }\n": types.ConnectIroncladDocument,
    "\n  mutation DisconnectIronclad($id: ID!) {\n    disconnectIronclad(id: $id) {\n      ...IroncladConnectionItem\n    }\n  }\n": types.DisconnectIroncladDocument,
    "\n  mutation TestIroncladConnection($id: ID!) {\n    testConnection(id: $id) {\n      ...IroncladConnectionItem\n    }\n  }\n": types.TestIroncladConnectionDocument,
    "\n  mutation DeleteIroncladConnection($id: ID!) {\n    deleteConnection(id: $id)\n  }\n": types.DeleteIroncladConnectionDocument,
    "\n  query ImportForms($connectionID: ID!) {\n    node(id: $connectionID) {\n      ... on Connection {\n        ...IroncladConnectionItem\n      }\n    }\n    ironcladTemplates(connectionID: $connectionID) {\n      templateID\n      name\n      fieldCount\n      imported\n      ironcladWorkflow {\n        id\n        name\n        needsReviewCount\n        lastSyncedAt\n      }\n    }\n  }\n": types.ImportFormsDocument,
    "\n  fragment ImportProgressItem on ImportProgress {\n    importID\n    templateID\n    name\n    state\n    error\n    interrupted\n    ironcladWorkflow {\n      id\n      name\n      fieldCount\n      needsReviewCount\n      lastSyncedAt\n    }\n  }\n": types.ImportProgressItemFragmentDoc,
    "\n  subscription ImportProgress($connectionID: ID!) {\n    importProgress(connectionID: $connectionID) {\n      ...ImportProgressItem\n    }\n  }\n": types.ImportProgressDocument,
    "\n  query ImportStatus($connectionID: ID!) {\n    importStatus(connectionID: $connectionID) {\n      ...ImportProgressItem\n    }\n  }\n": types.ImportStatusDocument,
    "\n  mutation ImportIroncladWorkflows($input: ImportIroncladWorkflowsInput!) {\n    importIroncladWorkflows(input: $input) {\n      importID\n      items {\n        ...ImportProgressItem\n      }\n    }\n  }\n": types.ImportIroncladWorkflowsDocument,
    "\n  query IroncladWorkflowFields($id: ID!) {\n    node(id: $id) {\n      ... on IroncladWorkflow {\n        ...SyncedWorkflowItem\n        fields {\n          ...IroncladFieldItem\n        }\n      }\n    }\n  }\n": types.IroncladWorkflowFieldsDocument,
    "\n  mutation UpdateIroncladField($id: ID!, $input: UpdateIroncladFieldInput!) {\n    updateIroncladField(id: $id, input: $input) {\n      ...IroncladFieldItem\n      ironcladWorkflow {\n        id\n        needsReviewCount\n      }\n    }\n  }\n": types.UpdateIroncladFieldDocument,
    "\n  mutation UpdateIroncladWorkflow($id: ID!, $input: UpdateIroncladWorkflowInput!) {\n    updateIroncladWorkflow(id: $id, input: $input) {\n      ...SyncedWorkflowItem\n    }\n  }\n": types.UpdateIroncladWorkflowDocument,
    "\n  mutation ResyncIroncladWorkflow($id: ID!) {\n    resyncIroncladWorkflow(id: $id) {\n      diffID\n      templateID\n      name\n      republished\n      matchScore\n      missing\n      unchanged\n      affectedMappingCount\n      changes {\n        kind\n        key\n        label\n        before\n        after\n        affectedMappingCount\n      }\n      ironcladWorkflow {\n        id\n        templateID\n        name\n      }\n    }\n  }\n": types.ResyncIroncladWorkflowDocument,
    "\n  mutation AcceptIroncladWorkflowDiff($input: AcceptIroncladWorkflowDiffInput!) {\n    acceptIroncladWorkflowDiff(input: $input) {\n      ...SyncedWorkflowItem\n      fields {\n        ...IroncladFieldItem\n      }\n    }\n  }\n": types.AcceptIroncladWorkflowDiffDocument,
    "\n  mutation RemoveIroncladWorkflow($id: ID!, $confirm: Boolean) {\n    removeIroncladWorkflow(id: $id, confirm: $confirm) {\n      removedID\n      removedMappingCount\n    }\n  }\n": types.RemoveIroncladWorkflowDocument,
    "\n  fragment MappingIssueFields on MappingIssue {\n    severity\n    code\n    message\n    fieldKey\n    questionID\n    path\n  }\n": types.MappingIssueFieldsFragmentDoc,
    "\n  fragment FieldCheckFields on FieldCheck {\n    field {\n      id\n      key\n      label\n    }\n    kind\n    status\n    compatibility\n    transform\n    fixedValue\n    optionMap {\n      option\n      value\n    }\n    question {\n      id\n      key\n      label\n    }\n    issues {\n      ...MappingIssueFields\n    }\n  }\n": types.FieldCheckFieldsFragmentDoc,
    "\n  fragment MappingDraftFields on FieldMappingDraft {\n    fieldKey\n    source\n    questionID\n    fixedValue\n    optionMap {\n      option\n      value\n    }\n  }\n": types.MappingDraftFieldsFragmentDoc,
    "\n  fragment MappingCheckFields on MappingCheck {\n    ok\n    fields {\n      ...FieldCheckFields\n    }\n    duplicates {\n      question {\n        id\n        key\n        label\n      }\n      field {\n        id\n        key\n        label\n      }\n      score\n      reason\n      resolution {\n        ...MappingDraftFields\n      }\n    }\n    issues {\n      ...MappingIssueFields\n    }\n    summary {\n      mapped {\n        ...FieldCheckFields\n      }\n      skipped {\n        ...FieldCheckFields\n      }\n      fixedValues {\n        ...FieldCheckFields\n      }\n      addedQuestions {\n        id\n        key\n        label\n        page {\n          id\n          title\n        }\n      }\n      warnings {\n        ...MappingIssueFields\n      }\n      errors {\n        ...MappingIssueFields\n      }\n    }\n    requestorEmail {\n      state\n      message\n      field {\n        key\n        label\n      }\n    }\n  }\n": types.MappingCheckFieldsFragmentDoc,
    "\n  query MappingChoices {\n    ironcladWorkflows {\n      id\n      name\n      fieldCount\n      needsReviewCount\n      mappingCount\n      lastSyncedAt\n      connection {\n        id\n        name\n      }\n    }\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          archived\n          version\n        }\n      }\n    }\n    mappings {\n      id\n      version\n      createdAt\n      ironcladWorkflow {\n        id\n        name\n      }\n      requestForm {\n        id\n        name\n      }\n    }\n  }\n": types.MappingChoicesDocument,
    "\n  query MappingEditor($workflowId: ID!, $formId: ID!) {\n    mappingEditor(ironcladWorkflowID: $workflowId, requestFormID: $formId) {\n      ironcladWorkflow {\n        id\n        name\n        connection {\n          id\n          name\n        }\n      }\n      requestForm {\n        id\n        name\n        version\n        pages {\n          id\n          title\n          position\n          questions {\n            id\n            key\n            label\n            type\n            required\n            options\n            position\n          }\n        }\n      }\n      current {\n        id\n        version\n        createdAt\n        formVersion\n      }\n      fields {\n        field {\n          id\n          key\n          label\n          description\n          type\n          elementType\n          required\n          reviewState\n          reviewIssues {\n            reason\n            message\n          }\n          options\n          freeTextAllowed\n          defaultValue\n          removed\n          position\n          showWhen {\n            fieldKey\n            operator\n            values\n          }\n        }\n        kind\n        suggestions {\n          question {\n            id\n          }\n          score\n          compatibility\n          reason\n        }\n        compatibleQuestions {\n          id\n        }\n        addQuestionType\n      }\n      draft {\n        ...MappingDraftFields\n      }\n      check {\n        ...MappingCheckFields\n      }\n    }\n    compatibilityRules {\n      questionType\n      fieldKind\n      result\n      reason\n    }\n  }\n": types.MappingEditorDocument,
    "\n  query CheckMapping($input: MappingInput!) {\n    checkMapping(input: $input) {\n      ...MappingCheckFields\n    }\n  }\n": types.CheckMappingDocument,
    "\n  mutation SaveMapping($input: MappingInput!) {\n    saveMapping(input: $input) {\n      mapping {\n        id\n        version\n        createdAt\n        formVersion\n      }\n      check {\n        ...MappingCheckFields\n      }\n    }\n  }\n": types.SaveMappingDocument,
    "\n  mutation AddQuestionFromField($input: AddQuestionFromFieldInput!) {\n    addQuestionFromField(input: $input) {\n      question {\n        id\n        key\n        label\n        page {\n          id\n          title\n        }\n      }\n      pair {\n        ...MappingDraftFields\n      }\n      warnings\n    }\n  }\n": types.AddQuestionFromFieldDocument,
    "\n  mutation ImportMapping($input: ImportMappingInput!) {\n    importMapping(input: $input) {\n      mapping {\n        id\n        version\n      }\n      check {\n        ...MappingCheckFields\n      }\n      draft {\n        ...MappingDraftFields\n      }\n    }\n  }\n": types.ImportMappingDocument,
    "\n  query MappingVersions($workflowId: ID!, $formId: ID!) {\n    mappingVersions(ironcladWorkflowID: $workflowId, requestFormID: $formId) {\n      id\n      version\n      current\n      createdAt\n      formVersion\n      affectedByDrift\n      createdBy {\n        id\n        name\n      }\n      exportJSON\n      fieldMappings {\n        id\n        fieldKey\n        source\n        questionKey\n        questionLabel\n        value\n        options {\n          option\n          value\n        }\n        field {\n          id\n          label\n        }\n      }\n    }\n  }\n": types.MappingVersionsDocument,
    "\n  query People {\n    users(first: 500, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  fragment FormQuestionFields on FormQuestion {\n    id\n    key\n    label\n    helpText\n    type\n    required\n    options\n    position\n    sourceFieldKey\n    showWhen {\n      questionKey\n      operator\n      values\n      text\n      question {\n        id\n      }\n    }\n  }\n": types.FormQuestionFieldsFragmentDoc,
    "\n  fragment RequestFormDetail on RequestForm {\n    id\n    name\n    description\n    version\n    archived\n    updatedAt\n    pages {\n      id\n      title\n      position\n      questions {\n        ...FormQuestionFields\n      }\n    }\n    mappings {\n      id\n      version\n      current\n      createdAt\n      ironcladWorkflow {\n        id\n        name\n      }\n    }\n  }\n": types.RequestFormDetailFragmentDoc,
    "\n  query RequestForms {\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          version\n          archived\n          updatedAt\n          pages {\n            id\n            questions {\n              id\n            }\n          }\n          mappings {\n            id\n            current\n            ironcladWorkflow {\n              id\n              name\n            }\n          }\n          workflow {\n            id\n            name\n            active\n          }\n        }\n      }\n    }\n  }\n": types.RequestFormsDocument,
    "\n  query RequestForm($id: ID!) {\n    node(id: $id) {\n      ... on RequestForm {\n        ...RequestFormDetail\n      }\n    }\n  }\n": types.RequestFormDocument,
    "\n  query RequestFormPreview($id: ID!) {\n    requestFormPreview(id: $id) {\n      version\n      form {\n        id\n        name\n        description\n      }\n      pages {\n        page {\n          id\n          title\n        }\n        questions {\n          conditionText\n          question {\n            ...FormQuestionFields\n          }\n        }\n      }\n    }\n  }\n": types.RequestFormPreviewDocument,
    "\n  mutation CreateRequestForm($input: CreateRequestFormInput!) {\n    createRequestForm(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateRequestFormDocument,
    "\n  mutation UpdateRequestForm($id: ID!, $input: UpdateRequestFormInput!) {\n    updateRequestForm(id: $id, input: $input) {\n      id\n      name\n      description\n      version\n      archived\n    }\n  }\n": types.UpdateRequestFormDocument,
    "\n  mutation DeleteRequestForm($id: ID!) {\n    deleteRequestForm(id: $id)\n  }\n": types.DeleteRequestFormDocument,
    "\n  mutation AddFormPage($formId: ID!, $title: String!, $position: Int) {\n    addFormPage(formID: $formId, title: $title, position: $position) {\n      id\n      title\n      position\n    }\n  }\n": types.AddFormPageDocument,
    "\n  mutation RenameFormPage($id: ID!, $title: String!) {\n    renameFormPage(id: $id, title: $title) {\n      id\n      title\n    }\n  }\n": types.RenameFormPageDocument,
    "\n  mutation MoveFormPage($id: ID!, $position: Int!) {\n    moveFormPage(id: $id, position: $position) {\n      id\n      position\n    }\n  }\n": types.MoveFormPageDocument,
    "\n  mutation DeleteFormPage($id: ID!, $moveQuestionsTo: ID) {\n    deleteFormPage(id: $id, moveQuestionsTo: $moveQuestionsTo)\n  }\n": types.DeleteFormPageDocument,
    "\n  mutation AddFormQuestion($pageID: ID!, $input: FormQuestionInput!, $position: Int) {\n    addFormQuestion(pageID: $pageID, input: $input, position: $position) {\n      ...FormQuestionFields\n    }\n  }\n": types.AddFormQuestionDocument,
    "\n  mutation UpdateFormQuestion($id: ID!, $input: UpdateFormQuestionInput!) {\n    updateFormQuestion(id: $id, input: $input) {\n      ...FormQuestionFields\n    }\n  }\n": types.UpdateFormQuestionDocument,
    "\n  mutation MoveFormQuestion($id: ID!, $pageID: ID!, $position: Int!) {\n    moveFormQuestion(id: $id, pageID: $pageID, position: $position) {\n      id\n      position\n    }\n  }\n": types.MoveFormQuestionDocument,
    "\n  mutation DeleteFormQuestion($id: ID!) {\n    deleteFormQuestion(id: $id)\n  }\n": types.DeleteFormQuestionDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    origin\n    authorName\n    createdAt\n    editedAt\n    syncStatus\n    syncAction\n    syncError\n    canDelete\n    ironcladCopy\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query RequestComments($id: ID!) {\n    node(id: $id) {\n      ... on Request {\n        id\n        comments(first: 500, orderBy: { field: CREATED_AT, direction: ASC }) {\n          edges {\n            node {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RequestCommentsDocument,
    "\n  mutation AddComment($requestID: ID!, $body: String!) {\n    addComment(requestID: $requestID, body: $body) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation RetryComment($id: ID!) {\n    retryComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": types.RetryCommentDocument,
    "\n  subscription CommentChanged($requestID: ID!) {\n    commentChanged(requestID: $requestID) {\n      kind\n      commentID\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n": types.CommentChangedDocument,
    "\n  query CommentIroncladCopy($id: ID!) {\n    node(id: $id) {\n      ... on Comment {\n        id\n        ironcladCopy\n      }\n    }\n  }\n": types.CommentIroncladCopyDocument,
    "\n  fragment RequestTaskFields on Task {\n    id\n    name\n    type\n    action\n    status\n    position\n    detail\n    error\n    note\n    attempts\n    updatedAt\n    startedAt\n    completedAt\n    canAct\n    canRetry\n    completedBy {\n      id\n      name\n    }\n    linkedWorkflow {\n      id\n      updatedAt\n      readableID\n      url\n      step\n      status\n      packetStatus\n      approvals {\n        role\n        name\n        status\n        changedAt\n      }\n      signers {\n        name\n        email\n        status\n        changedAt\n      }\n    }\n  }\n": types.RequestTaskFieldsFragmentDoc,
    "\n  fragment RequestListItem on Request {\n    id\n    title\n    status\n    createdAt\n    updatedAt\n    submittedAt\n    requester {\n      id\n      name\n      email\n    }\n    requestForm {\n      id\n      name\n    }\n    tasks(first: 100, orderBy: { field: POSITION, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          status\n          position\n          updatedAt\n          request {\n            id\n          }\n        }\n      }\n    }\n    linkedWorkflows {\n      id\n      readableID\n      url\n    }\n  }\n": types.RequestListItemFragmentDoc,
    "\n  query Requests {\n    requests(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...RequestListItem\n        }\n      }\n    }\n  }\n": types.RequestsDocument,
    "\n  subscription RequestsUpdated {\n    requestUpdated {\n      ...RequestListItem\n    }\n  }\n": types.RequestsUpdatedDocument,
    "\n  subscription RequestsTaskUpdated {\n    taskUpdated {\n      id\n      name\n      status\n      position\n      updatedAt\n      request {\n        id\n      }\n    }\n  }\n": types.RequestsTaskUpdatedDocument,
    "\n  query OpenForms {\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }, where: { archived: false }) {\n      edges {\n        node {\n          id\n          name\n          description\n          activeWorkflow {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OpenFormsDocument,
    "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n    }\n  }\n": types.SubmitRequestDocument,
    "\n  fragment RequestDetail on Request {\n    id\n    title\n    status\n    createdAt\n    updatedAt\n    submittedAt\n    formVersion\n    canWithdraw\n    requester {\n      id\n      name\n      email\n    }\n    requestForm {\n      id\n      name\n    }\n    workflow {\n      id\n      name\n    }\n    answers {\n      id\n      questionKey\n      questionLabel\n      questionType\n      value\n      question {\n        id\n        position\n        page {\n          id\n          position\n        }\n      }\n    }\n    tasks(first: 100, orderBy: { field: POSITION, direction: ASC }) {\n      edges {\n        node {\n          ...RequestTaskFields\n        }\n      }\n    }\n    timeline {\n      at\n      kind\n      text\n      task {\n        id\n        name\n      }\n    }\n  }\n": types.RequestDetailFragmentDoc,
    "\n  query Request($id: ID!) {\n    node(id: $id) {\n      ... on Request {\n        ...RequestDetail\n      }\n    }\n  }\n": types.RequestDocument,
    "\n  query RequestLedger($id: ID!) {\n    node(id: $id) {\n      ... on Request {\n        id\n        syncEvents(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {\n          edges {\n            node {\n              id\n              createdAt\n              updatedAt\n              direction\n              kind\n              status\n              summary\n              attempts\n              error\n              httpStatus\n              canRetry\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RequestLedgerDocument,
    "\n  mutation RetrySyncEvent($id: ID!) {\n    retrySyncEvent(id: $id) {\n      id\n      status\n      attempts\n      canRetry\n    }\n  }\n": types.RetrySyncEventDocument,
    "\n  subscription RequestUpdated($id: ID!) {\n    requestUpdated(id: $id) {\n      id\n      status\n      updatedAt\n      canWithdraw\n    }\n  }\n": types.RequestUpdatedDocument,
    "\n  subscription TaskUpdated($requestID: ID!) {\n    taskUpdated(requestID: $requestID) {\n      ...RequestTaskFields\n    }\n  }\n": types.TaskUpdatedDocument,
    "\n  mutation WithdrawRequest($id: ID!) {\n    withdrawRequest(id: $id) {\n      id\n      status\n      updatedAt\n      canWithdraw\n    }\n  }\n": types.WithdrawRequestDocument,
    "\n  mutation CompleteTask($id: ID!, $note: String) {\n    completeTask(id: $id, note: $note) {\n      ...RequestTaskFields\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  mutation DecideApproval($id: ID!, $decision: ApprovalDecision!, $note: String) {\n    decideApproval(id: $id, decision: $decision, note: $note) {\n      ...RequestTaskFields\n    }\n  }\n": types.DecideApprovalDocument,
    "\n  mutation RetryTask($id: ID!) {\n    retryTask(id: $id) {\n      ...RequestTaskFields\n    }\n  }\n": types.RetryTaskDocument,
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
    "\n  fragment ReadinessFields on WorkflowReadiness {\n    ready\n    issues {\n      severity\n      message\n      taskDefinition {\n        id\n      }\n      requestForm {\n        id\n        name\n      }\n    }\n  }\n": types.ReadinessFieldsFragmentDoc,
    "\n  fragment WorkflowDetail on Workflow {\n    id\n    name\n    description\n    active\n    updatedAt\n    requestForms {\n      id\n      name\n    }\n    taskDefinitions {\n      id\n      name\n      type\n      action\n      position\n      assigneeRole\n      assignee {\n        id\n        name\n        email\n      }\n      ironcladWorkflow {\n        id\n        name\n      }\n      launch {\n        id\n      }\n    }\n    readiness {\n      ...ReadinessFields\n    }\n  }\n": types.WorkflowDetailFragmentDoc,
    "\n  query Workflows {\n    workflows {\n      ...WorkflowDetail\n    }\n  }\n": types.WorkflowsDocument,
    "\n  query Workflow($id: ID!) {\n    node(id: $id) {\n      ... on Workflow {\n        ...WorkflowDetail\n      }\n    }\n  }\n": types.WorkflowDocument,
    "\n  query WorkflowChoices {\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          archived\n          workflow {\n            id\n            name\n            active\n          }\n        }\n      }\n    }\n    ironcladWorkflows {\n      id\n      name\n      drift\n    }\n    mappings {\n      id\n      affectedByDrift\n      ironcladWorkflow {\n        id\n      }\n      requestForm {\n        id\n      }\n    }\n  }\n": types.WorkflowChoicesDocument,
    "\n  query AssigneeUsers {\n    users(first: 500, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          email\n          disabled\n        }\n      }\n    }\n  }\n": types.AssigneeUsersDocument,
    "\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) {\n      ...WorkflowDetail\n    }\n  }\n": types.CreateWorkflowDocument,
    "\n  mutation UpdateWorkflow($id: ID!, $input: UpdateWorkflowInput!) {\n    updateWorkflow(id: $id, input: $input) {\n      ...WorkflowDetail\n    }\n  }\n": types.UpdateWorkflowDocument,
    "\n  mutation ArchiveWorkflow($id: ID!) {\n    archiveWorkflow(id: $id) {\n      id\n      active\n      requestForms {\n        id\n      }\n    }\n  }\n": types.ArchiveWorkflowDocument,
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
export function graphql(source: "\n  query Dashboard($stuckAfterDays: Int!) {\n    dashboard(stuckAfterDays: $stuckAfterDays) {\n      requestsByStatus {\n        key\n        count\n      }\n      tasksByStatus {\n        key\n        count\n      }\n      tasksByType {\n        key\n        count\n      }\n      ironcladWorkflowsByStep {\n        key\n        count\n      }\n      stuckRequests {\n        id\n        title\n        status\n        updatedAt\n        requester {\n          id\n          name\n          email\n        }\n      }\n      failedTasks {\n        id\n        name\n        error\n        updatedAt\n        request {\n          id\n          title\n        }\n      }\n      recentActivity {\n        at\n        kind\n        text\n        task {\n          id\n          request {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($stuckAfterDays: Int!) {\n    dashboard(stuckAfterDays: $stuckAfterDays) {\n      requestsByStatus {\n        key\n        count\n      }\n      tasksByStatus {\n        key\n        count\n      }\n      tasksByType {\n        key\n        count\n      }\n      ironcladWorkflowsByStep {\n        key\n        count\n      }\n      stuckRequests {\n        id\n        title\n        status\n        updatedAt\n        requester {\n          id\n          name\n          email\n        }\n      }\n      failedTasks {\n        id\n        name\n        error\n        updatedAt\n        request {\n          id\n          title\n        }\n      }\n      recentActivity {\n        at\n        kind\n        text\n        task {\n          id\n          request {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardRequestUpdated {\n    requestUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardRequestUpdated {\n    requestUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardTaskUpdated {\n    taskUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardTaskUpdated {\n    taskUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IroncladConnectionItem on Connection {\n    id\n    name\n    environment\n    baseURL\n    status\n    scopes\n    integrationUserEmail\n    integrationUserName\n    companyName\n    webhookStatus\n    lastError\n    lastErrorCode\n    missingScopes\n    lastVerifiedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment IroncladConnectionItem on Connection {\n    id\n    name\n    environment\n    baseURL\n    status\n    scopes\n    integrationUserEmail\n    integrationUserName\n    companyName\n    webhookStatus\n    lastError\n    lastErrorCode\n    missingScopes\n    lastVerifiedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SyncedWorkflowItem on IroncladWorkflow {\n    id\n    templateID\n    name\n    commentSync\n    lastSyncedAt\n    drift\n    driftSummary\n    fieldCount\n    needsReviewCount\n    mappingCount\n    activeRequestCount\n    connection {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SyncedWorkflowItem on IroncladWorkflow {\n    id\n    templateID\n    name\n    commentSync\n    lastSyncedAt\n    drift\n    driftSummary\n    fieldCount\n    needsReviewCount\n    mappingCount\n    activeRequestCount\n    connection {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IroncladFieldItem on IroncladField {\n    id\n    key\n    label\n    description\n    type\n    elementType\n    required\n    options\n    freeTextAllowed\n    kind\n    answerOptions\n    defaultValue\n    position\n    removed\n    reviewState\n    reviewNote\n    reviewedAt\n    reviewIssues {\n      reason\n      message\n    }\n    showWhen {\n      fieldKey\n      operator\n      values\n    }\n  }\n"): (typeof documents)["\n  fragment IroncladFieldItem on IroncladField {\n    id\n    key\n    label\n    description\n    type\n    elementType\n    required\n    options\n    freeTextAllowed\n    kind\n    answerOptions\n    defaultValue\n    position\n    removed\n    reviewState\n    reviewNote\n    reviewedAt\n    reviewIssues {\n      reason\n      message\n    }\n    showWhen {\n      fieldKey\n      operator\n      values\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IroncladOverview {\n    connections {\n      ...IroncladConnectionItem\n    }\n    ironcladWorkflows {\n      ...SyncedWorkflowItem\n    }\n  }\n"): (typeof documents)["\n  query IroncladOverview {\n    connections {\n      ...IroncladConnectionItem\n    }\n    ironcladWorkflows {\n      ...SyncedWorkflowItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IroncladCardStatus {\n    connections {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query IroncladCardStatus {\n    connections {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IroncladEnvironments {\n    ironcladEnvironments {\n      environment\n      name\n      baseURL\n      preselected\n      clientPreconfigured\n    }\n  }\n"): (typeof documents)["\n  query IroncladEnvironments {\n    ironcladEnvironments {\n      environment\n      name\n      baseURL\n      preselected\n      clientPreconfigured\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IroncladConnectionUpdated {\n    connectionUpdated {\n      ...IroncladConnectionItem\n    }\n  }\n"): (typeof documents)["\n  subscription IroncladConnectionUpdated {\n    connectionUpdated {\n      ...IroncladConnectionItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIroncladConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      ...IroncladConnectionItem\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIroncladConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      ...IroncladConnectionItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectIronclad($id: ID!) {\n    connectIronclad(id: $id) {\n      authorizationURL\n      connection {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectIronclad($id: ID!) {\n    connectIronclad(id: $id) {\n      authorizationURL\n      connection {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectIronclad($id: ID!) {\n    disconnectIronclad(id: $id) {\n      ...IroncladConnectionItem\n    }\n  }\n"): (typeof documents)["\n  mutation DisconnectIronclad($id: ID!) {\n    disconnectIronclad(id: $id) {\n      ...IroncladConnectionItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestIroncladConnection($id: ID!) {\n    testConnection(id: $id) {\n      ...IroncladConnectionItem\n    }\n  }\n"): (typeof documents)["\n  mutation TestIroncladConnection($id: ID!) {\n    testConnection(id: $id) {\n      ...IroncladConnectionItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIroncladConnection($id: ID!) {\n    deleteConnection(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteIroncladConnection($id: ID!) {\n    deleteConnection(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportForms($connectionID: ID!) {\n    node(id: $connectionID) {\n      ... on Connection {\n        ...IroncladConnectionItem\n      }\n    }\n    ironcladTemplates(connectionID: $connectionID) {\n      templateID\n      name\n      fieldCount\n      imported\n      ironcladWorkflow {\n        id\n        name\n        needsReviewCount\n        lastSyncedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportForms($connectionID: ID!) {\n    node(id: $connectionID) {\n      ... on Connection {\n        ...IroncladConnectionItem\n      }\n    }\n    ironcladTemplates(connectionID: $connectionID) {\n      templateID\n      name\n      fieldCount\n      imported\n      ironcladWorkflow {\n        id\n        name\n        needsReviewCount\n        lastSyncedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportProgressItem on ImportProgress {\n    importID\n    templateID\n    name\n    state\n    error\n    interrupted\n    ironcladWorkflow {\n      id\n      name\n      fieldCount\n      needsReviewCount\n      lastSyncedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ImportProgressItem on ImportProgress {\n    importID\n    templateID\n    name\n    state\n    error\n    interrupted\n    ironcladWorkflow {\n      id\n      name\n      fieldCount\n      needsReviewCount\n      lastSyncedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ImportProgress($connectionID: ID!) {\n    importProgress(connectionID: $connectionID) {\n      ...ImportProgressItem\n    }\n  }\n"): (typeof documents)["\n  subscription ImportProgress($connectionID: ID!) {\n    importProgress(connectionID: $connectionID) {\n      ...ImportProgressItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportStatus($connectionID: ID!) {\n    importStatus(connectionID: $connectionID) {\n      ...ImportProgressItem\n    }\n  }\n"): (typeof documents)["\n  query ImportStatus($connectionID: ID!) {\n    importStatus(connectionID: $connectionID) {\n      ...ImportProgressItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportIroncladWorkflows($input: ImportIroncladWorkflowsInput!) {\n    importIroncladWorkflows(input: $input) {\n      importID\n      items {\n        ...ImportProgressItem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportIroncladWorkflows($input: ImportIroncladWorkflowsInput!) {\n    importIroncladWorkflows(input: $input) {\n      importID\n      items {\n        ...ImportProgressItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IroncladWorkflowFields($id: ID!) {\n    node(id: $id) {\n      ... on IroncladWorkflow {\n        ...SyncedWorkflowItem\n        fields {\n          ...IroncladFieldItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IroncladWorkflowFields($id: ID!) {\n    node(id: $id) {\n      ... on IroncladWorkflow {\n        ...SyncedWorkflowItem\n        fields {\n          ...IroncladFieldItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIroncladField($id: ID!, $input: UpdateIroncladFieldInput!) {\n    updateIroncladField(id: $id, input: $input) {\n      ...IroncladFieldItem\n      ironcladWorkflow {\n        id\n        needsReviewCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIroncladField($id: ID!, $input: UpdateIroncladFieldInput!) {\n    updateIroncladField(id: $id, input: $input) {\n      ...IroncladFieldItem\n      ironcladWorkflow {\n        id\n        needsReviewCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIroncladWorkflow($id: ID!, $input: UpdateIroncladWorkflowInput!) {\n    updateIroncladWorkflow(id: $id, input: $input) {\n      ...SyncedWorkflowItem\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIroncladWorkflow($id: ID!, $input: UpdateIroncladWorkflowInput!) {\n    updateIroncladWorkflow(id: $id, input: $input) {\n      ...SyncedWorkflowItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResyncIroncladWorkflow($id: ID!) {\n    resyncIroncladWorkflow(id: $id) {\n      diffID\n      templateID\n      name\n      republished\n      matchScore\n      missing\n      unchanged\n      affectedMappingCount\n      changes {\n        kind\n        key\n        label\n        before\n        after\n        affectedMappingCount\n      }\n      ironcladWorkflow {\n        id\n        templateID\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResyncIroncladWorkflow($id: ID!) {\n    resyncIroncladWorkflow(id: $id) {\n      diffID\n      templateID\n      name\n      republished\n      matchScore\n      missing\n      unchanged\n      affectedMappingCount\n      changes {\n        kind\n        key\n        label\n        before\n        after\n        affectedMappingCount\n      }\n      ironcladWorkflow {\n        id\n        templateID\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptIroncladWorkflowDiff($input: AcceptIroncladWorkflowDiffInput!) {\n    acceptIroncladWorkflowDiff(input: $input) {\n      ...SyncedWorkflowItem\n      fields {\n        ...IroncladFieldItem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptIroncladWorkflowDiff($input: AcceptIroncladWorkflowDiffInput!) {\n    acceptIroncladWorkflowDiff(input: $input) {\n      ...SyncedWorkflowItem\n      fields {\n        ...IroncladFieldItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveIroncladWorkflow($id: ID!, $confirm: Boolean) {\n    removeIroncladWorkflow(id: $id, confirm: $confirm) {\n      removedID\n      removedMappingCount\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveIroncladWorkflow($id: ID!, $confirm: Boolean) {\n    removeIroncladWorkflow(id: $id, confirm: $confirm) {\n      removedID\n      removedMappingCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MappingIssueFields on MappingIssue {\n    severity\n    code\n    message\n    fieldKey\n    questionID\n    path\n  }\n"): (typeof documents)["\n  fragment MappingIssueFields on MappingIssue {\n    severity\n    code\n    message\n    fieldKey\n    questionID\n    path\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FieldCheckFields on FieldCheck {\n    field {\n      id\n      key\n      label\n    }\n    kind\n    status\n    compatibility\n    transform\n    fixedValue\n    optionMap {\n      option\n      value\n    }\n    question {\n      id\n      key\n      label\n    }\n    issues {\n      ...MappingIssueFields\n    }\n  }\n"): (typeof documents)["\n  fragment FieldCheckFields on FieldCheck {\n    field {\n      id\n      key\n      label\n    }\n    kind\n    status\n    compatibility\n    transform\n    fixedValue\n    optionMap {\n      option\n      value\n    }\n    question {\n      id\n      key\n      label\n    }\n    issues {\n      ...MappingIssueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MappingDraftFields on FieldMappingDraft {\n    fieldKey\n    source\n    questionID\n    fixedValue\n    optionMap {\n      option\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment MappingDraftFields on FieldMappingDraft {\n    fieldKey\n    source\n    questionID\n    fixedValue\n    optionMap {\n      option\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MappingCheckFields on MappingCheck {\n    ok\n    fields {\n      ...FieldCheckFields\n    }\n    duplicates {\n      question {\n        id\n        key\n        label\n      }\n      field {\n        id\n        key\n        label\n      }\n      score\n      reason\n      resolution {\n        ...MappingDraftFields\n      }\n    }\n    issues {\n      ...MappingIssueFields\n    }\n    summary {\n      mapped {\n        ...FieldCheckFields\n      }\n      skipped {\n        ...FieldCheckFields\n      }\n      fixedValues {\n        ...FieldCheckFields\n      }\n      addedQuestions {\n        id\n        key\n        label\n        page {\n          id\n          title\n        }\n      }\n      warnings {\n        ...MappingIssueFields\n      }\n      errors {\n        ...MappingIssueFields\n      }\n    }\n    requestorEmail {\n      state\n      message\n      field {\n        key\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MappingCheckFields on MappingCheck {\n    ok\n    fields {\n      ...FieldCheckFields\n    }\n    duplicates {\n      question {\n        id\n        key\n        label\n      }\n      field {\n        id\n        key\n        label\n      }\n      score\n      reason\n      resolution {\n        ...MappingDraftFields\n      }\n    }\n    issues {\n      ...MappingIssueFields\n    }\n    summary {\n      mapped {\n        ...FieldCheckFields\n      }\n      skipped {\n        ...FieldCheckFields\n      }\n      fixedValues {\n        ...FieldCheckFields\n      }\n      addedQuestions {\n        id\n        key\n        label\n        page {\n          id\n          title\n        }\n      }\n      warnings {\n        ...MappingIssueFields\n      }\n      errors {\n        ...MappingIssueFields\n      }\n    }\n    requestorEmail {\n      state\n      message\n      field {\n        key\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MappingChoices {\n    ironcladWorkflows {\n      id\n      name\n      fieldCount\n      needsReviewCount\n      mappingCount\n      lastSyncedAt\n      connection {\n        id\n        name\n      }\n    }\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          archived\n          version\n        }\n      }\n    }\n    mappings {\n      id\n      version\n      createdAt\n      ironcladWorkflow {\n        id\n        name\n      }\n      requestForm {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MappingChoices {\n    ironcladWorkflows {\n      id\n      name\n      fieldCount\n      needsReviewCount\n      mappingCount\n      lastSyncedAt\n      connection {\n        id\n        name\n      }\n    }\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          archived\n          version\n        }\n      }\n    }\n    mappings {\n      id\n      version\n      createdAt\n      ironcladWorkflow {\n        id\n        name\n      }\n      requestForm {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MappingEditor($workflowId: ID!, $formId: ID!) {\n    mappingEditor(ironcladWorkflowID: $workflowId, requestFormID: $formId) {\n      ironcladWorkflow {\n        id\n        name\n        connection {\n          id\n          name\n        }\n      }\n      requestForm {\n        id\n        name\n        version\n        pages {\n          id\n          title\n          position\n          questions {\n            id\n            key\n            label\n            type\n            required\n            options\n            position\n          }\n        }\n      }\n      current {\n        id\n        version\n        createdAt\n        formVersion\n      }\n      fields {\n        field {\n          id\n          key\n          label\n          description\n          type\n          elementType\n          required\n          reviewState\n          reviewIssues {\n            reason\n            message\n          }\n          options\n          freeTextAllowed\n          defaultValue\n          removed\n          position\n          showWhen {\n            fieldKey\n            operator\n            values\n          }\n        }\n        kind\n        suggestions {\n          question {\n            id\n          }\n          score\n          compatibility\n          reason\n        }\n        compatibleQuestions {\n          id\n        }\n        addQuestionType\n      }\n      draft {\n        ...MappingDraftFields\n      }\n      check {\n        ...MappingCheckFields\n      }\n    }\n    compatibilityRules {\n      questionType\n      fieldKind\n      result\n      reason\n    }\n  }\n"): (typeof documents)["\n  query MappingEditor($workflowId: ID!, $formId: ID!) {\n    mappingEditor(ironcladWorkflowID: $workflowId, requestFormID: $formId) {\n      ironcladWorkflow {\n        id\n        name\n        connection {\n          id\n          name\n        }\n      }\n      requestForm {\n        id\n        name\n        version\n        pages {\n          id\n          title\n          position\n          questions {\n            id\n            key\n            label\n            type\n            required\n            options\n            position\n          }\n        }\n      }\n      current {\n        id\n        version\n        createdAt\n        formVersion\n      }\n      fields {\n        field {\n          id\n          key\n          label\n          description\n          type\n          elementType\n          required\n          reviewState\n          reviewIssues {\n            reason\n            message\n          }\n          options\n          freeTextAllowed\n          defaultValue\n          removed\n          position\n          showWhen {\n            fieldKey\n            operator\n            values\n          }\n        }\n        kind\n        suggestions {\n          question {\n            id\n          }\n          score\n          compatibility\n          reason\n        }\n        compatibleQuestions {\n          id\n        }\n        addQuestionType\n      }\n      draft {\n        ...MappingDraftFields\n      }\n      check {\n        ...MappingCheckFields\n      }\n    }\n    compatibilityRules {\n      questionType\n      fieldKind\n      result\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckMapping($input: MappingInput!) {\n    checkMapping(input: $input) {\n      ...MappingCheckFields\n    }\n  }\n"): (typeof documents)["\n  query CheckMapping($input: MappingInput!) {\n    checkMapping(input: $input) {\n      ...MappingCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMapping($input: MappingInput!) {\n    saveMapping(input: $input) {\n      mapping {\n        id\n        version\n        createdAt\n        formVersion\n      }\n      check {\n        ...MappingCheckFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMapping($input: MappingInput!) {\n    saveMapping(input: $input) {\n      mapping {\n        id\n        version\n        createdAt\n        formVersion\n      }\n      check {\n        ...MappingCheckFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddQuestionFromField($input: AddQuestionFromFieldInput!) {\n    addQuestionFromField(input: $input) {\n      question {\n        id\n        key\n        label\n        page {\n          id\n          title\n        }\n      }\n      pair {\n        ...MappingDraftFields\n      }\n      warnings\n    }\n  }\n"): (typeof documents)["\n  mutation AddQuestionFromField($input: AddQuestionFromFieldInput!) {\n    addQuestionFromField(input: $input) {\n      question {\n        id\n        key\n        label\n        page {\n          id\n          title\n        }\n      }\n      pair {\n        ...MappingDraftFields\n      }\n      warnings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMapping($input: ImportMappingInput!) {\n    importMapping(input: $input) {\n      mapping {\n        id\n        version\n      }\n      check {\n        ...MappingCheckFields\n      }\n      draft {\n        ...MappingDraftFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMapping($input: ImportMappingInput!) {\n    importMapping(input: $input) {\n      mapping {\n        id\n        version\n      }\n      check {\n        ...MappingCheckFields\n      }\n      draft {\n        ...MappingDraftFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MappingVersions($workflowId: ID!, $formId: ID!) {\n    mappingVersions(ironcladWorkflowID: $workflowId, requestFormID: $formId) {\n      id\n      version\n      current\n      createdAt\n      formVersion\n      affectedByDrift\n      createdBy {\n        id\n        name\n      }\n      exportJSON\n      fieldMappings {\n        id\n        fieldKey\n        source\n        questionKey\n        questionLabel\n        value\n        options {\n          option\n          value\n        }\n        field {\n          id\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MappingVersions($workflowId: ID!, $formId: ID!) {\n    mappingVersions(ironcladWorkflowID: $workflowId, requestFormID: $formId) {\n      id\n      version\n      current\n      createdAt\n      formVersion\n      affectedByDrift\n      createdBy {\n        id\n        name\n      }\n      exportJSON\n      fieldMappings {\n        id\n        fieldKey\n        source\n        questionKey\n        questionLabel\n        value\n        options {\n          option\n          value\n        }\n        field {\n          id\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People {\n    users(first: 500, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People {\n    users(first: 500, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FormQuestionFields on FormQuestion {\n    id\n    key\n    label\n    helpText\n    type\n    required\n    options\n    position\n    sourceFieldKey\n    showWhen {\n      questionKey\n      operator\n      values\n      text\n      question {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FormQuestionFields on FormQuestion {\n    id\n    key\n    label\n    helpText\n    type\n    required\n    options\n    position\n    sourceFieldKey\n    showWhen {\n      questionKey\n      operator\n      values\n      text\n      question {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestFormDetail on RequestForm {\n    id\n    name\n    description\n    version\n    archived\n    updatedAt\n    pages {\n      id\n      title\n      position\n      questions {\n        ...FormQuestionFields\n      }\n    }\n    mappings {\n      id\n      version\n      current\n      createdAt\n      ironcladWorkflow {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RequestFormDetail on RequestForm {\n    id\n    name\n    description\n    version\n    archived\n    updatedAt\n    pages {\n      id\n      title\n      position\n      questions {\n        ...FormQuestionFields\n      }\n    }\n    mappings {\n      id\n      version\n      current\n      createdAt\n      ironcladWorkflow {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestForms {\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          version\n          archived\n          updatedAt\n          pages {\n            id\n            questions {\n              id\n            }\n          }\n          mappings {\n            id\n            current\n            ironcladWorkflow {\n              id\n              name\n            }\n          }\n          workflow {\n            id\n            name\n            active\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestForms {\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          version\n          archived\n          updatedAt\n          pages {\n            id\n            questions {\n              id\n            }\n          }\n          mappings {\n            id\n            current\n            ironcladWorkflow {\n              id\n              name\n            }\n          }\n          workflow {\n            id\n            name\n            active\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestForm($id: ID!) {\n    node(id: $id) {\n      ... on RequestForm {\n        ...RequestFormDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestForm($id: ID!) {\n    node(id: $id) {\n      ... on RequestForm {\n        ...RequestFormDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestFormPreview($id: ID!) {\n    requestFormPreview(id: $id) {\n      version\n      form {\n        id\n        name\n        description\n      }\n      pages {\n        page {\n          id\n          title\n        }\n        questions {\n          conditionText\n          question {\n            ...FormQuestionFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestFormPreview($id: ID!) {\n    requestFormPreview(id: $id) {\n      version\n      form {\n        id\n        name\n        description\n      }\n      pages {\n        page {\n          id\n          title\n        }\n        questions {\n          conditionText\n          question {\n            ...FormQuestionFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRequestForm($input: CreateRequestFormInput!) {\n    createRequestForm(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRequestForm($input: CreateRequestFormInput!) {\n    createRequestForm(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRequestForm($id: ID!, $input: UpdateRequestFormInput!) {\n    updateRequestForm(id: $id, input: $input) {\n      id\n      name\n      description\n      version\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRequestForm($id: ID!, $input: UpdateRequestFormInput!) {\n    updateRequestForm(id: $id, input: $input) {\n      id\n      name\n      description\n      version\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRequestForm($id: ID!) {\n    deleteRequestForm(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRequestForm($id: ID!) {\n    deleteRequestForm(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFormPage($formId: ID!, $title: String!, $position: Int) {\n    addFormPage(formID: $formId, title: $title, position: $position) {\n      id\n      title\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation AddFormPage($formId: ID!, $title: String!, $position: Int) {\n    addFormPage(formID: $formId, title: $title, position: $position) {\n      id\n      title\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameFormPage($id: ID!, $title: String!) {\n    renameFormPage(id: $id, title: $title) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation RenameFormPage($id: ID!, $title: String!) {\n    renameFormPage(id: $id, title: $title) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveFormPage($id: ID!, $position: Int!) {\n    moveFormPage(id: $id, position: $position) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation MoveFormPage($id: ID!, $position: Int!) {\n    moveFormPage(id: $id, position: $position) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFormPage($id: ID!, $moveQuestionsTo: ID) {\n    deleteFormPage(id: $id, moveQuestionsTo: $moveQuestionsTo)\n  }\n"): (typeof documents)["\n  mutation DeleteFormPage($id: ID!, $moveQuestionsTo: ID) {\n    deleteFormPage(id: $id, moveQuestionsTo: $moveQuestionsTo)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFormQuestion($pageID: ID!, $input: FormQuestionInput!, $position: Int) {\n    addFormQuestion(pageID: $pageID, input: $input, position: $position) {\n      ...FormQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddFormQuestion($pageID: ID!, $input: FormQuestionInput!, $position: Int) {\n    addFormQuestion(pageID: $pageID, input: $input, position: $position) {\n      ...FormQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFormQuestion($id: ID!, $input: UpdateFormQuestionInput!) {\n    updateFormQuestion(id: $id, input: $input) {\n      ...FormQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFormQuestion($id: ID!, $input: UpdateFormQuestionInput!) {\n    updateFormQuestion(id: $id, input: $input) {\n      ...FormQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveFormQuestion($id: ID!, $pageID: ID!, $position: Int!) {\n    moveFormQuestion(id: $id, pageID: $pageID, position: $position) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation MoveFormQuestion($id: ID!, $pageID: ID!, $position: Int!) {\n    moveFormQuestion(id: $id, pageID: $pageID, position: $position) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFormQuestion($id: ID!) {\n    deleteFormQuestion(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteFormQuestion($id: ID!) {\n    deleteFormQuestion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    origin\n    authorName\n    createdAt\n    editedAt\n    syncStatus\n    syncAction\n    syncError\n    canDelete\n    ironcladCopy\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    origin\n    authorName\n    createdAt\n    editedAt\n    syncStatus\n    syncAction\n    syncError\n    canDelete\n    ironcladCopy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestComments($id: ID!) {\n    node(id: $id) {\n      ... on Request {\n        id\n        comments(first: 500, orderBy: { field: CREATED_AT, direction: ASC }) {\n          edges {\n            node {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestComments($id: ID!) {\n    node(id: $id) {\n      ... on Request {\n        id\n        comments(first: 500, orderBy: { field: CREATED_AT, direction: ASC }) {\n          edges {\n            node {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($requestID: ID!, $body: String!) {\n    addComment(requestID: $requestID, body: $body) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($requestID: ID!, $body: String!) {\n    addComment(requestID: $requestID, body: $body) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryComment($id: ID!) {\n    retryComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetryComment($id: ID!) {\n    retryComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommentChanged($requestID: ID!) {\n    commentChanged(requestID: $requestID) {\n      kind\n      commentID\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CommentChanged($requestID: ID!) {\n    commentChanged(requestID: $requestID) {\n      kind\n      commentID\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentIroncladCopy($id: ID!) {\n    node(id: $id) {\n      ... on Comment {\n        id\n        ironcladCopy\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentIroncladCopy($id: ID!) {\n    node(id: $id) {\n      ... on Comment {\n        id\n        ironcladCopy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestTaskFields on Task {\n    id\n    name\n    type\n    action\n    status\n    position\n    detail\n    error\n    note\n    attempts\n    updatedAt\n    startedAt\n    completedAt\n    canAct\n    canRetry\n    completedBy {\n      id\n      name\n    }\n    linkedWorkflow {\n      id\n      updatedAt\n      readableID\n      url\n      step\n      status\n      packetStatus\n      approvals {\n        role\n        name\n        status\n        changedAt\n      }\n      signers {\n        name\n        email\n        status\n        changedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RequestTaskFields on Task {\n    id\n    name\n    type\n    action\n    status\n    position\n    detail\n    error\n    note\n    attempts\n    updatedAt\n    startedAt\n    completedAt\n    canAct\n    canRetry\n    completedBy {\n      id\n      name\n    }\n    linkedWorkflow {\n      id\n      updatedAt\n      readableID\n      url\n      step\n      status\n      packetStatus\n      approvals {\n        role\n        name\n        status\n        changedAt\n      }\n      signers {\n        name\n        email\n        status\n        changedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestListItem on Request {\n    id\n    title\n    status\n    createdAt\n    updatedAt\n    submittedAt\n    requester {\n      id\n      name\n      email\n    }\n    requestForm {\n      id\n      name\n    }\n    tasks(first: 100, orderBy: { field: POSITION, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          status\n          position\n          updatedAt\n          request {\n            id\n          }\n        }\n      }\n    }\n    linkedWorkflows {\n      id\n      readableID\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment RequestListItem on Request {\n    id\n    title\n    status\n    createdAt\n    updatedAt\n    submittedAt\n    requester {\n      id\n      name\n      email\n    }\n    requestForm {\n      id\n      name\n    }\n    tasks(first: 100, orderBy: { field: POSITION, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          status\n          position\n          updatedAt\n          request {\n            id\n          }\n        }\n      }\n    }\n    linkedWorkflows {\n      id\n      readableID\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Requests {\n    requests(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...RequestListItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Requests {\n    requests(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...RequestListItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestsUpdated {\n    requestUpdated {\n      ...RequestListItem\n    }\n  }\n"): (typeof documents)["\n  subscription RequestsUpdated {\n    requestUpdated {\n      ...RequestListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestsTaskUpdated {\n    taskUpdated {\n      id\n      name\n      status\n      position\n      updatedAt\n      request {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RequestsTaskUpdated {\n    taskUpdated {\n      id\n      name\n      status\n      position\n      updatedAt\n      request {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenForms {\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }, where: { archived: false }) {\n      edges {\n        node {\n          id\n          name\n          description\n          activeWorkflow {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenForms {\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }, where: { archived: false }) {\n      edges {\n        node {\n          id\n          name\n          description\n          activeWorkflow {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestDetail on Request {\n    id\n    title\n    status\n    createdAt\n    updatedAt\n    submittedAt\n    formVersion\n    canWithdraw\n    requester {\n      id\n      name\n      email\n    }\n    requestForm {\n      id\n      name\n    }\n    workflow {\n      id\n      name\n    }\n    answers {\n      id\n      questionKey\n      questionLabel\n      questionType\n      value\n      question {\n        id\n        position\n        page {\n          id\n          position\n        }\n      }\n    }\n    tasks(first: 100, orderBy: { field: POSITION, direction: ASC }) {\n      edges {\n        node {\n          ...RequestTaskFields\n        }\n      }\n    }\n    timeline {\n      at\n      kind\n      text\n      task {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RequestDetail on Request {\n    id\n    title\n    status\n    createdAt\n    updatedAt\n    submittedAt\n    formVersion\n    canWithdraw\n    requester {\n      id\n      name\n      email\n    }\n    requestForm {\n      id\n      name\n    }\n    workflow {\n      id\n      name\n    }\n    answers {\n      id\n      questionKey\n      questionLabel\n      questionType\n      value\n      question {\n        id\n        position\n        page {\n          id\n          position\n        }\n      }\n    }\n    tasks(first: 100, orderBy: { field: POSITION, direction: ASC }) {\n      edges {\n        node {\n          ...RequestTaskFields\n        }\n      }\n    }\n    timeline {\n      at\n      kind\n      text\n      task {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Request($id: ID!) {\n    node(id: $id) {\n      ... on Request {\n        ...RequestDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query Request($id: ID!) {\n    node(id: $id) {\n      ... on Request {\n        ...RequestDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestLedger($id: ID!) {\n    node(id: $id) {\n      ... on Request {\n        id\n        syncEvents(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {\n          edges {\n            node {\n              id\n              createdAt\n              updatedAt\n              direction\n              kind\n              status\n              summary\n              attempts\n              error\n              httpStatus\n              canRetry\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestLedger($id: ID!) {\n    node(id: $id) {\n      ... on Request {\n        id\n        syncEvents(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {\n          edges {\n            node {\n              id\n              createdAt\n              updatedAt\n              direction\n              kind\n              status\n              summary\n              attempts\n              error\n              httpStatus\n              canRetry\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetrySyncEvent($id: ID!) {\n    retrySyncEvent(id: $id) {\n      id\n      status\n      attempts\n      canRetry\n    }\n  }\n"): (typeof documents)["\n  mutation RetrySyncEvent($id: ID!) {\n    retrySyncEvent(id: $id) {\n      id\n      status\n      attempts\n      canRetry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestUpdated($id: ID!) {\n    requestUpdated(id: $id) {\n      id\n      status\n      updatedAt\n      canWithdraw\n    }\n  }\n"): (typeof documents)["\n  subscription RequestUpdated($id: ID!) {\n    requestUpdated(id: $id) {\n      id\n      status\n      updatedAt\n      canWithdraw\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskUpdated($requestID: ID!) {\n    taskUpdated(requestID: $requestID) {\n      ...RequestTaskFields\n    }\n  }\n"): (typeof documents)["\n  subscription TaskUpdated($requestID: ID!) {\n    taskUpdated(requestID: $requestID) {\n      ...RequestTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawRequest($id: ID!) {\n    withdrawRequest(id: $id) {\n      id\n      status\n      updatedAt\n      canWithdraw\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawRequest($id: ID!) {\n    withdrawRequest(id: $id) {\n      id\n      status\n      updatedAt\n      canWithdraw\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($id: ID!, $note: String) {\n    completeTask(id: $id, note: $note) {\n      ...RequestTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTask($id: ID!, $note: String) {\n    completeTask(id: $id, note: $note) {\n      ...RequestTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideApproval($id: ID!, $decision: ApprovalDecision!, $note: String) {\n    decideApproval(id: $id, decision: $decision, note: $note) {\n      ...RequestTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideApproval($id: ID!, $decision: ApprovalDecision!, $note: String) {\n    decideApproval(id: $id, decision: $decision, note: $note) {\n      ...RequestTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryTask($id: ID!) {\n    retryTask(id: $id) {\n      ...RequestTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetryTask($id: ID!) {\n    retryTask(id: $id) {\n      ...RequestTaskFields\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadinessFields on WorkflowReadiness {\n    ready\n    issues {\n      severity\n      message\n      taskDefinition {\n        id\n      }\n      requestForm {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReadinessFields on WorkflowReadiness {\n    ready\n    issues {\n      severity\n      message\n      taskDefinition {\n        id\n      }\n      requestForm {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowDetail on Workflow {\n    id\n    name\n    description\n    active\n    updatedAt\n    requestForms {\n      id\n      name\n    }\n    taskDefinitions {\n      id\n      name\n      type\n      action\n      position\n      assigneeRole\n      assignee {\n        id\n        name\n        email\n      }\n      ironcladWorkflow {\n        id\n        name\n      }\n      launch {\n        id\n      }\n    }\n    readiness {\n      ...ReadinessFields\n    }\n  }\n"): (typeof documents)["\n  fragment WorkflowDetail on Workflow {\n    id\n    name\n    description\n    active\n    updatedAt\n    requestForms {\n      id\n      name\n    }\n    taskDefinitions {\n      id\n      name\n      type\n      action\n      position\n      assigneeRole\n      assignee {\n        id\n        name\n        email\n      }\n      ironcladWorkflow {\n        id\n        name\n      }\n      launch {\n        id\n      }\n    }\n    readiness {\n      ...ReadinessFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workflows {\n    workflows {\n      ...WorkflowDetail\n    }\n  }\n"): (typeof documents)["\n  query Workflows {\n    workflows {\n      ...WorkflowDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workflow($id: ID!) {\n    node(id: $id) {\n      ... on Workflow {\n        ...WorkflowDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query Workflow($id: ID!) {\n    node(id: $id) {\n      ... on Workflow {\n        ...WorkflowDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowChoices {\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          archived\n          workflow {\n            id\n            name\n            active\n          }\n        }\n      }\n    }\n    ironcladWorkflows {\n      id\n      name\n      drift\n    }\n    mappings {\n      id\n      affectedByDrift\n      ironcladWorkflow {\n        id\n      }\n      requestForm {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowChoices {\n    requestForms(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          archived\n          workflow {\n            id\n            name\n            active\n          }\n        }\n      }\n    }\n    ironcladWorkflows {\n      id\n      name\n      drift\n    }\n    mappings {\n      id\n      affectedByDrift\n      ironcladWorkflow {\n        id\n      }\n      requestForm {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssigneeUsers {\n    users(first: 500, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          email\n          disabled\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssigneeUsers {\n    users(first: 500, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          email\n          disabled\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) {\n      ...WorkflowDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) {\n      ...WorkflowDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkflow($id: ID!, $input: UpdateWorkflowInput!) {\n    updateWorkflow(id: $id, input: $input) {\n      ...WorkflowDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkflow($id: ID!, $input: UpdateWorkflowInput!) {\n    updateWorkflow(id: $id, input: $input) {\n      ...WorkflowDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveWorkflow($id: ID!) {\n    archiveWorkflow(id: $id) {\n      id\n      active\n      requestForms {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveWorkflow($id: ID!) {\n    archiveWorkflow(id: $id) {\n      id\n      active\n      requestForms {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;