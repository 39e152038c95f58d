/** Runs a task after every task queued before it has settled; internal. */
export type Serial = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A first-in, first-out queue of async tasks, one running at a time. The SQLite store has one
 * connection, and Kysely's connection lock wakes every waiter each time it is released, so
 * thousands of concurrent calls cost the square of their number; queued here, each call
 * waits on the one before it alone. Internal.
 */
export function serialQueue(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };
}

/** Runs each task at once (PostgreSQL: the pool queues connections itself); internal. */
export const concurrent: Serial = (task) => task();
