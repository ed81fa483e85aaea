import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DescribeTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type _Record,
} from "@aws-sdk/client-dynamodb-streams";
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from "aws-lambda";
import type { JobDefinition, ScheduleJob, StreamJob } from "#functions/platform/jobs/job.ts";

export interface JobRunner {
  /** Resolves once every change made before the call has reached every stream job. */
  settle(): Promise<void>;
  /**
   * Bench only: runs a bulk backfill that writes its own aggregates with the stream consumers paused,
   * then carries on from the newest change instead of re-reading the backfill (what a real backfill
   * does before its consumer starts).
   */
  backfill(work: () => Promise<unknown>): Promise<void>;
  /** Runs one scheduled job now; false if there is no such job. */
  run(name: string): Promise<boolean>;
  stop(): Promise<void>;
}

interface Options {
  jobs: readonly JobDefinition[];
  functionsDir: string;
  client: DynamoDBClient;
  endpoint: string;
  tableName: string;
  /** How often to look for new changes; the cloud's event source polls about four times a second. */
  pollMs?: number;
}

type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;
type ScheduleHandler = () => Promise<void>;

type Av = Record<string, unknown>;

/**
 * The Streams client (3.1141) reads an empty map attribute `{ M: {} }` back as `{}`, which
 * unmarshall then rejects; Lambda's event JSON has no such gap, so the runner mends it here.
 */
const mend = (value: Av): Av => {
  if (Object.keys(value).length === 0) return { M: {} };
  if (value.M) return { M: mendImage(value.M as Record<string, Av>) };
  if (Array.isArray(value.L)) return { L: (value.L as Av[]).map(mend) };
  return value;
};
const mendImage = (image: Record<string, Av>) =>
  Object.fromEntries(Object.entries(image).map(([k, v]) => [k, mend(v)]));

const mendRecord = (record: _Record): _Record => {
  const d = record.dynamodb;
  if (!d) return record;
  return {
    ...record,
    dynamodb: {
      ...d,
      ...(d.NewImage
        ? { NewImage: mendImage(d.NewImage as unknown as Record<string, Av>) as unknown as typeof d.NewImage }
        : {}),
      ...(d.OldImage
        ? { OldImage: mendImage(d.OldImage as unknown as Record<string, Av>) as unknown as typeof d.OldImage }
        : {}),
    },
  };
};

const itemType = (record: _Record) =>
  record.dynamodb?.NewImage?.type?.S ?? record.dynamodb?.OldImage?.type?.S ?? undefined;

/**
 * Runs the job table on this machine, as the cloud's event sources and schedules would: reads
 * DynamoDB Local's stream shard by shard (from the oldest record kept, so a restart re-delivers and
 * the idempotent consumers absorb it) and hands each stream job the records of its item types in
 * order, retrying a batch from the first failed record; and runs each schedule every few minutes.
 * Written by hand: there is no local Lambda event-source poller for DynamoDB Local to use instead.
 */
