import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import type { Principal } from "#shared/auth/principal.ts";
import type { Application, ApplicationInput, DecisionInput } from "#shared/framework/application.ts";
import {
  accountKeys,
  admittedOrganisationIndex,
  firstAdministratorUpdate,
  readProfile,
} from "../accounts/index.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { addWorkingDays } from "#shared/time/index.ts";
import { notificationItems } from "../notifications/index.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { failedConditions, transact } from "../platform/data/transact.ts";
import { conflict } from "../platform/http/problems.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { admissionDecisionWorkingDays } from "./config.ts";
import { applicationKind } from "./items.ts";

/** Keys of framework applications (declared in ./items.ts). */
const keys = {
  application: (id: string) => applicationKind.key({ id }),
  byStatus: (status: string) => applicationKind.gsi1.pk({ status }),
  byOrganisation: (organisationId: string) => applicationKind.gsi2.pk({ organisationId }),
};

type StoredApplication = Application & Record<string, unknown>;

/** When a decision on an application submitted at `submittedAt` is due (the configured working days). */
export const decisionDueFrom = (submittedAt: string): string =>
  addWorkingDays(new Date(submittedAt), admissionDecisionWorkingDays()).toISOString();

// Applications stored before documents existed have no attachments list; those stored before the
// decision clock have no due date, so theirs is derived from submission as a new one's would be.
const strip = (item: StoredApplication): Application => {
  const application = withoutKeys<Application>(item);
  const decisionDueAt = application.decisionDueAt ?? decisionDueFrom(application.submittedAt);
  return {
    ...application,
    attachments: application.attachments ?? [],
    decisionDueAt,
    ...(application.status === "submitted" ? { overdue: now().toISOString() > decisionDueAt } : {}),
  };
};

/** The stored item of an application, with its index keys (also used by the demo seed). */
export const applicationItem = (application: Application) => applicationKind.item(application, application);

/** Reads one application, or undefined. */
export const findApplication = async (id: string): Promise<Application | undefined> => {
  const result = await db().send(new GetCommand({ TableName: tableName(), Key: keys.application(id) }));
  return result.Item ? strip(result.Item as StoredApplication) : undefined;
};

/**
 * Stores a new application and marks the organisation as applied, in one transaction with its audit
 * event. Refused (409) while another application waits or once the organisation is admitted.
 */
