export interface Throttled {
  (): void;
  /** Drops a pending run (the component that owned it is gone). */
  cancel: () => void;
}

/**
 * Runs `run` at most once per interval: at once when it has not run for an
 * interval, otherwise once at the end of the interval however many calls came
 * in between. A burst of live events (a contract signed moves a dozen tasks)
 * costs one refetch now and one after, and the last event is never lost.
 */
export function throttle(run: () => void, intervalMs: number, now: () => number = Date.now): Throttled {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    timer = undefined;
    last = now();
    run();
  };
  const call = () => {
    if (timer !== undefined) return;
    const wait = last + intervalMs - now();
    if (wait <= 0) fire();
    else timer = setTimeout(fire, wait);
  };
  call.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return call;
}
