import * as z from "zod";

/** `GET /api/health`: the API is up and can reach its table. */
export const healthSchema = z.object({
  status: z.enum(["ok"]),
  time: z.iso.datetime(),
});
