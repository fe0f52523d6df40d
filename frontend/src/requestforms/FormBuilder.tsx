import { useState } from "react";
import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  IconArrowDown,
  IconArrowUp,
  IconDots,
  IconFileArrowRight,
  IconGitBranch,
  IconPencil,
  IconPlus,
  IconPlugConnected,
  IconTrash,
} from "@tabler/icons-react";
import type { CombinedError } from "@urql/core";
import { useMutation } from "urql";
import { useAfterMenuCloses } from "../components/afterMenuCloses";
import { ConfirmModal } from "../components/ConfirmModal";
import { errorMessage } from "../graphql/errors";
import type { FormQuestionFieldsFragment } from "../gql/graphql";
import { DeleteFormQuestionDocument, MoveFormPageDocument, MoveFormQuestionDocument } from "./documents";
import { type MoveTarget, questionTypeLabels, stepTarget } from "./model";
import { DeletePageModal, PageTitleModal } from "./PageModals";
import { type BuilderPage, QuestionModal } from "./QuestionModal";

type Question = FormQuestionFieldsFragment;

const context = { additionalTypenames: ["FormQuestion", "FormPage", "RequestForm"] };

function failed(title: string, error: CombinedError) {
  notifications.show({ color: "red", title, message: errorMessage(error) });
}

interface FormBuilderProps {
  formId: string;
  pages: BuilderPage[];
  admin: boolean;
}

