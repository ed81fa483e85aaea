import { useQueryClient } from "@tanstack/react-query";
import { markNotificationRead, referralKeys, useNotifications, useOutbox } from "../../api/referrals.ts";
import { AppLink, Button, Tag } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";

/** `/notifications`: what happened that the signed-in person (or their organisation) should know. */
export function NotificationsPage() {
  const notifications = useNotifications();
  const queryClient = useQueryClient();
  const state = settle(notifications);
  usePageTitle(state.title ?? "Notifications");
  if (!state.ready) return state.view;
  const [page] = state.data;
  const read = async (id: string) => {
    await markNotificationRead(id);
    await queryClient.invalidateQueries({ queryKey: referralKeys.notifications });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>Notifications</PageHeading>
        <p className="govuk-body">
          E-mails go out with some of these. On a local stack, see them in the{" "}
          <AppLink href="/outbox" className="govuk-link">
            e-mail outbox
          </AppLink>
          .
        </p>
        {page.items.length === 0 ? (
          <p className="govuk-body">You have no notifications.</p>
        ) : (
          <ul className="govuk-list">
            {page.items.map((n) => (
              <li key={n.id} className="govuk-!-margin-bottom-6">
                <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                  {n.read ? null : (
                    <>
                      <Tag>New</Tag>{" "}
                    </>
                  )}
                  {n.href ? (
                    <AppLink href={n.href} className="govuk-link">
                      {n.title}
                    </AppLink>
                  ) : (
                    n.title
                  )}
                </h2>
                <p className="govuk-body govuk-!-margin-bottom-1">{n.body}</p>
                <p className="govuk-hint govuk-!-margin-bottom-1">{formatDateTime(n.at)}</p>
                {n.read ? null : (
                  <Button variant="secondary" onClick={() => void read(n.id)}>
                    Mark as read<span className="govuk-visually-hidden">: {n.title}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** `/outbox`: the local stack's e-mail outbox (the e-mails the portal would have sent today). */
export function OutboxPage() {
  const outbox = useOutbox();
  const state = settle(outbox);
  usePageTitle(state.title ?? "E-mail outbox");
  if (!state.ready) return state.view;
  const [page] = state.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading caption="Local stack only">E-mail outbox</PageHeading>
        <p className="govuk-body">
          On this machine the portal does not send e-mails: it keeps them here. Today’s, newest first.
        </p>
        {page.items.length === 0 ? (
          <p className="govuk-body">No e-mails today.</p>
        ) : (
          page.items.map((e) => (
            <div key={e.id} className="govuk-summary-card">
              <div className="govuk-summary-card__title-wrapper">
                <h2 className="govuk-summary-card__title">{e.subject}</h2>
              </div>
              <div className="govuk-summary-card__content">
                <p className="govuk-body">To: {e.to.join(", ") || "(no address on record)"}</p>
                <p className="govuk-body">{e.body}</p>
                <p className="govuk-hint">{formatDateTime(e.at)}</p>
              </div>
            </div>
          ))
        )}
      </div>
    </div>
  );
}
