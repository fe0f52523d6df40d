package requests

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"tradewind/ent"
	"tradewind/ent/ironcladfield"
	"tradewind/server/ironclad"
)

// reason is why Tradewind could not talk to a connection, for a task.
func reason(err error, connection string) string {
	if errors.Is(err, ironclad.ErrReconnectNeeded) || ironclad.IsUnauthorized(err) {
		return fmt.Sprintf("Ironclad no longer accepts the connection %s (its authorization was revoked or expired): an admin must click Reconnect on the Ironclad integration page, then Retry.", connection)
	}
	return fmt.Sprintf("The connection %s cannot be used (%s): check it on the Ironclad integration page, then Retry.", connection, err.Error())
}

// launchFailure translates Ironclad's refusal of a launch into what a
// person can do about it (messages of API.md §5 and the sandbox).
func launchFailure(ctx context.Context, err error, icw *ent.IroncladWorkflow) string {
	code, msg, param := "", err.Error(), ""
	var jobErr *ironclad.AsyncJobError
	if e, ok := ironclad.AsError(err); ok {
		code, msg, param = e.Code, e.Message, e.Param
	} else if errors.As(err, &jobErr) {
		code, msg, param = jobErr.Code, jobErr.Message, jobErr.Param
	}
	name := icw.Name
	switch {
	case errors.Is(err, ironclad.ErrReconnectNeeded) || ironclad.IsUnauthorized(err):
		return reason(err, icw.Edges.Connection.Name)
	case code == "MISSING_PARAM" && param != "":
		return fmt.Sprintf("Ironclad requires “%s” to launch %s and it was empty: map a question to it (or give it a fixed value) in Map Request Forms, or answer it, then Retry.", fieldLabel(ctx, icw, param), name)
	case strings.Contains(msg, "non-existent attribute"), param == "template", ironclad.IsNotFound(err):
		return fmt.Sprintf("The mapping is out of date: %s changed in Ironclad (%s). Re-sync it in Synced workflows, review the mapping, then Retry.", name, msg)
	case code == "INVALID_PARAM" && param != "":
		return fmt.Sprintf("Ironclad refused the value of “%s” (%s): check the answer and the mapping's value transform, then Retry.", fieldLabel(ctx, icw, param), msg)
	case ironclad.IsForbidden(err):
		return fmt.Sprintf("Ironclad's integration user may not launch %s (%s): give it access to the workflow in Ironclad, then Retry.", name, msg)
	}
	return fmt.Sprintf("Ironclad refused to launch %s: %s. Retry once it is fixed.", name, msg)
}

// fieldLabel names an attribute by its label when Tradewind knows it.
func fieldLabel(ctx context.Context, icw *ent.IroncladWorkflow, key string) string {
	key, _, _ = strings.Cut(key, "[")
	f, err := icw.QueryFields().Where(ironcladfield.Key(key)).Only(ctx)
	if err != nil {
		return key
	}
	return f.Label
}
