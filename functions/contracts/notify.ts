import type { Principal } from "#shared/auth/principal.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import { listCommissioners, readProfile } from "../accounts/index.ts";
import { notificationItems, organisationEmails, outboxPut } from "../notifications/index.ts";
import type { TransactItem } from "../platform/data/transact.ts";

/** Who hears of a step: the contract's provider, its regions' commissioners, or both (a job's step). */
export type Parties = "provider" | "commissioners" | "both";

/** The party that did not act: a provider's step goes to the commissioners, and the reverse. */
export const otherParty = (principal: Principal): Parties =>
  principal.role === "provider" ? "commissioners" : "provider";

/**
 * The transaction items that tell a party of a step, in-app and by e-mail, written with the step
 * itself so nobody hears of a change that did not happen. Commissioners are each told once however
 * many of the contract's regions they cover.
 */
export const notifyParties = async (
  contract: Contract,
  parties: Parties,
  message: { title: string; body: string; href: string },
  except?: string,
): Promise<TransactItem[]> => {
  const items: TransactItem[] = [];
  const emails: string[] = [];
  if (parties !== "commissioners") {
    items.push(...notificationItems({ organisationId: contract.organisationId }, message));
    emails.push(...(await organisationEmails(contract.organisationId, "contract")));
  }
  if (parties !== "provider") {
    const lists = await Promise.all(contract.regionIds.map((r) => listCommissioners(r)));
    const userIds = [...new Set(lists.flat().map((c) => c.userId))].filter((id) => id !== except);
    for (const userId of userIds) items.push(...notificationItems({ userId }, message));
    const profiles = await Promise.all(userIds.map((id) => readProfile(id, undefined)));
    emails.push(...profiles.flatMap((p) => (p.user?.email ? [p.user.email] : [])));
  }
  if (emails.length) {
    items.push(
      outboxPut({
        to: [...new Set(emails)],
        subject: `${message.title} (${contract.reference})`,
        body: `${message.body} Sign in to the Dynamic Framework Portal to read it.`,
      }),
    );
  }
  return items;
};
