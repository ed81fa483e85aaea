import * as z from "zod";

/** A record's id in the address (a path parameter or an id filter): its messages say which record. */
export const pathId = (what: string, max = 64) =>
  z
    .string({ message: `Check the address: it has no ${what} reference` })
    .min(1, `Check the address: it has no ${what} reference`)
    .max(max, `Check the address: that is not a ${what} reference`);
