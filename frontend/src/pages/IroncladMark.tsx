import { ThemeIcon } from "@mantine/core";

/** A plain stand-in mark for Ironclad (we ship no third-party logos). */
export function IroncladMark({ size = 44 }: { size?: number }) {
  return (
    <ThemeIcon size={size} radius="md" color="dark" variant="filled" aria-hidden="true">
      <span style={{ fontWeight: 800, fontSize: size * 0.45 }}>IC</span>
    </ThemeIcon>
  );
}
