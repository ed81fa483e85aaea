import { fileURLToPath } from "node:url";

/** The repository root: function entries, the lock file and web/dist are resolved from here, not from the cwd. */
export const projectRoot = fileURLToPath(new URL("..", import.meta.url));
