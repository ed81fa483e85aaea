import type * as z from "zod";

/**
 * The type of an answer whose contract is a shared schema. Type-only: the browser does not parse answers
 * (ADR 0021), so a page never carries zod for reading.
 */
export type Contract<S extends z.ZodType> = z.output<S>;

/** One page of a list, as `pageSchema` in shared/common/pagination.ts describes it. */
export interface Page<T> {
  items: T[];
  nextCursor?: string | undefined;
}
