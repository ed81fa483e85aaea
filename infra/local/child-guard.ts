import { type ChildProcess, spawn } from "node:child_process";

const guarded = new Set<ChildProcess>();
let hooksInstalled = false;

const killAll = () => {
  for (const child of guarded)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
};

/** On exit, and on Ctrl-C or SIGTERM when nobody else handles them, take the guarded children down too. */
const installHooks = () => {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.once("exit", killAll);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    if (process.listenerCount(signal) > 0) continue; // The owner (npm start) handles it and stops the stack.
    process.once(signal, () => {
      killAll();
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
};

/**
 * Makes sure a child process (DynamoDB Local's Java, about 440 MB) never outlives this process: it is
 * killed when this process exits or is interrupted, and a tiny watchdog shell kills it if this process
 * dies without running any handler (SIGKILL, a crashed test runner). Returns a function that stops
 * guarding it (call it once the child has been stopped on purpose).
 */
export const guardChild = (child: ChildProcess): (() => void) => {
  if (child.pid === undefined) return () => undefined;
  installHooks();
  guarded.add(child);
  const watchdog = spawn(
    "/bin/sh",
    [
      "-c",
      'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done; kill -9 "$2" 2>/dev/null; exit 0',
      "watchdog",
      String(process.pid),
      String(child.pid),
    ],
    { detached: true, stdio: "ignore" },
  );
  watchdog.unref();
  const release = () => {
    guarded.delete(child);
    if (watchdog.exitCode === null) watchdog.kill("SIGKILL");
  };
  child.once("exit", release);
  return release;
};
