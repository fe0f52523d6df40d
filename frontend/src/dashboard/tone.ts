// Secondary text that still reads at 4.5:1: on the light page's white cards,
// and on the wall screen's dark ones (Mantine's dimmed grey does neither).
export function mutedColor(wall: boolean): string {
  return wall ? "dark.1" : "gray.7";
}
