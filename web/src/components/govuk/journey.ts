// Components of the pages further into a journey (task lists, back links, warnings, paging, confirmation
// panels), apart from the rest: they bring their styles (journey.scss), which every role's first page
// does not need (issue 15).
export { BackLink } from "./BackLink.tsx";
export { NextPageLink } from "./Pagination.tsx";
export { Panel } from "./Panel.tsx";
export { TaskList, type TaskListItem } from "./TaskList.tsx";
export { WarningText } from "./WarningText.tsx";
