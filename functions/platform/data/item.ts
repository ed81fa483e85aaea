import { tableDesign } from "./table-design.ts";

/** Attributes that exist only to place an item in the table and its indexes. */
const storageAttributes = new Set<string>([
  tableDesign.partitionKey,
  tableDesign.sortKey,
  ...tableDesign.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  "type",
]);

/** The record an item holds, without its key and index attributes: what repositories hand to handlers. */
export const withoutKeys = <T>(item: Record<string, unknown>): T =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !storageAttributes.has(name))) as T;
