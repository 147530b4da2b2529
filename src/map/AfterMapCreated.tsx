import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Renders the map's layers and controls only after the task that created the map, as a transition.
 * react-leaflet creates the map in a ref callback and stores it in state there, so whatever the map container
 * holds is rendered synchronously in the creating task, with all its effects: on `almaty/` that task took
 * 95 ms with an unthrottled CPU (map creation about half of it), the longest of the page's load. Rendered in
 * a transition, the children yield to the browser like hydration does and their effects run in a task of
 * their own.
 */
export function AfterMapCreated({ children }: { children: ReactNode }) {
  const [created, setCreated] = useState(false);
  useEffect(function leaveCreationTask() {
    startTransition(() => setCreated(true));
  }, []);
  return created ? children : null;
}
