import { VisuallyHidden } from "@mantine/core";

/**
 * Tells screen readers a status that changes while the page stays put (import
 * progress, a task's status, a new comment), politely: after what they are
 * reading, without moving the focus. Render it from the start and change only
 * `message`: a live region that appears together with its text is often not
 * read at all. The page shows the same state to sighted users; this repeats
 * it for the ear, so keep it short and leave it empty when there is no news.
 */
export function LiveStatus({ message }: { message: string }) {
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
      {message}
    </VisuallyHidden>
  );
}
