import { useMemo, useState } from "react";
import { Alert, Badge, Button, Group, Paper, Skeleton, Stack, Switch, Text, Title } from "@mantine/core";
import { IconEye, IconGitBranch } from "@tabler/icons-react";
import { useQuery } from "urql";
import { ErrorAlert } from "../components/ErrorAlert";
import { RequestFormPreviewDocument } from "./documents";
import { AnswerInput } from "./AnswerInput";
import { visibleKeys } from "./model";

type Answers = Record<string, unknown>;

/**
 * The form as a requester sees it. Answers stay in the browser; conditional
 * questions appear and disappear as they are answered.
 */
export function FormPreview({ formId }: { formId: string }) {
  // Deletions answer with an id only: name the types so the preview refetches after them too.
  const context = useMemo(() => ({ additionalTypenames: ["FormQuestion", "FormPage"] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: RequestFormPreviewDocument,
    variables: { id: formId },
    context,
    requestPolicy: "cache-and-network",
  });
  const [answers, setAnswers] = useState<Answers>({});
  const [showHidden, setShowHidden] = useState(false);

  const preview = data?.requestFormPreview;
  const all = useMemo(() => preview?.pages.flatMap((p) => p.questions.map((q) => q.question)) ?? [], [preview]);
  const visible = useMemo(() => visibleKeys(all, answers), [all, answers]);
  const hiddenCount = all.length - visible.size;

  if (error) return <ErrorAlert error={error} title="Could not load the preview" onRetry={() => refetch()} />;
  if (!preview) return fetching ? <Skeleton height={240} radius="md" /> : null;

  const set = (key: string, value: unknown) => setAnswers((a) => ({ ...a, [key]: value }));

  return (
    <Stack data-testid="form-preview">
      <Alert color="blue" variant="light" icon={<IconEye size={18} />}>
        <Group justify="space-between" gap="xs">
          <Text size="sm">
            This is what requesters see (version {preview.version}). Try answering: nothing is saved.
            {hiddenCount > 0 &&
              ` ${hiddenCount} conditional ${hiddenCount === 1 ? "question is" : "questions are"} hidden by the answers so far.`}
          </Text>
          <Group gap="sm" wrap="nowrap">
            <Switch
              size="sm"
              label="Show hidden questions"
              checked={showHidden}
              onChange={(e) => setShowHidden(e.currentTarget.checked)}
            />
            <Button size="xs" variant="default" onClick={() => setAnswers({})}>
              Clear answers
            </Button>
          </Group>
        </Group>
      </Alert>
      <Stack gap={4}>
        <Title order={3}>{preview.form.name}</Title>
        {preview.form.description && <Text c="dimmed">{preview.form.description}</Text>}
      </Stack>
      {preview.pages.map((p, index) => (
        <Paper key={p.page.id} withBorder radius="md" p="lg" component="section" aria-label={p.page.title}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Page {index + 1} of {preview.pages.length}
          </Text>
          <Title order={4} mb="md">
            {p.page.title}
          </Title>
          <Stack gap="lg">
            {p.questions.length === 0 && (
              <Text size="sm" c="dimmed">
                No questions on this page.
              </Text>
            )}
            {p.questions.map(({ question, conditionText }) => {
              const shown = visible.has(question.key);
              if (!shown && !showHidden) return null;
              return (
                <div
                  key={question.id}
                  data-testid={`preview-question-${question.key}`}
                  style={shown ? undefined : { opacity: 0.45 }}
                >
                  {conditionText && (
                    <Badge
                      variant="light"
                      color={shown ? "violet" : "gray"}
                      size="sm"
                      mb={6}
                      leftSection={<IconGitBranch size={12} />}
                      style={{ textTransform: "none" }}
                    >
                      {shown ? conditionText : `Hidden: ${conditionText}`}
                    </Badge>
                  )}
                  <AnswerInput
                    question={question}
                    value={answers[question.key]}
                    onChange={(v) => set(question.key, v)}
                    disabled={!shown}
                  />
                </div>
              );
            })}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
