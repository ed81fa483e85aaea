import * as z from "zod";

/** Query parameters every list takes: a bounded page size and an opaque cursor from the previous page. */
export const pageQuerySchema = z.object({
  limit: z.coerce
    .number({ message: "Page size must be a number" })
    .int("Page size must be a whole number")
    .min(1, "Page size must be at least 1")
    .max(100, "Page size must be 100 or fewer")
    .default(20),
  cursor: z.string().max(2048, "This page link is no longer valid. Go back to the first page.").optional(),
});

/** One page of a list, with the cursor for the next one when there is more. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });
