import { useCallback, useMemo, useState } from "react";
import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Textarea, Title, VisuallyHidden } from "@mantine/core";
import { useClient, useMutation, useQuery, useSubscription } from "urql";
import { ConfirmModal } from "../components/ConfirmModal";
import { ErrorAlert } from "../components/ErrorAlert";
import { dateTime } from "../format/time";
import type { CommentChangedSubscription, CommentFieldsFragment } from "../gql/graphql";
import { errorMessage } from "../graphql/errors";
import { useViewer } from "../session/context";
import {
  AddCommentDocument,
  CommentChangedDocument,
  CommentIroncladCopyDocument,
  DeleteCommentDocument,
  RequestCommentsDocument,
  RetryCommentDocument,
} from "./commentDocuments";
import { announcement, applyChange, deleteConsequence, sourceLabel, syncText, type ThreadChange } from "./comments";

interface Changes {
  list: ThreadChange[];
  spoken: string;
}

/**
 * The request's comments, oldest first and newest at the bottom, live for everyone who has the request
 * open; add one, delete your own (admins any) after reading what happens to its copy in Ironclad.
 */
export function CommentThread({ requestId }: { requestId: string }) {
  const viewer = useViewer();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: RequestCommentsDocument,
    variables: { id: requestId },
  });
  const handler = useCallback(
    (known: Changes | undefined, event: CommentChangedSubscription): Changes => {
      const change = event.commentChanged;
      const spoken = announcement(change, viewer.name);
      return { list: [...(known?.list ?? []), change], spoken: spoken || (known?.spoken ?? "") };
    },
    [viewer.name],
  );
  const [live] = useSubscription({ query: CommentChangedDocument, variables: { requestID: requestId } }, handler);
  const [mine, setMine] = useState<ThreadChange[]>([]);

  const loaded = data?.node?.__typename === "Request" ? data.node.comments.edges : null;
  const thread = useMemo(() => {
    const start = loaded?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
    return [...mine, ...(live.data?.list ?? [])].reduce(applyChange, start);
  }, [loaded, mine, live.data]);
  const record = (change: ThreadChange) => setMine((m) => [...m, change]);

  return (
    <Stack gap="sm" component="section" aria-labelledby="comments-title">
      <Title order={3} id="comments-title">
        Comments
      </Title>
      <VisuallyHidden role="status" aria-live="polite" data-testid="comment-announcement">
        {live.data?.spoken ?? ""}
      </VisuallyHidden>
      {error ? (
        <ErrorAlert error={error} title="Could not load the comments" onRetry={() => refetch()} />
      ) : !loaded && fetching ? (
        <Skeleton height={80} radius="md" />
      ) : thread.length === 0 ? (
        <Text c="dimmed">No comments yet.</Text>
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: "none" }} aria-label="Comments, oldest first">
          {thread.map((c) => (
            <CommentItem key={c.id} comment={c} onChange={record} />
          ))}
        </Stack>
      )}
      <AddComment requestId={requestId} onAdded={record} />
    </Stack>
  );
}

function CommentItem({
  comment: c,
  onChange,
}: {
  comment: CommentFieldsFragment;
  onChange: (c: ThreadChange) => void;
}) {
  const state = syncText(c);
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      data-testid="comment"
      aria-label={`Comment by ${c.authorName || "someone"}`}
    >
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="xs">
            <Text fw={600} size="sm">
              {c.authorName || "Someone"}
            </Text>
            <Badge
              size="sm"
              variant="light"
              color={c.origin === "IRONCLAD" ? "grape" : "blue"}
              data-testid="comment-source"
            >
              {sourceLabel(c.origin)}
            </Badge>
            <Text size="xs" c="dimmed" component="time" dateTime={c.createdAt}>
              {dateTime(c.createdAt)}
              {c.editedAt && " · edited in Ironclad"}
            </Text>
          </Group>
          <CommentActions comment={c} onChange={onChange} />
        </Group>
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="comment-body">
          {c.body}
        </Text>
        {state && (
          <Text size="xs" c={c.syncStatus === "FAILED" ? "red" : "dimmed"} data-testid="comment-sync">
            {state}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function CommentActions({
  comment: c,
  onChange,
}: {
  comment: CommentFieldsFragment;
  onChange: (c: ThreadChange) => void;
}) {
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState(c.ironcladCopy);
  const [error, setError] = useState<string | null>(null);
  const [deleting, remove] = useMutation(DeleteCommentDocument);
  const client = useClient();
  // What happens in Ironclad is read again when the dialog opens: it is said before the person confirms.
  const ask = () =>
    void client
      .query(CommentIroncladCopyDocument, { id: c.id }, { requestPolicy: "network-only" })
      .toPromise()
      .then((r) => {
        const node = r.data?.node;
        if (node?.__typename === "Comment") setCopy(node.ironcladCopy);
        setOpen(true);
      });
  const [retrying, retry] = useMutation(RetryCommentDocument);
  if (!c.canDelete) return null;
  const busy = c.syncStatus === "PENDING" && c.syncAction === "DELETE";
  const close = () => {
    setOpen(false);
    setError(null);
  };
  const confirm = () =>
    void remove({ id: c.id }).then((r) => {
      const saved = r.data?.deleteComment;
      if (r.error || !saved) return setError(r.error ? errorMessage(r.error) : "The comment was not deleted.");
      // Deleted at once, or still here until Ironclad has deleted its copy: never claimed before it happened.
      onChange(
        saved.syncStatus === "PENDING"
          ? { kind: "EDITED", commentID: c.id, comment: saved }
          : { kind: "REMOVED", commentID: c.id },
      );
      close();
    });
  return (
    <Group gap={4} wrap="nowrap">
      {c.syncStatus === "FAILED" && (
        <Button
          size="compact-xs"
          variant="light"
          loading={retrying.fetching}
          onClick={() =>
            void retry({ id: c.id }).then((r) => {
              const saved = r.data?.retryComment;
              if (saved) onChange({ kind: "EDITED", commentID: c.id, comment: saved });
            })
          }
        >
          Retry
        </Button>
      )}
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        disabled={busy}
        onClick={ask}
        aria-label={`Delete the comment by ${c.authorName || "someone"}`}
      >
        Delete
      </Button>
      <ConfirmModal
        opened={open}
        title="Delete this comment?"
        confirmLabel="Delete comment"
        loading={deleting.fetching}
        error={error}
        onCancel={close}
        onConfirm={confirm}
      >
        {deleteConsequence(copy)}
      </ConfirmModal>
    </Group>
  );
}

function AddComment({ requestId, onAdded }: { requestId: string; onAdded: (c: ThreadChange) => void }) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, add] = useMutation(AddCommentDocument);
  const submit = () => {
    if (body.trim() === "") return setError("Write something first.");
    void add({ requestID: requestId, body }).then((r) => {
      const saved = r.data?.addComment;
      if (r.error || !saved) return setError(r.error ? errorMessage(r.error) : "The comment was not added.");
      onAdded({ kind: "ADDED", commentID: saved.id, comment: saved });
      setBody("");
      setError(null);
    });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="xs">
        <Textarea
          label="Add a comment"
          description="Press Ctrl+Enter to send."
          autosize
          minRows={2}
          value={body}
          error={error}
          onChange={(e) => setBody(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={fetching}>
            Comment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
