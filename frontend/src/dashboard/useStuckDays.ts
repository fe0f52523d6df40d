import { useSearchParams } from "react-router";
import { defaultStuckDays, stuckDaysFrom } from "./model";

/** The stuck-days choice lives in the URL, so a link (and the wall screen) keeps it. */
export function useStuckDays(): [number, (days: number) => void] {
  const [params, setParams] = useSearchParams();
  const days = stuckDaysFrom(params.get("stuck"));
  const setDays = (next: number) =>
    setParams(next === defaultStuckDays ? {} : { stuck: String(next) }, { replace: true });
  return [days, setDays];
}
