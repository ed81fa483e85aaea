import type { Principal } from "#shared/auth/principal.ts";
import { referralStatusLabels, canHappen, type ReferralEvent } from "#shared/referrals/status.ts";
import { now } from "../platform/clock.ts";
import type { AuditInput } from "../platform/data/audit.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { conflict, notFound } from "../platform/http/problems.ts";
import { findReferral, writeReferral } from "./repository.ts";
import { present, type StoredReferral } from "./stored.ts";

/**
 * Who may see a referral: its provider once it is sent; the officer who made it; once sent, the other
 * officers of the same PDU. Commissioners never (the routes do not admit them either).
 */
export const canSee = (principal: Principal, r: StoredReferral): boolean => {
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

/** The referral if the caller may see it; 404 otherwise, exactly as if it did not exist. */
export const visibleReferral = async (principal: Principal, referralId: string): Promise<StoredReferral> => {
  const referral = await findReferral(referralId);
  if (!referral || !canSee(principal, referral)) throw notFound("We could not find that referral.");
  return referral;
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
  const r = await visibleReferral(input.principal, input.referralId);
  expectAllowed(r, input.event);
  if (r.version !== input.version)
    throw conflict("This referral was changed somewhere else since you loaded it. Reload it and try again.");
  input.check?.(r);
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
      ...(audit.details ? { details: audit.details } : {}),
    },
    input.extra?.(r, next) ?? [],
  );
  return present(next, now());
};

/** A person as referrals record them. */
export const personOf = (principal: Principal) => ({ userId: principal.userId, name: principal.name });
