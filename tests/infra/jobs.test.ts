import { beforeAll, describe, expect, it } from "vitest";
import { jobTable } from "#functions/jobs.ts";
import type { JobDefinition } from "#functions/platform/jobs/job.ts";
import {
  actionsOn,
  logicalId,
  roleStatements,
  type Synthesised,
  synthPortal,
} from "./support/portal-template.ts";

// Fixture rows cover every kind of job on a real handler, whatever the job table holds today.
const fixtures: JobDefinition[] = [
  {
    name: "fixtureStream",
    kind: "stream",
    summary: "fixture",
    context: "fixture",
    handler: "performance/aggregate-changes.ts",
    itemTypes: ["referral", "contract"],
    grants: { table: "readwrite" },
  },
  {
    name: "fixtureSchedule",
    kind: "schedule",
    summary: "fixture",
    context: "fixture",
    handler: "performance/aggregate-changes.ts",
    everyMinutes: 15,
    grants: { table: "read" },
  },
  {
    name: "fixtureEmail",
    kind: "stream",
    summary: "fixture",
    context: "fixture",
    handler: "performance/aggregate-changes.ts",
    itemTypes: ["outbox-email"],
    grants: { email: true },
    runsLocally: false,
  },
];

let real: Synthesised;
let fixture: Synthesised;
beforeAll(() => {
  real = synthPortal();
  fixture = synthPortal({ jobs: fixtures, emailFrom: "notify@portal.example.gov.uk" });
});

const mappingOf = ({ stack, template }: Synthesised, name: string) => {
  const fn = stack.jobs.functions.get(name)!;
  const mappings = Object.values(template.findResources("AWS::Lambda::EventSourceMapping")).filter((m) =>
    JSON.stringify(m.Properties.FunctionName).includes(`"${logicalId(fn)}"`),
  );
  return mappings;
};

describe("jobs in the cloud stack", () => {
  it("gives every job in the job table a function of its own", () => {
    for (const job of jobTable) expect(real.stack.jobs.functions.get(job.name), job.name).toBeDefined();
  });

  it("feeds a stream job from the table's stream: only its item types, retried from the first failure, then parked", () => {
    const [mapping, ...others] = mappingOf(fixture, "fixtureStream");
    expect(others).toEqual([]);
    const p = mapping!.Properties;
    expect(JSON.stringify(p.EventSourceArn)).toContain(`"${logicalId(fixture.stack.table)}"`);
    expect(p.StartingPosition).toBe("TRIM_HORIZON");
    expect(p.FunctionResponseTypes).toEqual(["ReportBatchItemFailures"]);
    expect(p.MaximumRetryAttempts).toBe(10);
    expect(p.DestinationConfig.OnFailure.Destination).toBeDefined();
    const patterns = p.FilterCriteria.Filters.map((f: { Pattern: string }) => JSON.parse(f.Pattern));
    expect(patterns).toEqual([
      { dynamodb: { NewImage: { type: { S: ["referral", "contract"] } } } },
      { dynamodb: { OldImage: { type: { S: ["referral", "contract"] } } } },
    ]);
  });

  it("grants a stream job its table rows' rights and the stream, never Scan", () => {
    const statements = roleStatements(fixture, fixture.stack.jobs.functions.get("fixtureStream")!);
    const onTable = actionsOn(statements, logicalId(fixture.stack.table));
    expect(onTable).toContain("dynamodb:UpdateItem");
    expect(onTable).toContain("dynamodb:GetRecords");
    expect(onTable).not.toContain("dynamodb:Scan");
    expect(statements.flatMap((s) => s.Action).some((a) => a.startsWith("s3:") || a.startsWith("ses:"))).toBe(
      false,
    );
  });

  it("runs a schedule job from an EventBridge rule at its rate, with read rights only when it reads", () => {
    const fn = fixture.stack.jobs.functions.get("fixtureSchedule")!;
    const rules = Object.values(fixture.template.findResources("AWS::Events::Rule")).filter((r) =>
      JSON.stringify(r.Properties.Targets).includes(`"${logicalId(fn)}"`),
    );
    expect(rules.map((r) => r.Properties.ScheduleExpression)).toEqual(["rate(15 minutes)"]);
    const onTable = actionsOn(roleStatements(fixture, fn), logicalId(fixture.stack.table));
    expect(onTable).toContain("dynamodb:Query");
    expect(onTable).not.toContain("dynamodb:PutItem");
  });

  it("lets only an e-mail job send, from the configured identity, and tells it the address", () => {
    const fn = fixture.stack.jobs.functions.get("fixtureEmail")!;
    const ses = roleStatements(fixture, fn).filter((s) => s.Action.includes("ses:SendEmail"));
    expect(JSON.stringify(ses.map((s) => s.Resource))).toContain("identity/portal.example.gov.uk");
    const env =
      fixture.template.findResources("AWS::Lambda::Function")[logicalId(fn)]!.Properties.Environment
        .Variables;
    expect(env.EMAIL_FROM).toBe("notify@portal.example.gov.uk");
    const other = roleStatements(fixture, fixture.stack.jobs.functions.get("fixtureStream")!);
    expect(other.some((s) => s.Action.includes("ses:SendEmail"))).toBe(false);
  });
});
