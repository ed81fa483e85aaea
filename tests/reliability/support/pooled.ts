/** Runs the tasks with at most `limit` in flight: setting a test up, never the race it is about. */
export const pooled = async <T>(tasks: (() => Promise<T>)[], limit = 8): Promise<T[]> => {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]!();
      }
    }),
  );
  return results;
};