/** Pages in order, each with its questions; admins add, edit, reorder and move them. */
export function FormBuilder({ formId, pages, admin }: FormBuilderProps) {
  const [editing, setEditing] = useState<{ pageID: string | null; question: Question | null } | null>(null);
  const [titling, setTitling] = useState<{ page: BuilderPage | null } | null>(null);
  const [deletingPage, setDeletingPage] = useState<BuilderPage | null>(null);
  const [deletingQuestion, setDeletingQuestion] = useState<Question | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [moveQ, moveQuestion] = useMutation(MoveFormQuestionDocument);
  const [, movePage] = useMutation(MoveFormPageDocument);
  const [deleteQ, deleteQuestion] = useMutation(DeleteFormQuestionDocument);
  // One for every menu here: only one is open at a time.
  const afterClose = useAfterMenuCloses();

  const moveTo = async (q: Question, target: MoveTarget) => {
    const result = await moveQuestion({ id: q.id, ...target }, context);
    if (result.error) failed(`Could not move “${q.label}”`, result.error);
  };

  const shiftPage = async (page: BuilderPage, position: number) => {
    const result = await movePage({ id: page.id, position }, context);
    if (result.error) failed(`Could not move “${page.title}”`, result.error);
  };

  const removeQuestion = async () => {
    if (!deletingQuestion) return;
    setDeleteError(null);
    const result = await deleteQuestion({ id: deletingQuestion.id }, context);
    if (result.error) {
      setDeleteError(errorMessage(result.error));
      return;
    }
    setDeletingQuestion(null);
  };

  // Questions are numbered across pages.
  const firstNumber = pages.map((_, i) => 1 + pages.slice(0, i).reduce((n, p) => n + p.questions.length, 0));
  return (
    <Stack>
      {pages.map((page, pageIndex) => (
        <Paper
          key={page.id}
          withBorder
          radius="md"
          p="md"
          component="section"
          aria-label={`Page ${pageIndex + 1}: ${page.title}`}
          data-testid="builder-page"
        >
          <Group justify="space-between" mb="sm" wrap="nowrap">
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Page {pageIndex + 1}
              </Text>
              <Text fw={700} size="lg">
                {page.title}
              </Text>
            </div>
            {admin && (
              <Group gap={4} wrap="nowrap">
                <Tooltip label="Move page up">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Move page “${page.title}” up`}
                    disabled={pageIndex === 0}
                    onClick={() => void shiftPage(page, pageIndex - 1)}
                  >
                    <IconArrowUp size={18} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label="Move page down">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Move page “${page.title}” down`}
                    disabled={pageIndex === pages.length - 1}
                    onClick={() => void shiftPage(page, pageIndex + 1)}
                  >
                    <IconArrowDown size={18} />
                  </ActionIcon>
                </Tooltip>
                <Menu position="bottom-end" withArrow {...afterClose.menuProps}>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Page actions for “${page.title}”`}>
                      <IconDots size={18} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconPencil size={16} />}
                      onClick={afterClose.later(() => setTitling({ page }))}
                    >
                      Rename page
                    </Menu.Item>
                    <Menu.Item
                      color="red"
                      leftSection={<IconTrash size={16} />}
                      disabled={pages.length === 1}
                      onClick={afterClose.later(() => setDeletingPage(page))}
                    >
                      Delete page
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Group>
            )}
          </Group>
          <Stack gap="xs">
            {page.questions.length === 0 && (
              <Text size="sm" c="dimmed" py="sm">
                No questions on this page yet.
              </Text>
            )}
            {page.questions.map((q, i) => {
              const number = (firstNumber[pageIndex] ?? 1) + i;
              const up = stepTarget(pages, q.id, -1);
              const down = stepTarget(pages, q.id, 1);
              return (
                <Paper key={q.id} withBorder radius="sm" p="sm" bg="gray.0" data-testid={`question-${q.key}`}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={4} style={{ minWidth: 0 }}>
                      <Group gap="xs" wrap="wrap">
                        <Text fw={600}>
                          {number}. {q.label}
                          {q.required && (
                            <Text span c="red" aria-label="required">
                              {" "}
                              *
                            </Text>
                          )}
                        </Text>
                        <Badge variant="light" color="gray" size="sm">
                          {questionTypeLabels[q.type]}
                        </Badge>
                        {q.sourceFieldKey && (
                          <Tooltip label={`Added from the Ironclad field ${q.sourceFieldKey}`}>
                            <Badge
                              variant="light"
                              color="indigo"
                              size="sm"
                              leftSection={<IconPlugConnected size={12} />}
                            >
                              From Ironclad
                            </Badge>
                          </Tooltip>
                        )}
                      </Group>
                      {q.helpText && (
                        <Text size="sm" c="dimmed">
                          {q.helpText}
                        </Text>
                      )}
                      {q.options && q.options.length > 0 && (
                        <Text size="sm" c="dimmed">
                          Options: {q.options.join(" · ")}
                        </Text>
                      )}
                      {q.showWhen && (
                        <Group gap={6} c="violet.7">
                          <IconGitBranch size={14} />
                          <Text size="sm">{q.showWhen.text}</Text>
                        </Group>
                      )}
                    </Stack>
                    {admin && (
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Move “${q.label}” up`}
                          disabled={!up || moveQ.fetching}
                          onClick={() => up && void moveTo(q, up)}
                        >
                          <IconArrowUp size={18} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Move “${q.label}” down`}
                          disabled={!down || moveQ.fetching}
                          onClick={() => down && void moveTo(q, down)}
                        >
                          <IconArrowDown size={18} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Edit “${q.label}”`}
                          onClick={() => setEditing({ pageID: page.id, question: q })}
                        >
                          <IconPencil size={18} />
                        </ActionIcon>
                        <Menu position="bottom-end" withArrow {...afterClose.menuProps}>
                          <Menu.Target>
                            <ActionIcon variant="subtle" color="gray" aria-label={`More actions for “${q.label}”`}>
                              <IconDots size={18} />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            {pages.length > 1 && <Menu.Label>Move to page</Menu.Label>}
                            {pages
                              .filter((p) => p.id !== page.id)
                              .map((p) => (
                                <Menu.Item
                                  key={p.id}
                                  leftSection={<IconFileArrowRight size={16} />}
                                  onClick={() => void moveTo(q, { pageID: p.id, position: p.questions.length })}
                                >
                                  {p.title}
                                </Menu.Item>
                              ))}
                            {pages.length > 1 && <Menu.Divider />}
                            <Menu.Item
                              color="red"
                              leftSection={<IconTrash size={16} />}
                              onClick={afterClose.later(() => {
                                setDeleteError(null);
                                setDeletingQuestion(q);
                              })}
                            >
                              Delete question
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </Group>
                    )}
                  </Group>
                </Paper>
              );
            })}
          </Stack>
          {admin && (
            <Button
              mt="sm"
              variant="subtle"
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditing({ pageID: page.id, question: null })}
            >
              Add question to “{page.title}”
            </Button>
          )}
        </Paper>
      ))}
      {admin && (
        <Group>
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setTitling({ page: null })}>
            Add page
          </Button>
        </Group>
      )}
      <QuestionModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        pages={pages}
        pageID={editing?.pageID ?? null}
        question={editing?.question ?? null}
      />
      <PageTitleModal
        formId={formId}
        page={titling?.page ?? null}
        opened={titling !== null}
        defaultTitle={`Page ${pages.length + 1}`}
        onClose={() => setTitling(null)}
      />
      <DeletePageModal page={deletingPage} pages={pages} onClose={() => setDeletingPage(null)} />
      <ConfirmModal
        opened={deletingQuestion !== null}
        title={`Delete “${deletingQuestion?.label ?? ""}”?`}
        confirmLabel="Delete question"
        loading={deleteQ.fetching}
        error={deleteError}
        onConfirm={() => void removeQuestion()}
        onCancel={() => setDeletingQuestion(null)}
      >
        Requests already submitted keep their answer to it. A question used by a mapping or by a later question's
        condition cannot be deleted until that is changed.
      </ConfirmModal>
    </Stack>
  );
}
