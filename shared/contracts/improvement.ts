import * as z from "zod";
import { text, versionSchema } from "./fields.ts";
import { listItem, placed } from "../http/field-messages.ts";
import { periodSchema } from "./rating.ts";

/** A plan holds at most this many actions, and each action this many progress notes. */
export const maxActions = 20;
export const maxProgress = 30;

/** One action as the provider proposes it. */
export const planActionInputSchema = z.object(
  {
    what: text("what will be done", 1000),
    owner: text("who owns the action", 120),
    dueDate: z.iso.date({ message: "Enter the date it is due, for example 2027-01-31" }),
  },
  placed("Enter what will be done, who owns it and when it is due", listItem("actions", "action")),
);

const progressStates = ["not-started", "in-progress", "done"] as const;

/**
 * One step of an improvement plan: the provider submits its actions; the commissioner agrees them or
 * sends them back with comments; the provider records progress on an agreed action; the commissioner
 * closes the plan with an outcome.
 */
export const planStepSchema = z.discriminatedUnion(
  "step",
  [
    z.object({
      step: z.literal("submit"),
      actions: z
        .array(planActionInputSchema, { message: "Add at least one action" })
        .min(1, "Add at least one action")
        .max(maxActions, `A plan can have at most ${maxActions} actions`),
      version: versionSchema,
    }),
    z.object({
      step: z.literal("agree"),
      comments: text("your comments", 2000).optional(),
      version: versionSchema,
    }),
    z.object({
      step: z.literal("send-back"),
      comments: text("what needs to change", 2000),
      version: versionSchema,
    }),
    z.object({
      step: z.literal("progress"),
      action: z
        .number({ message: "Select the action" })
        .int("Select the action")
        .min(1, "Select the action")
        .max(maxActions, "Select the action"),
      state: z.enum(progressStates, { message: "Select not started, in progress or done" }),
      note: text("the progress made", 2000),
      version: versionSchema,
    }),
    z.object({
      step: z.literal("close"),
      outcome: z.enum(["improved", "partly-improved", "not-improved"], {
        message: "Select improved, partly improved or not improved",
      }),
      summary: text("a summary of the outcome", 2000),
      version: versionSchema,
    }),
  ],
  { message: "Select submit, agree, send back, progress or close" },
);
export type PlanStep = z.infer<typeof planStepSchema>;

const party = z.object({
  role: z.enum(["provider", "commissioner"]),
  name: z.string(),
  userId: z.string(),
  organisationId: z.string().optional(),
});

/** An improvement plan, opened by a confirmed rating of requires improvement or inadequate. */
export const improvementPlanSchema = z.object({
  contractId: z.string(),
  contractReference: z.string(),
  organisationId: z.string(),
  /** The rated quarter that opened it (one plan per rating). */
  period: periodSchema,
  rating: z.string(),
  status: z.enum(["awaiting-actions", "submitted", "sent-back", "agreed", "closed"]),
  openedAt: z.iso.datetime(),
  actions: z.array(
    planActionInputSchema.extend({
      number: z.number().int(),
      state: z.enum(progressStates),
      progress: z.array(
        z.object({ state: z.enum(progressStates), note: z.string(), by: party, at: z.iso.datetime() }),
      ),
    }),
  ),
  /** The commissioner's answers to each submission, oldest first. */
  reviews: z.array(
    z.object({
      outcome: z.enum(["agreed", "sent-back"]),
      comments: z.string(),
      by: party,
      at: z.iso.datetime(),
    }),
  ),
  closure: z
    .object({
      outcome: z.enum(["improved", "partly-improved", "not-improved"]),
      summary: z.string(),
      by: party,
      at: z.iso.datetime(),
    })
    .optional(),
  version: z.number().int(),
});
export type ImprovementPlan = z.infer<typeof improvementPlanSchema>;

/** Words for a plan's status, as its page and notifications show them. */
export const planStatusText: Record<ImprovementPlan["status"], string> = {
  "awaiting-actions": "Waiting for the provider's actions",
  submitted: "Waiting for the commissioner",
  "sent-back": "Sent back to the provider",
  agreed: "Agreed: in progress",
  closed: "Closed",
};
