import "../../styles/journey.scss";
import type { ReactNode } from "react";
import { AppLink } from "./app-link.tsx";
import { Tag, type TagColour } from "./Tag.tsx";

export interface TaskListItem {
  title: string;
  href?: string;
  hint?: ReactNode;
  /** A tag for statuses that need attention; plain text (no tag) for "Completed", as GOV.UK advises. */
  status: { text: string; tag?: boolean; colour?: TagColour };
}

/** The GOV.UK task list: each task's name (a link while it can be done), an optional hint and its status. */
export function TaskList({ idPrefix, items }: { idPrefix: string; items: TaskListItem[] }) {
  return (
    <ul className="govuk-task-list">
      {items.map((item, i) => {
        const hintId = `${idPrefix}-${i + 1}-hint`;
        const statusId = `${idPrefix}-${i + 1}-status`;
        return (
          <li
            key={`${item.title}-${item.href ?? ""}`}
            className={`govuk-task-list__item${item.href ? " govuk-task-list__item--with-link" : ""}`}
          >
            <div className="govuk-task-list__name-and-hint">
              {item.href ? (
                <AppLink
                  href={item.href}
                  className="govuk-link govuk-task-list__link"
                  aria-describedby={`${item.hint ? `${hintId} ` : ""}${statusId}`}
                >
                  {item.title}
                </AppLink>
              ) : (
                <div>{item.title}</div>
              )}
              {item.hint ? (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              ) : null}
            </div>
            <div className="govuk-task-list__status" id={statusId}>
              {item.status.tag ? <Tag colour={item.status.colour}>{item.status.text}</Tag> : item.status.text}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
