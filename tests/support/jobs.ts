import { inject } from "vitest";

/**
 * Waits until the local stack's stream consumers have handled every change made so far (the cloud
 * gets there on its own within a second or so; tests need to know when).
 */
export const settleJobs = async (): Promise<void> => {
  const response = await fetch(`${inject("gatewayUrl")}/__local/jobs/settle`, { method: "POST" });
  if (!response.ok) throw new Error(`settle failed: ${response.status} ${await response.text()}`);
};

/** Runs one scheduled job now, as its schedule would, and waits for it to finish. */
export const runJob = async (name: string): Promise<void> => {
  const response = await fetch(`${inject("gatewayUrl")}/__local/jobs/${name}/run`, { method: "POST" });
  if (!response.ok) throw new Error(`job ${name} failed: ${response.status} ${await response.text()}`);
};
