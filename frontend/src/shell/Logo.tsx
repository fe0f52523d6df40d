import { Group, Text } from "@mantine/core";

/** The Tradewind mark: two waves on blue, and the name. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="7" fill="#1c7ed6" />
        <path d="M6 20c4-6 8-6 10-3s6 3 10-3" stroke="#fff" strokeWidth="3" fill="none" strokeLinecap="round" />
        <path d="M6 13c4-6 8-6 10-3s6 3 10-3" stroke="#a5d8ff" strokeWidth="2.5" fill="none" strokeLinecap="round" />
      </svg>
      <Text fw={700} size="lg">
        Tradewind
      </Text>
    </Group>
  );
}
