import { Skeleton, Table } from "@mantine/core";

/** Placeholder rows while a table's first page loads. */
export function LoadingRows({ rows = 3, columns }: { rows?: number; columns: number }) {
  return Array.from({ length: rows }, (_, i) => (
    <Table.Tr key={i} aria-hidden="true">
      {Array.from({ length: columns }, (_, j) => (
        <Table.Td key={j}>
          <Skeleton height={14} />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
}
