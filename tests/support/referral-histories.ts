import { marshall } from "@aws-sdk/util-dynamodb";
import type { DynamoDBRecord } from "aws-lambda";
import fc from "fast-check";
import type { CountedReferral } from "#shared/performance/contribution.ts";
import { findNeedArea, referenceData } from "#shared/reference/index.ts";
import { referralKind } from "#functions/referrals/items.ts";

/** A referral image as the stream carries it: the counted parts, its id, version and item type. */
export type ReferralImage = CountedReferral & { id: string; version: number; type: "referral" };

const day = 24 * 60 * 60 * 1000;
const start = Date.parse("2026-01-05T10:00:00Z");
const at = (days: number, hour = 0) => new Date(start + days * day + hour * 3_600_000).toISOString();
const person = { userId: "user-x", name: "Someone" };

const historyArbitrary = fc.record({
  sentDay: fc.integer({ min: 0, max: 400 }),
  pdu: fc.constantFrom("camden-and-islington", "hackney-and-city", "cardiff-and-vale"),
  contract: fc.integer({ min: 0, max: 1 }),
  needAreaId: fc.constantFrom("accommodation", "employment-training-education"),
  assigned: fc.boolean(),
  contactAfter: fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
  assessAfter: fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
  sessions: fc.array(
    fc.record({
      after: fc.integer({ min: 1, max: 120 }),
      attendance: fc.constantFrom("attended", "late", "did-not-attend"),
      concern: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  ending: fc.option(
    fc.oneof(
      fc.record({ kind: fc.constant("completed" as const), after: fc.integer({ min: 1, max: 150 }) }),
      fc.record({
        kind: fc.constant("withdrawn" as const),
        after: fc.integer({ min: 1, max: 150 }),
        reasonId: fc.constantFrom(...referenceData.withdrawalReasons.map((r) => r.id)),
      }),
    ),
    { nil: undefined },
  ),
  outcomes: fc.array(
    fc.record({
      index: fc.integer({ min: 0, max: 3 }),
      achievement: fc.constantFrom("achieved", "partially-achieved", "not-achieved"),
    }),
    { maxLength: 3 },
  ),
});

/**
 * Random referral lives as the sequence of images the table would hold, version by version: sent,
 * then assigned, contacted, assessed, sessions recorded, report and ending in order. Contracts and
 * organisations are named after `runId`, so each property run counts into partitions of its own.
 */
export const referralLives = (runId: string) =>
  fc.array(historyArbitrary, { minLength: 1, maxLength: 5 }).map((lives) =>
    lives.map((life, n): ReferralImage[] => {
      const sent = life.sentDay;
      let image: ReferralImage = {
        id: `${runId}-r${n}`,
        type: "referral",
        version: 1,
        status: "sent",
        contractId: `${runId}-contract-${life.contract}`,
        organisationId: `${runId}-org`,
        needAreaId: life.needAreaId,
        pdu: life.pdu,
        sentAt: at(sent),
        sessions: [],
      };
      const images = [image];
      const next = (change: Partial<ReferralImage>) => {
        image = { ...image, ...change, version: image.version + 1 };
        images.push(image);
      };
      if (life.assigned) next({ caseworker: person });
      if (life.contactAfter !== undefined) {
        next({
          firstContact: { contactedAt: at(sent + life.contactAfter, 2), method: "phone", recordedBy: person },
        });
      }
      if (life.assessAfter !== undefined) {
        next({
          status: "in-progress",
          assessment: { changes: [], completedAt: at(sent + life.assessAfter, 3) },
        });
      }
      for (const [i, s] of life.sessions.entries()) {
        const sessionAt = at(sent + s.after, 4);
        next({
          sessions: [
            ...image.sessions,
            {
              number: i + 1,
              at: sessionAt,
              durationMinutes: 60,
              format: "one-to-one",
              method: "in-person",
              feedback: {
                attendance: s.attendance,
                notifyOfficer: s.concern,
                recordedAt: sessionAt,
                recordedBy: person,
              },
            } as ReferralImage["sessions"][number],
          ],
        });
      }
      const ended = life.ending;
      if (ended && life.outcomes.length > 0) {
        const options = findNeedArea(life.needAreaId)?.desiredOutcomes ?? [];
        next({
          endOfServiceReport: {
            outcomes: life.outcomes.map((o) => ({
              outcome: options[o.index] ?? "",
              achievement: o.achievement,
              progress: "Notes",
            })),
            furtherWork: "",
            submittedAt: at(sent + ended.after, 5),
            submittedBy: person,
          },
        });
      }
      if (ended?.kind === "completed") next({ status: "completed", completedAt: at(sent + ended.after, 6) });
      if (ended?.kind === "withdrawn") {
        next({
          status: "withdrawn",
          withdrawal: { reasonId: ended.reasonId, at: at(sent + ended.after, 6), by: person },
        });
      }
      return images;
    }),
  );

/** The stream record of a change from `before` to `after`, as Lambda receives it. */
export const streamRecord = (
  after: ReferralImage,
  before: ReferralImage | undefined,
  sequence: number,
): DynamoDBRecord =>
  ({
    eventName: before ? "MODIFY" : "INSERT",
    eventSource: "aws:dynamodb",
    dynamodb: {
      Keys: marshall(referralKind.key({ id: after.id })),
      NewImage: marshall(after, { removeUndefinedValues: true }),
      ...(before ? { OldImage: marshall(before, { removeUndefinedValues: true }) } : {}),
      SequenceNumber: String(sequence).padStart(21, "0"),
      StreamViewType: "NEW_AND_OLD_IMAGES",
    },
  }) as DynamoDBRecord;
