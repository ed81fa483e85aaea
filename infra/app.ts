import { buildApp } from "./portal-app.ts";

// cdk-nag 3 is a policy-validation plugin (no longer an Aspect): synth fails on any finding not acknowledged in code.
const { app } = buildApp({ nag: true });
app.synth();
