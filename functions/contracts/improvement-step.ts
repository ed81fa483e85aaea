import type { Principal } from "#shared/auth/principal.ts";
import { type ImprovementPlan, maxProgress, type PlanStep } from "#shared/contracts/improvement.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, forbidden, ruleBroken } from "../platform/http/problems.ts";
import { contractHref, partyOf } from "./change-parties.ts";
import { contractFor, writeTransition } from "./management-repository.ts";
import { notifyParties, otherParty } from "./notify.ts";
import { planOr404, planPut } from "./review-repository.ts";
import { stepImprovementPlanRoute } from "./review-routes.ts";

/** Who takes each step: the provider writes and carries out the plan; the commissioner judges it. */
const takenBy: Record<PlanStep["step"], "provider" | "commissioner"> = {
  submit: "provider",
  agree: "commissioner",
  "send-back": "commissioner",
  progress: "provider",
  close: "commissioner",
};

const outcomeText = {
  improved: "improved",
  "partly-improved": "partly improved",
  "not-improved": "not improved",
};

/** The plan after `step`, and what the other party is told; 422 when the plan is not at that stage. */
const apply = (plan: ImprovementPlan, step: PlanStep, principal: Principal): [ImprovementPlan, string] => {
  const by = partyOf(principal);
  const at = now().toISOString();
  const next = { ...plan, version: plan.version + 1 };
  switch (step.step) {
    case "submit":
      if (plan.status !== "awaiting-actions" && plan.status !== "sent-back")
        throw ruleBroken("The actions have been submitted already.", "plan-submitted");
      return [
        {
          ...next,
          status: "submitted",
          actions: step.actions.map((a, i) => ({ ...a, number: i + 1, state: "not-started", progress: [] })),
        },
        `${by.name} submitted ${step.actions.length} improvement action(s). Agree them or send them back.`,
      ];
    case "agree":
    case "send-back": {
      if (plan.status !== "submitted")
        throw ruleBroken("There are no submitted actions waiting for your answer.", "plan-not-submitted");
      const agreed = step.step === "agree";
      return [
        {
          ...next,
          status: agreed ? "agreed" : "sent-back",
          reviews: [
            ...plan.reviews,
            { outcome: agreed ? "agreed" : "sent-back", comments: step.comments ?? "", by, at },
          ],
        },
        agreed
          ? `${by.name} agreed the improvement plan. Record progress on each action.`
          : `${by.name} sent the improvement plan back: ${step.comments}`,
      ];
    }
    case "progress": {
      if (plan.status !== "agreed")
        throw ruleBroken(
          "Progress is recorded once the plan is agreed and until it is closed.",
          "plan-not-agreed",
        );
      const action = plan.actions.find((a) => a.number === step.action);
      if (!action) throw ruleBroken(`The plan has no action ${step.action}.`, "plan-no-action");
      if (action.progress.length >= maxProgress)
        throw ruleBroken("This action has as many progress notes as it can hold.", "plan-progress-full");
      return [
        {
          ...next,
          actions: plan.actions.map((a) =>
            a.number === step.action
              ? {
                  ...a,
                  state: step.state,
                  progress: [...a.progress, { state: step.state, note: step.note, by, at }],
                }
              : a,
          ),
        },
        `${by.name} recorded progress on action ${step.action}.`,
      ];
    }
    case "close":
      if (plan.status !== "agreed") throw ruleBroken("Only an agreed plan can be closed.", "plan-not-agreed");
      return [
        { ...next, status: "closed", closure: { outcome: step.outcome, summary: step.summary, by, at } },
        `${by.name} closed the improvement plan: ${outcomeText[step.outcome]}.`,
      ];
  }
};

/**
 * One step of an improvement plan (seed 003's "Improvement"). Every step is a conditional write on
 * the plan's version (a race → 409), tells the other party and appears on the contract's history.
 */
export const handler = httpHandler(stepImprovementPlanRoute, async ({ principal, params, body }) => {
  const contract = await contractFor(principal, params.contractId);
  const plan = await planOr404(contract.id, params.period);
  if (principal.role !== takenBy[body.step])
    throw forbidden(
      takenBy[body.step] === "provider"
        ? "Only the provider can submit actions or record progress."
        : "Only a commissioner can agree, send back or close an improvement plan.",
    );
  if (plan.version !== body.version) throw conflict();
  if (plan.status === "closed") throw ruleBroken("This improvement plan is closed.", "plan-closed");
  const [next, message] = apply(plan, body, principal);
  await writeTransition([
    planPut(next, plan),
    auditPut(principal, {
      entityType: "contract",
      entityId: contract.id,
      action: `improvement-plan-${body.step}`,
      fromState: plan.status,
      toState: next.status,
      details: { period: plan.period, ...(body.step === "progress" ? { action: body.action } : {}) },
    }),
    ...(await notifyParties(contract, otherParty(principal), {
      title: `Improvement plan for ${plan.period} on contract ${contract.reference}`,
      body: message,
      href: `${contractHref(contract, "performance")}/plans/${plan.period}`,
    })),
  ]);
  return next;
});
