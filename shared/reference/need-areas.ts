import { coreNeedAreas } from "./core-need-areas.ts";
import { furtherNeedAreas } from "./further-need-areas.ts";
import type { NeedArea } from "./schema.ts";

/** Every need area the framework buys against: the seed 004 core suite, then the live service's extras. */
export const needAreas: NeedArea[] = [...coreNeedAreas, ...furtherNeedAreas];
