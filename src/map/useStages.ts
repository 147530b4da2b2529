import { useEffect, useState } from 'react';

/**
 * Counts from 1 up to `count`, one step per task: a caller renders its expensive parts stage by stage, so
 * their first draw is several short tasks instead of one long one (Total Blocking Time, scroll jank).
 * `schedule` defaults to the next task (`setTimeout` 0) and is injectable for tests.
 */
export function useStages(count: number, schedule: (next: () => void) => () => void = nextTask): number {
  const [stage, setStage] = useState(1);
  useEffect(
    function releaseNextStage() {
      if (stage >= count) return;
      return schedule(() => setStage((s) => Math.min(count, s + 1)));
    },
    [stage, count, schedule],
  );
  return stage;
}

function nextTask(next: () => void): () => void {
  const timer = setTimeout(next, 0);
  return function cancelNextTask() {
    clearTimeout(timer);
  };
}
