import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import type { Notification } from "#shared/notifications/notification.ts";
import { markNotification, notificationKeys, useNotifications, useOutbox } from "../../api/notifications.ts";
import { AppLink, Button, Tag } from "../../components/govuk/index.ts";
import { NextPageLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";
import { notificationsView, toggleText } from "./notifications.presenter.ts";

/** One notification: what happened, when, a link to the thing, and a button to mark it read or unread. */
function NotificationItem({
  notification: n,
  onToggle,
}: {
  notification: Notification;
  onToggle: () => void;
}) {
  return (
    <li className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
        {n.read ? null : (
          <>
            <Tag>Unread</Tag>{" "}
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
      <p className="govuk-hint govuk-!-margin-bottom-2">{formatDateTime(n.at)}</p>
      <Button variant="secondary" onClick={onToggle}>
        {toggleText(n).button}
        <span className="govuk-visually-hidden">: {n.title}</span>
      </Button>
    </li>
  );
}

/**
 * `/notifications`: what happened that the signed-in person (or their provider organisation) should
 * know, newest first, a page at a time. Each can be marked read, or unread again.
 */
export function NotificationsPage() {
  const [params] = useSearchParams();
  const cursor = params.get("cursor");
  const notifications = useNotifications(cursor);
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState("");
  const state = settle(notifications);
  usePageTitle(state.title ?? "Notifications");
  if (!state.ready) return state.view;
  const [page] = state.data;
  const view = notificationsView(page, cursor);
  const toggle = async (n: Notification) => {
    await markNotification(n.id, !n.read);
    setAnnouncement(toggleText(n).announcement);
    await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
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
        <p className="govuk-visually-hidden" role="status">
          {announcement}
        </p>
        {view.empty ? (
          <p className="govuk-body">{view.empty}</p>
        ) : (
          <ul className="govuk-list">
            {page.items.map((n) => (
              <NotificationItem key={n.id} notification={n} onToggle={() => void toggle(n)} />
            ))}
          </ul>
        )}
        {view.nextHref ? <NextPageLink href={view.nextHref} /> : null}
        {view.backToNewest ? (
          <p className="govuk-body">
            <AppLink href="/notifications" className="govuk-link">
              Back to the newest notifications
            </AppLink>
          </p>
        ) : null}
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
