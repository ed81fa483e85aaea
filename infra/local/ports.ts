import { createServer } from "node:net";

/** Thrown when a port the local stack needs is taken; the message tells the person what to do. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly purpose: string,
  ) {
    super(
      `Port ${port} (${purpose}) is already in use. Stop whatever is using it (is another \`npm start\` running?) ` +
        `or choose other ports, e.g. PORTAL_PORT=3100 npm start.`,
    );
    this.name = "PortInUseError";
  }
}

/** Resolves when the port can be bound on loopback; rejects with PortInUseError otherwise. */
export const assertPortFree = (port: number, purpose: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () => reject(new PortInUseError(port, purpose)));
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve()));
  });

/** A free port chosen by the OS, for tests and benchmarks that must not clash with a running portal. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
