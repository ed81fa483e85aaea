import * as z from "zod";

/** A list's page size in the query string, from 1 to 100, `fallback` when not given. */
export const pageSizeSchema = (fallback = 20) =>
  z.coerce
    .number({ message: "Page size must be a number" })
    .int("Page size must be a whole number")
    .min(1, "Page size must be at least 1")
    .max(100, "Page size must be 100 or fewer")
    .default(fallback);

/** The opaque cursor from the previous page's link. */
export const cursorSchema = z
  .string({ message: "This page link is no longer valid. Go back to the first page." })
  .max(2048, "This page link is no longer valid. Go back to the first page.");

/** Query parameters every list takes: a bounded page size and an opaque cursor from the previous page. */
export const pageQuerySchema = z.object({
  limit: pageSizeSchema(),
  cursor: cursorSchema.optional(),
});

/** One page of a list, with the cursor for the next one when there is more. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });
