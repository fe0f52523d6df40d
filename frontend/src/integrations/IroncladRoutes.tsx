import { Route, Routes } from "react-router";
import { NotFoundPage } from "../pages/NotFoundPage";
import { ImportFormsPage } from "./ImportFormsPage";
import { IroncladPage } from "./IroncladPage";
import { WorkflowFieldsPage } from "./WorkflowFieldsPage";

/** Everything under /integrations/ironclad (the route's access rule is the Integrations section's). */
export function IroncladRoutes() {
  return (
    <Routes>
      <Route index element={<IroncladPage />} />
      <Route path="connections/:connectionId/import" element={<ImportFormsPage />} />
      <Route path="workflows/:workflowId" element={<WorkflowFieldsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
