package catalog

import (
	"context"
	"strings"

	"tradewind/ent"
	"tradewind/ent/connection"
	"tradewind/ent/fieldmapping"
	"tradewind/ent/ironcladfield"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/mapping"
	"tradewind/ent/request"
	"tradewind/ent/schema/pulid"
	"tradewind/server/apperr"
	"tradewind/server/audit"
	"tradewind/server/jobs"
)

// WorkflowEdit is what Edit on a synced workflow changes; nil = unchanged.
type WorkflowEdit struct {
	Name        *string
	CommentSync *bool
}

// UpdateWorkflow renames a synced workflow or switches its comment sync.
func (s *Service) UpdateWorkflow(ctx context.Context, client *ent.Client, id pulid.ID, in WorkflowEdit) (*ent.IroncladWorkflow, error) {
	wf, err := s.workflow(ctx, client, id)
	if err != nil {
		return nil, err
	}
	before := map[string]any{"name": wf.Name, "commentSync": wf.CommentSync}
	upd := wf.Update()
	if in.Name != nil {
		name := strings.TrimSpace(*in.Name)
		if name == "" {
			return nil, apperr.BadInput("name", "Give the workflow a name.")
		}
		upd.SetName(name)
	}
	if in.CommentSync != nil {
		upd.SetCommentSync(*in.CommentSync)
		// Switched on: the linked workflows' existing Ironclad comments come in.
		if *in.CommentSync && !wf.CommentSync && s.queue != nil {
			if err := s.queue.InsertTx(ctx, jobs.CommentImportArgs{IroncladWorkflowID: string(id)}, nil); err != nil {
				return nil, err
			}
		}
	}
	saved, err := upd.Save(ctx)
	if err != nil {
		return nil, err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "ironclad_workflow.update", TargetType: "IroncladWorkflow", TargetID: string(id),
		Before: before, After: map[string]any{"name": saved.Name, "commentSync": saved.CommentSync}})
	return saved, err
}

// activeStatuses are requests still running.
var activeStatuses = []request.Status{request.StatusSUBMITTED, request.StatusIN_PROGRESS}

// ActiveRequestCount counts running requests with a linked workflow of it.
func ActiveRequestCount(ctx context.Context, client *ent.Client, id pulid.ID) (int, error) {
	return client.Request.Query().Where(request.StatusIn(activeStatuses...),
		request.HasLinkedWorkflowsWith(linkedworkflow.HasIroncladWorkflowWith(ironcladworkflow.ID(id)))).Count(ctx)
}

// Remove deletes a synced workflow and its fields. While mappings or running
// requests use it the admin must confirm: its mappings go too, and those
// requests' Ironclad tasks lose their workflow.
func (s *Service) Remove(ctx context.Context, client *ent.Client, id pulid.ID, confirm bool) (int, error) {
	wf, err := s.workflow(ctx, client, id)
	if err != nil {
		return 0, err
	}
	mappings, err := client.Mapping.Query().Where(mapping.HasIroncladWorkflowWith(ironcladworkflow.ID(id))).IDs(ctx)
	if err != nil {
		return 0, err
	}
	active, err := ActiveRequestCount(ctx, client, id)
	if err != nil {
		return 0, err
	}
	if (len(mappings) > 0 || active > 0) && !confirm {
		return 0, apperr.Conflict("%q is used by %d mappings and %d requests in progress. Removing it deletes those mappings, and the "+
			"requests' Ironclad tasks can no longer launch or follow it. Confirm to remove it anyway.", wf.Name, len(mappings), active)
	}
	if _, err := client.FieldMapping.Delete().Where(fieldmapping.HasMappingWith(mapping.IDIn(mappings...))).Exec(ctx); err != nil {
		return 0, err
	}
	if _, err := client.Mapping.Delete().Where(mapping.IDIn(mappings...)).Exec(ctx); err != nil {
		return 0, err
	}
	if _, err := client.IroncladField.Delete().Where(ironcladfield.HasIroncladWorkflowWith(ironcladworkflow.ID(id))).Exec(ctx); err != nil {
		return 0, err
	}
	if err := client.IroncladWorkflow.DeleteOneID(id).Exec(ctx); err != nil {
		return 0, err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "ironclad_workflow.remove", TargetType: "IroncladWorkflow", TargetID: string(id),
		Before: map[string]any{"name": wf.Name, "templateID": wf.TemplateID, "mappings": len(mappings), "activeRequests": active}})
	return len(mappings), err
}

// CheckIroncladHealth is the periodic job: every connection's health, then
// every imported workflow of a working connection for drift.
func (s *Service) CheckIroncladHealth(ctx context.Context) error {
	if err := s.conns.CheckConnections(ctx); err != nil {
		return err
	}
	ids, err := s.db.IroncladWorkflow.Query().
		Where(ironcladworkflow.HasConnectionWith(connection.StatusEQ(connection.StatusCONNECTED))).IDs(ctx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if _, err := s.Resync(ctx, id); err != nil {
			s.log.WarnContext(ctx, "drift check", "ironclad_workflow", id, "error", err)
		}
	}
	return nil
}
