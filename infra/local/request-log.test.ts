import { describe, expect, it } from "vitest";
import { destinationOf } from "./request-log.ts";

describe("npm start's terminal", () => {
  it("sends routine request logs and metric lines to the file and keeps warnings, errors and the banner", () => {
    expect(destinationOf('{"level":"INFO","message":"Request handled","status":200}\n')).toBe("file");
    expect(destinationOf('{\n    "level": "DEBUG",\n    "message": "x"\n}\n')).toBe("file");
    expect(destinationOf('{"level":"WARN","message":"Slow stream consumer"}')).toBe("terminal");
    expect(destinationOf('{"level":"ERROR","message":"Request failed"}')).toBe("terminal");
    expect(destinationOf('{"_aws":{"Timestamp":1,"CloudWatchMetrics":[]},"JobRecordsProcessed":3}\n')).toBe(
      "file",
    );
    expect(destinationOf('{"level":"ERROR","_aws":{},"message":"Job failed"}')).toBe("terminal");
    expect(destinationOf("  Dynamic Framework Portal is running (900 ms)\n")).toBe("terminal");
  });
});
