import { portalNow } from "./opportunities.ts";

/**
 * An instant a few seconds after the portal's clock, for a session that must be booked in the future
 * and then recorded once it has started; `started()` waits until the clock has passed it.
 */
export const soon = async (seconds = 2) => {
  const at = new Date((await portalNow()).getTime() + seconds * 1000);
  return {
    at: at.toISOString(),
    started: async () => {
      while ((await portalNow()).getTime() <= at.getTime())
        await new Promise((resolve) => setTimeout(resolve, 250));
    },
  };
};
