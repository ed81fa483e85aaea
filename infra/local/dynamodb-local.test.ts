import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startDynamoLocal } from "./dynamodb-local.ts";
import { freePort } from "./ports.ts";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const goneWithin = async (pid: number, ms: number) => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !alive(pid);
};

describe("DynamoDB Local never outlives whoever started it", () => {
  it("is gone once stopped", async () => {
    const dynamo = await startDynamoLocal({ port: await freePort() });
    const pid = dynamo.process.pid!;
    expect(alive(pid)).toBe(true);
    await dynamo.stop();
    expect(await goneWithin(pid, 10_000)).toBe(true);
  }, 120_000);

  it("is killed when its parent process is killed outright (SIGKILL, no handlers run)", async () => {
    const script = join(import.meta.dirname, "dynamodb-local.fixture.ts");
    const parent = spawn(process.execPath, ["--import", "tsx", script, String(await freePort())], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const pid = await new Promise<number>((resolve, reject) => {
      let out = "";
      parent.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        const match = /java-pid=(\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      parent.once("exit", (code) => reject(new Error(`The parent exited early (${code})`)));
    });
    expect(alive(pid)).toBe(true);
    parent.kill("SIGKILL");
    expect(await goneWithin(pid, 15_000)).toBe(true);
  }, 120_000);
});