export const createApplication = async (actor: Principal, input: ApplicationInput): Promise<Application> => {
  const organisationId = actor.organisationId!;
  const at = now().toISOString();
  const application: Application = {
    ...input,
    id: ulid(),
    organisationId,
    status: "submitted",
    submittedAt: at,
    submittedBy: actor.userId,
    decisionDueAt: decisionDueFrom(at),
    version: 1,
  };
  const received = {
    title: "Your application to join the dynamic market was received",
    body: `A framework administrator will decide on it by ${formatDeadline(application.decisionDueAt!)}.`,
    href: "/",
  };
  try {
    await transact([
      {
        Update: {
          TableName: tableName(),
          Key: accountKeys.organisation(organisationId),
          UpdateExpression:
            "SET id = :id, frameworkStatus = :applied, pendingApplicationId = :app, #name = if_not_exists(#name, :name), needAreaIds = if_not_exists(needAreaIds, :empty), regionIds = if_not_exists(regionIds, :empty)",
          ConditionExpression: "attribute_not_exists(pk) OR frameworkStatus IN (:notApplied, :rejected)",
          ExpressionAttributeNames: { "#name": "name" },
          ExpressionAttributeValues: {
            ":id": organisationId,
            ":applied": "applied",
            ":app": application.id,
            ":name": input.organisationName,
            ":empty": [],
            ":notApplied": "not-applied",
            ":rejected": "rejected",
          },
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: applicationItem(application),
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      auditPut(actor, {
        entityType: "framework-application",
        entityId: application.id,
        action: "application-submitted",
        toState: "submitted",
        details: { organisationId },
      }),
      ...notificationItems({ organisationId }, received),
    ]);
  } catch (error) {
    if (failedConditions(error)?.includes(0)) {
      throw conflict(
        "Your organisation already has an application waiting for a decision, or is already on the framework.",
      );
    }
    throw error;
  }
  return application;
};

/** Records a decision: the application's state, the organisation's framework status and the audit event move together. */
export const decideApplication = async (
  actor: Principal,
  application: Application,
  input: DecisionInput,
): Promise<Application> => {
  const status = input.decision === "admit" ? "admitted" : "rejected";
  const at = now().toISOString();
  const decided: Application = {
    ...application,
    status,
    decidedAt: at,
    decidedBy: actor.userId,
    ...(input.reason ? { decisionReason: input.reason } : {}),
    version: application.version + 1,
  };
  const organisationUpdate =
    status === "admitted"
      ? "SET frameworkStatus = :status, #name = :name, legalForm = :legalForm, registrationNumber = :reg, #size = :size, vcse = :vcse, needAreaIds = :needs, regionIds = :regions, gsi1pk = :orgIndex, gsi1sk = :orgSort REMOVE pendingApplicationId"
      : "SET frameworkStatus = :status REMOVE pendingApplicationId";
  // The person who applied becomes the organisation's first administrator (ADR 0025).
  const applicant =
    status === "admitted" ? (await readProfile(application.submittedBy, undefined)).user : undefined;
  try {
    await transact([
      {
        Update: {
          TableName: tableName(),
          Key: keys.application(application.id),
          // An admission may have no reason: the attribute is then absent, never null.
          UpdateExpression: input.reason
            ? "SET #status = :status, decidedAt = :at, decidedBy = :by, decisionReason = :reason, version = :next, gsi1pk = :index"
            : "SET #status = :status, decidedAt = :at, decidedBy = :by, version = :next, gsi1pk = :index",
          ConditionExpression: "#status = :submitted AND version = :version",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: {
            ":status": status,
            ":at": at,
            ":by": actor.userId,
            ...(input.reason ? { ":reason": input.reason } : {}),
            ":next": decided.version,
            ":index": keys.byStatus(status),
            ":submitted": "submitted",
            ":version": input.version,
          },
        },
      },
      {
        Update: {
          TableName: tableName(),
          Key: accountKeys.organisation(application.organisationId),
          UpdateExpression: organisationUpdate,
          ConditionExpression: "pendingApplicationId = :app",
          ...(status === "admitted"
            ? { ExpressionAttributeNames: { "#name": "name", "#size": "size" } }
            : {}),
          ExpressionAttributeValues: {
            ":status": status,
            ":app": application.id,
            ...(status === "admitted"
              ? {
                  ":name": application.organisationName,
                  ":legalForm": application.legalForm,
                  ":reg": application.registrationNumber,
                  ":size": application.size,
                  ":vcse": application.vcse,
                  ":needs": application.needAreaIds,
                  ":regions": application.regionIds,
                  // Listed among admitted organisations (see `admittedOrganisationIndex`).
                  ":orgIndex": admittedOrganisationIndex(application.organisationName).gsi1pk,
                  ":orgSort": admittedOrganisationIndex(application.organisationName).gsi1sk,
                }
              : {}),
          },
        },
      },
      auditPut(actor, {
        entityType: "framework-application",
        entityId: application.id,
        action: `application-${status}`,
        fromState: "submitted",
        toState: status,
        details: { organisationId: application.organisationId },
      }),
      ...(applicant
        ? [
            firstAdministratorUpdate({
              userId: application.submittedBy,
              organisationId: application.organisationId,
              name: applicant.name,
              email: applicant.email,
              at,
            }),
          ]
        : []),
    ]);
  } catch (error) {
    if (failedConditions(error)) {
      throw conflict(
        "This application has already been decided or changed. Reload the page to see its status.",
      );
    }
    throw error;
  }
  return decided;
};

/**
 * Applications in one state by decision due date (a Query on the status index). The index sorts by
 * submission time, and the due date is submission + a fixed number of working days, which never
 * reorders two applications: so this order is the due-date order.
 */
export const listApplicationsByStatus = async (
  status: string,
  limit: number,
  cursor?: string,
  latestFirst = false,
) => {
  const page = await queryPage<StoredApplication>({
    index: "gsi1",
    partition: keys.byStatus(status),
    limit,
    cursor,
    newestFirst: latestFirst,
  });
  return { ...page, items: page.items.map(strip) };
};

/** An organisation's applications, newest first. */
export const listApplicationsOfOrganisation = async (
  organisationId: string,
  limit: number,
  cursor?: string,
) => {
  const page = await queryPage<StoredApplication>({
    index: "gsi2",
    partition: keys.byOrganisation(organisationId),
    limit,
    cursor,
    newestFirst: true,
  });
  return { ...page, items: page.items.map(strip) };
};
