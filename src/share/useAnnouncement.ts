import { useCallback, useEffect, useRef, useState } from 'react';

/** Long enough to read a short confirmation, short enough that it does not linger next to other chapters. */
const VISIBLE_MS = 6000;

/**
 * A message for a polite live region (`role="status"`) that is always in the DOM. Announcing clears the
 * region first, so the same words said twice are announced twice; the text disappears after a few seconds.
 */
export function useAnnouncement(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(function clearTimerOnUnmount() {
    return function clearTimer() {
      clearTimeout(timer.current);
    };
  }, []);

  const announce = useCallback(function announce(next: string) {
    clearTimeout(timer.current);
    setMessage('');
    // A new task, so that the empty region is committed before the words arrive.
    timer.current = setTimeout(() => {
      setMessage(next);
      timer.current = setTimeout(() => setMessage(''), VISIBLE_MS);
    }, 50);
  }, []);

  return [message, announce];
}
