import type { Principal } from "#shared/auth/principal.ts";
import { referralStatusLabels, canHappen, type ReferralEvent } from "#shared/referrals/status.ts";
import { restrictionAllows } from "#shared/referrals/restriction.ts";
import { now } from "../platform/clock.ts";
import { type AuditInput, appendAudit } from "../platform/data/audit.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { conflict, notFound } from "../platform/http/problems.ts";
import { expectWithinCompletionWindow } from "./completion-window.ts";
import { findReferral, writeReferral } from "./repository.ts";
import { present, type StoredReferral } from "./stored.ts";

/**
 * Who may see a referral: its provider once it is sent; the officer who made it; once sent, the other
 * officers of the same PDU. Commissioners never (the routes do not admit them either). A restricted
 * person's referral (item 5) narrows that to those its restriction names, so this one function is the
 * whole rule for every referral route, list and search.
 */
export const canSee = (principal: Principal, r: StoredReferral): boolean =>
  usualRule(principal, r) && restrictionAllows(r.restriction, principal, r.officer.userId);

const usualRule = (principal: Principal, r: StoredReferral): boolean => {
  if (principal.role === "provider")
    return (
      r.status !== "draft" &&
      principal.organisationId !== undefined &&
      r.organisationId === principal.organisationId
    );
  if (principal.role === "responsible-officer")
    return (
      r.officer.userId === principal.userId ||
      (r.status !== "draft" && principal.pdu !== undefined && r.pdu === principal.pdu)
    );
  return false;
};

/** Whether the provider organisation as a whole may hear of the referral (its notifications). */
export const providerMaySee = (r: StoredReferral): boolean =>
  restrictionAllows(r.restriction, { organisationId: r.organisationId }, r.officer.userId);

/** Audits one access decision on a restricted person's referral, allowed or refused. */
const auditDecision = (principal: Principal, r: StoredReferral, allowed: boolean, what: string) =>
  appendAudit(principal, {
    entityType: "referral-restriction",
    entityId: r.id,
    action: allowed ? "restricted-access-allowed" : "restricted-access-refused",
    details: { what },
  });

/**
 * The referral if the caller may see it; 404 otherwise, exactly as if it did not exist. A change
 * (`asWrite`) audits an allowed decision with the change itself, so a refused change leaves no trace.
 */
export const visibleReferral = async (
  principal: Principal,
  referralId: string,
  asWrite = false,
): Promise<StoredReferral> => {
  const referral = await findReferral(referralId);
  const allowed = referral !== undefined && canSee(principal, referral);
  if (referral?.restriction && !(allowed && asWrite))
    await auditDecision(principal, referral, allowed, "referral");
  if (!referral || !allowed) throw notFound("We could not find that referral.");
  return referral;
};

/** The referrals of a list or search the caller may see; each decision on a restricted one is audited. */
export const visibleOnly = async <R extends StoredReferral>(principal: Principal, rs: R[]): Promise<R[]> => {
  const decided = rs.map((r) => ({ r, allowed: canSee(principal, r) }));
  await Promise.all(
    decided.filter((d) => d.r.restriction).map((d) => auditDecision(principal, d.r, d.allowed, "list")),
  );
  return decided.filter((d) => d.allowed).map((d) => d.r);
};

const blocked: Record<ReferralEvent, string> = {
  "edit-draft": "change its answers",
  send: "send it",
  assign: "assign it",
  "record-first-contact": "record first contact",
  "book-assessment": "book the initial assessment",
  "record-assessment": "record the initial assessment",
  "submit-action-plan": "submit an action plan until the initial assessment has happened",
  "review-action-plan": "review an action plan",
  "schedule-session": "schedule sessions until the initial assessment has happened",
  "reschedule-session": "reschedule sessions",
  "record-session": "record sessions",
  "add-note": "add case notes",
  "submit-end-of-service-report": "submit an end-of-service report until the intervention has started",
  complete: "complete it",
  withdraw: "withdraw it",
  amend: "amend it: change the draft's answers instead",
  restrict: "restrict it",
  "mark-feedback-seen": "mark its session feedback seen",
};

/** 409 unless `event` may happen to a referral in its current status. */
export const expectAllowed = (r: StoredReferral, event: ReferralEvent) => {
  if (!canHappen(r.status, event))
    throw conflict(
      `This referral is ${referralStatusLabels[r.status].toLowerCase()}, so you cannot ${blocked[event]}.`,
    );
};

/**
 * One change to a referral the caller can see: checks the status allows it and the caller had the
 * latest version, builds the next version, and writes it with its audit event and `extra` items.
 */
export const changeReferral = async (input: {
  principal: Principal;
  referralId: string;
  version: number;
  event: ReferralEvent;
  update: (r: StoredReferral, at: string) => StoredReferral | Promise<StoredReferral>;
  audit?: (r: StoredReferral, next: StoredReferral) => Pick<AuditInput, "details"> & { action?: string };
  extra?: (r: StoredReferral, next: StoredReferral) => TransactItem[];
  /** Rules beyond the status (throw to refuse), checked after the status and version. */
  check?: (r: StoredReferral) => void;
}) => {
  const r = await visibleReferral(input.principal, input.referralId, true);
  expectAllowed(r, input.event);
  if (r.version !== input.version)
    throw conflict("This referral was changed somewhere else since you loaded it. Reload it and try again.");
  input.check?.(r);
  await expectWithinCompletionWindow(r, input.event);
  const at = now().toISOString();
  const next: StoredReferral = { ...(await input.update(r, at)), updatedAt: at, version: r.version + 1 };
  const audit = input.audit?.(r, next) ?? {};
  await writeReferral(
    input.principal,
    next,
    r.version,
    {
      action: audit.action ?? input.event,
      fromState: r.status,
      toState: next.status,
      ...(audit.details || r.restriction
        ? { details: { ...audit.details, ...(r.restriction ? { restrictedAccess: "allowed" } : {}) } }
        : {}),
    },
    input.extra?.(r, next) ?? [],
  );
  return present(next, now());
};

/** A person as referrals record them. */
export const personOf = (principal: Principal) => ({ userId: principal.userId, name: principal.name });
