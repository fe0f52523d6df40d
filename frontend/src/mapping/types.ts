import type {
  FieldCheckFieldsFragment,
  MappingCheckFieldsFragment,
  MappingEditorQuery,
  MappingIssueFieldsFragment,
} from "../gql/graphql";

export type Editor = MappingEditorQuery["mappingEditor"];
export type FieldRowData = Editor["fields"][number];
export type EditorPage = NonNullable<Editor["requestForm"]["pages"]>[number];
export type EditorQuestion = NonNullable<EditorPage["questions"]>[number];
export type Rule = MappingEditorQuery["compatibilityRules"][number];
export type Check = MappingCheckFieldsFragment;
export type FieldCheck = FieldCheckFieldsFragment;
export type Issue = MappingIssueFieldsFragment;
export type DuplicateFlag = Check["duplicates"][number];

/** A question with its page, in form order. */
export interface FormQuestionRef extends EditorQuestion {
  pageID: string;
  pageTitle: string;
  pageIndex: number;
}
