import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Where a chunk written to stdout belongs: routine structured logs and metrics (EMF lines, which carry
 * `_aws` and no level) go to the file; the rest stays.
 */
export const destinationOf = (chunk: string): "file" | "terminal" => {
  const text = chunk.trim();
  if (!text.startsWith("{")) return "terminal";
  try {
    const entry = JSON.parse(text) as { level?: unknown; _aws?: unknown };
    if (entry.level === undefined && typeof entry._aws === "object") return "file";
    return entry.level === "INFO" || entry.level === "DEBUG" ? "file" : "terminal";
  } catch {
    return "terminal";
  }
};

/**
 * `npm start`: the handlers' INFO and DEBUG logs (one per request, thousands an hour) go to `file`;
 * the terminal keeps the start banner, warnings and errors. Returns the file's path.
 */
export const sendRequestLogsTo = (file: string): string => {
  mkdirSync(dirname(file), { recursive: true });
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    if (destinationOf(text) === "file") {
      appendFileSync(file, text.endsWith("\n") ? text : `${text}\n`);
      const callback = rest.find((r) => typeof r === "function") as (() => void) | undefined;
      callback?.();
      return true;
    }
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  return file;
};