export const startJobRunner = (options: Options): JobRunner => {
  const streams = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: "eu-west-2",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const load = <T>(job: JobDefinition) =>
    import(pathToFileURL(join(options.functionsDir, job.handler)).href).then(
      (m: { handler: T }) => m.handler,
    );
  const local = options.jobs.filter((j) => j.runsLocally !== false);
  const streamJobs = local.filter((j): j is StreamJob => j.kind === "stream");
  const scheduleJobs = local.filter((j): j is ScheduleJob => j.kind === "schedule");

  let streamArn: string | undefined;
  // Per shard: where to read next; null once a closed shard has been read to its end.
  const iterators = new Map<string, string | null>();
  // Records a job has not yet handled (a failed batch is retried from its first failure).
  const backlog = new Map<string, _Record[]>();

  const deliver = async (job: StreamJob, records: _Record[]) => {
    const pending = [
      ...(backlog.get(job.name) ?? []),
      ...records.filter((r) => job.itemTypes.includes(itemType(r) ?? "")),
    ];
    backlog.set(job.name, []);
    if (pending.length === 0) return;
    const handler = await load<StreamHandler>(job);
    for (let i = 0; i < pending.length; i += 100) {
      const batch = pending.slice(i, i + 100);
      const result = await handler({ Records: batch } as unknown as DynamoDBStreamEvent);
      const failed = new Set(result.batchItemFailures.map((f) => f.itemIdentifier));
      if (failed.size > 0) {
        const first = batch.findIndex((r) => failed.has(r.dynamodb?.SequenceNumber ?? ""));
        backlog.set(job.name, pending.slice(i + Math.max(first, 0)));
        return;
      }
    }
  };

  /** One pass over every shard; returns how many records it read. */
  const poll = async (): Promise<number> => {
    if (!streamArn) {
      const table = await options.client.send(new DescribeTableCommand({ TableName: options.tableName }));
      streamArn = table.Table?.LatestStreamArn;
      if (!streamArn) return 0;
    }
    const description = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    let read = 0;
    for (const shard of description.StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId!;
      let iterator: string | null | undefined = iterators.get(shardId);
      if (iterator === null) continue;
      if (iterator === undefined) {
        const started = await streams.send(
          new GetShardIteratorCommand({
            StreamArn: streamArn,
            ShardId: shardId,
            ShardIteratorType: "TRIM_HORIZON",
          }),
        );
        iterator = started.ShardIterator ?? null;
      }
      while (iterator) {
        const page: GetRecordsCommandOutput = await streams.send(
          new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }),
        );
        const records = (page.Records ?? []).map(mendRecord);
        read += records.length;
        for (const job of streamJobs) await deliver(job, records);
        iterator = page.NextShardIterator ?? null;
        iterators.set(shardId, iterator);
        if (records.length === 0) break;
      }
      if (!iterator) iterators.set(shardId, null);
    }
    return read + [...backlog.values()].reduce((n, b) => n + b.length, 0);
  };

  // One pass at a time, whether from the timer or a settle.
  let running: Promise<number> = Promise.resolve(0);
  let paused = false;
  const pass = () => {
    if (paused) return running;
    running = running.then(poll, poll).catch(() => {
      // DynamoDB Local stopped or restarted (the reliability suite does this): find the stream again.
      streamArn = undefined;
      iterators.clear();
      return 0;
    });
    return running;
  };

  let stopped = false;
  const streamTimer = setInterval(() => void pass(), options.pollMs ?? 250);
  const scheduleTimers = scheduleJobs.map((job) =>
    setInterval(
      () =>
        void load<ScheduleHandler>(job)
          .then((h) => h())
          .catch(() => undefined),
      job.everyMinutes * 60_000,
    ),
  );

  const settle = async () => {
    // Our consumers' own writes are changes too: pass until a pass finds nothing new.
    for (let i = 0; i < 20 && !stopped; i += 1) {
      if ((await pass()) === 0) return;
    }
  };

  return {
    settle,
    backfill: async (work) => {
      await settle();
      paused = true;
      await running;
      await work();
      const skip = async () => {
        if (!streamArn) return 0;
        const description = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
        for (const shard of description.StreamDescription?.Shards ?? []) {
          const open = !shard.SequenceNumberRange?.EndingSequenceNumber;
          const latest = open
            ? await streams.send(
                new GetShardIteratorCommand({
                  StreamArn: streamArn,
                  ShardId: shard.ShardId!,
                  ShardIteratorType: "LATEST",
                }),
              )
            : undefined;
          iterators.set(shard.ShardId!, latest?.ShardIterator ?? null);
        }
        backlog.clear();
        return 0;
      };
      running = running.then(skip, skip);
      await running;
      paused = false;
    },
    run: async (name) => {
      const job = scheduleJobs.find((j) => j.name === name);
      if (!job) return false;
      await (
        await load<ScheduleHandler>(job)
      )();
      return true;
    },
    stop: async () => {
      stopped = true;
      clearInterval(streamTimer);
      for (const t of scheduleTimers) clearInterval(t);
      await running;
      streams.destroy();
    },
  };
};
