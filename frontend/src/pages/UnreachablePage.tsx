import { Button, Center } from "@mantine/core";
import { IconPlugConnectedX } from "@tabler/icons-react";
import { EmptyState } from "../components/EmptyState";
import { useSession } from "../session/context";

export function UnreachablePage({ message }: { message: string }) {
  const { reload } = useSession();
  return (
    <Center mih="100vh" p="md">
      <EmptyState
        icon={<IconPlugConnectedX size={28} />}
        title="Tradewind is not answering"
        action={<Button onClick={reload}>Try again</Button>}
      >
        {message}
      </EmptyState>
    </Center>
  );
}
