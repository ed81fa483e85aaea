import "./styles/app.scss";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { setApiBaseUrl } from "./api/client.ts";
import { createQueryClient } from "./api/queries.ts";
import { AppErrorBoundary } from "./app/AppErrorBoundary.tsx";
import { AppProviders } from "./app/AppProviders.tsx";
import { AppRoutes } from "./app/router.tsx";
import { type AppConfig, loadAppConfig } from "./config/app-config.ts";

// GOV.UK Frontend's JavaScript only runs where the page says the browser supports it (the template's
// inline script does this; the CSP allows no inline script, so the module does it).
document.body.classList.add("js-enabled");
if ("noModule" in HTMLScriptElement.prototype) document.body.classList.add("govuk-frontend-supported");

async function start() {
  let config: AppConfig | null = null;
  try {
    config = await loadAppConfig();
    if (config.mode === "cognito") setApiBaseUrl(config.apiBaseUrl);
  } catch (error) {
    // Pages that need the configuration show the service problem page.
    console.error("Could not load /config.json", error);
  }
  const root = document.getElementById("root");
  if (root === null) throw new Error("index.html has no #root element");
  createRoot(root).render(
    <StrictMode>
      <AppErrorBoundary>
        <AppProviders config={config} queryClient={createQueryClient()}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AppProviders>
      </AppErrorBoundary>
    </StrictMode>,
  );
}

void start();
