package catalog

import (
	"context"
	"strings"

	"tradewind/ent"
	"tradewind/ent/connection"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/schema/pulid"
	"tradewind/server/integration"
)

// Template is one workflow template the connection sees in Ironclad.
type Template struct {
	TemplateID string
	Name       string
	FieldCount int
	Imported   *ent.IroncladWorkflow
}

// Templates lists the connection's templates for Import Forms, filtered by
// name (case-insensitive), marking those already imported.
func (s *Service) Templates(ctx context.Context, connectionID pulid.ID, search string) ([]Template, error) {
	c, err := s.conns.Get(ctx, s.db, connectionID)
	if err != nil {
		return nil, err
	}
	client, err := s.conns.Client(ctx, c)
	if err != nil {
		return nil, err
	}
	list, err := client.ListWorkflowSchemas(ctx)
	if err != nil {
		return nil, integration.IroncladError(err)
	}
	imported, err := s.db.IroncladWorkflow.Query().Where(ironcladworkflow.HasConnectionWith(connection.ID(connectionID))).All(ctx)
	if err != nil {
		return nil, err
	}
	byTemplate := map[string]*ent.IroncladWorkflow{}
	for _, wf := range imported {
		byTemplate[wf.TemplateID] = wf
	}
	needle := strings.ToLower(strings.TrimSpace(search))
	out := []Template{}
	for _, ws := range list {
		if needle != "" && !strings.Contains(strings.ToLower(ws.Name), needle) {
			continue
		}
		out = append(out, Template{TemplateID: ws.ID, Name: ws.Name, FieldCount: len(ws.Schema.IDs), Imported: byTemplate[ws.ID]})
	}
	return out, nil
}
