import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";
import { RequireAccess } from "./access/RequireAccess";
import { RequireSignedIn } from "./session/RequireSignedIn";
import { AppLayout } from "./shell/AppLayout";
import { LoginPage } from "./pages/LoginPage";
import { WorkflowsPage } from "./workflows/WorkflowsPage";
import { WorkflowBuilderPage } from "./workflows/WorkflowBuilderPage";
import { RequestFormsPage } from "./requestforms/RequestFormsPage";
import { RequestFormPage } from "./requestforms/RequestFormPage";
import { MapRequestFormsPage } from "./mapping/MapRequestFormsPage";
import { MappingPage } from "./mapping/MappingPage";
import { IntegrationsPage } from "./pages/IntegrationsPage";
import { IroncladRoutes } from "./integrations/IroncladRoutes";
import { DashboardPage } from "./dashboard/DashboardPage";
import { WallScreen } from "./dashboard/WallScreen";
import { NotFoundPage } from "./pages/NotFoundPage";
import { SettingsLayout } from "./settings/SettingsLayout";
import { SettingsIndex } from "./settings/SettingsIndex";
import { RequireSettingsAccess } from "./settings/RequireSettingsAccess";
import { UsersPage } from "./settings/users/UsersPage";
import { ApiTokensPage } from "./settings/tokens/ApiTokensPage";
import { ChangePasswordPage } from "./settings/password/ChangePasswordPage";
import { AuditLogPage } from "./settings/audit/AuditLogPage";
import { NewRequestPage } from "./requests/NewRequestPage";
import { RequestPage } from "./requests/RequestPage";
import { RequestsPage } from "./requests/RequestsPage";
import { FullPageLoader } from "./components/FullPageLoader";

// GraphiQL (with the Monaco editor) and the guide load only when opened.
const ApiExplorerPage = lazy(() => import("./api/ApiExplorerPage"));
const ApiGuidePage = lazy(() => import("./api/ApiGuidePage"));

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSignedIn />}>
        <Route
          path="dashboard/wall"
          element={
            <RequireAccess section="dashboard">
              <WallScreen />
            </RequireAccess>
          }
        />
        <Route
          path="api-explorer"
          element={
            <RequireAccess section="api">
              <Suspense fallback={<FullPageLoader label="Loading the API explorer…" />}>
                <ApiExplorerPage />
              </Suspense>
            </RequireAccess>
          }
        />
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to="/requests" replace />} />
          <Route path="requests" element={<RequireAccess section="requests" />}>
            <Route index element={<RequestsPage />} />
            <Route path="new" element={<NewRequestPage />} />
            <Route path=":requestId" element={<RequestPage />} />
          </Route>
          <Route path="workflows" element={<RequireAccess section="workflows" />}>
            <Route index element={<WorkflowsPage />} />
            <Route path="new" element={<WorkflowBuilderPage />} />
            <Route path=":workflowId" element={<WorkflowBuilderPage />} />
          </Route>
          <Route path="request-forms" element={<RequireAccess section="requestForms" />}>
            <Route index element={<RequestFormsPage />} />
            <Route path="map" element={<MapRequestFormsPage />} />
            <Route path="map/:workflowId/:formId" element={<MappingPage />} />
            <Route path=":formId" element={<RequestFormPage />} />
          </Route>
          <Route path="integrations" element={<RequireAccess section="integrations" />}>
            <Route index element={<IntegrationsPage />} />
            <Route path="ironclad/*" element={<IroncladRoutes />} />
          </Route>
          <Route
            path="api-guide"
            element={
              <RequireAccess section="api">
                <Suspense fallback={<FullPageLoader label="Loading the API guide…" />}>
                  <ApiGuidePage />
                </Suspense>
              </RequireAccess>
            }
          />
          <Route
            path="dashboard"
            element={
              <RequireAccess section="dashboard">
                <DashboardPage />
              </RequireAccess>
            }
          />
          <Route
            path="settings"
            element={
              <RequireAccess section="settings">
                <SettingsLayout />
              </RequireAccess>
            }
          >
            <Route index element={<SettingsIndex />} />
            <Route
              path="users"
              element={
                <RequireSettingsAccess section="users">
                  <UsersPage />
                </RequireSettingsAccess>
              }
            />
            <Route
              path="api-tokens"
              element={
                <RequireSettingsAccess section="apiTokens">
                  <ApiTokensPage />
                </RequireSettingsAccess>
              }
            />
            <Route
              path="password"
              element={
                <RequireSettingsAccess section="password">
                  <ChangePasswordPage />
                </RequireSettingsAccess>
              }
            />
            <Route
              path="audit-log"
              element={
                <RequireSettingsAccess section="auditLog">
                  <AuditLogPage />
                </RequireSettingsAccess>
              }
            />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
