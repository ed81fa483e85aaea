import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { peopleKeys, removeStaff, resendInvitation, revokeInvitation, useStaff } from "../../api/people.ts";
import { useReference } from "../../api/queries.ts";
import { Button, ButtonLink, Table } from "../../components/govuk/index.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { staffRoleText, whereText } from "./staff.presenter.ts";

/** `/staff`: commissioners and responsible officers, and staff invitations waiting (framework administrators). */
export function StaffPage() {
  const staff = useStaff();
  const reference = useReference();
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState("");
  const state = settle(staff, reference);
  usePageTitle(state.title ?? "Staff");
  if (!state.ready) return state.view;
  const [page, places] = state.data;
  const act = async (action: () => Promise<unknown>, said: string) => {
    try {
      await action();
      setAnnouncement(said);
    } catch (error) {
      setAnnouncement(
        (error as { detail?: string }).detail ?? "That did not work. Reload the page and try again.",
      );
    }
    await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <FlashBanner />
        <PageHeading caption="Probation Service">Staff</PageHeading>
        <p className="govuk-body" role="status">
          {announcement}
        </p>
        <ButtonLink href="/staff/invite">Invite a member of staff</ButtonLink>
        {page.invitations.length === 0 ? (
          <p className="govuk-body">No staff invitations are waiting to be accepted.</p>
        ) : (
          <Table
            caption="Invitations waiting to be accepted"
            columns={[
              { key: "name", header: "Name" },
              { key: "role", header: "Role" },
              { key: "where", header: "Where" },
              { key: "actions", header: "Actions" },
            ]}
            rows={page.invitations.map((i) => ({
              id: i.id,
              cells: {
                name: (
                  <>
                    {i.name}
                    <br />
                    <span className="govuk-hint">{i.email}</span>
                  </>
                ),
                role: i.staff ? staffRoleText(i.staff) : "",
                where: i.staff ? whereText(i.staff, places) : "",
                actions: (
                  <div className="govuk-button-group">
                    <Button
                      variant="secondary"
                      onClick={() =>
                        void act(() => resendInvitation(i.id), `A new link has been sent to ${i.email}`)
                      }
                    >
                      Send again<span className="govuk-visually-hidden"> to {i.name}</span>
                    </Button>
                    <Button
                      variant="warning"
                      onClick={() =>
                        void act(
                          () => revokeInvitation(i.id),
                          `The invitation to ${i.name} has been withdrawn`,
                        )
                      }
                    >
                      Withdraw<span className="govuk-visually-hidden"> the invitation to {i.name}</span>
                    </Button>
                  </div>
                ),
              },
            }))}
          />
        )}
        <Table
          caption="Staff"
          columns={[
            { key: "name", header: "Name" },
            { key: "role", header: "Role" },
            { key: "where", header: "Where" },
            { key: "actions", header: "Actions" },
          ]}
          rows={page.members.map((s) => ({
            id: s.userId,
            cells: {
              name: (
                <>
                  {s.name}
                  <br />
                  <span className="govuk-hint">{s.email}</span>
                </>
              ),
              role: staffRoleText(s),
              where: whereText(s, places),
              actions: (
                <Button
                  variant="warning"
                  onClick={() => void act(() => removeStaff(s.userId), `${s.name} has been removed`)}
                >
                  Remove<span className="govuk-visually-hidden"> {s.name}</span>
                </Button>
              ),
            },
          }))}
        />
      </div>
    </div>
  );
}
