import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "./stack.ts";

/** Builds the web app with the project's Vite (into web/dist, or `outDir`), as `npm run build:web` does. */
export const buildWeb = (outDir?: string) =>
  execFileSync(
    process.execPath,
    [
      join(repoRoot, "node_modules/vite/bin/vite.js"),
      "build",
      "--config",
      "web/vite.config.ts",
      ...(outDir ? ["--outDir", outDir, "--emptyOutDir"] : []),
      "--logLevel",
      outDir ? "error" : "warn",
    ],
    { cwd: repoRoot, stdio: outDir ? ["ignore", "ignore", "inherit"] : "inherit" },
  );
