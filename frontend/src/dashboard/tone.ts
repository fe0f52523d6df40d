// Secondary text that reads at 4.5:1: the theme makes "dimmed" do so on the
// light page, but leaves the dark scheme alone (only the wall screen uses it),
// where dimmed is dark 2 on dark 7, about 4:1; dark 1 reads at about 8:1.
export function mutedColor(wall: boolean): string {
  return wall ? "dark.1" : "dimmed";
}
