// Package users manages the people who sign in to Tradewind.
package users

import (
	"context"
	"net/mail"
	"strings"

	"tradewind/ent"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/user"
	"tradewind/server/apperr"
	"tradewind/server/audit"
	"tradewind/server/auth"
)

// NewUser is what Create asks for.
type NewUser struct {
	Email, Name, Password string
	Role                  user.Role
}

// Changes is what Update may change; nil means unchanged.
type Changes struct {
	Name     *string
	Role     *user.Role
	Disabled *bool
	Password *string
}

// Service manages users and records each change in the audit trail.
type Service struct{ audit *audit.Recorder }

// NewService returns the users service.
func NewService(rec *audit.Recorder) *Service { return &Service{audit: rec} }

// Create adds a user. Field names in errors are GraphQL input paths.
func (s *Service) Create(ctx context.Context, client *ent.Client, in NewUser) (*ent.User, error) {
	email := auth.NormalizeEmail(in.Email)
	if err := validateEmail(email); err != nil {
		return nil, err
	}
	name := strings.TrimSpace(in.Name)
	if err := validateName(name); err != nil {
		return nil, err
	}
	if err := user.RoleValidator(in.Role); err != nil {
		return nil, apperr.BadInput("role", "Choose ADMIN, REQUESTER or VIEWER.")
	}
	if err := auth.ValidatePassword("password", in.Password); err != nil {
		return nil, err
	}
	taken, err := client.User.Query().Where(user.Email(email)).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if taken {
		return nil, apperr.BadInput("email", "A user with this email already exists.")
	}
	hash, err := auth.HashPassword(in.Password)
	if err != nil {
		return nil, err
	}
	u, err := client.User.Create().SetEmail(email).SetName(name).SetRole(in.Role).SetPasswordHash(hash).Save(ctx)
	if err != nil {
		return nil, err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "user.create", TargetType: "User", TargetID: string(u.ID), After: snapshot(u)})
	return u, err
}

// Update changes a user. An admin cannot demote or disable themselves, so
// there is always someone left who can manage users.
func (s *Service) Update(ctx context.Context, client *ent.Client, v *auth.Viewer, id pulid.ID, in Changes) (*ent.User, error) {
	u, err := client.User.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("User")
	}
	if err != nil {
		return nil, err
	}
	before := snapshot(u)
	upd := u.Update()
	if in.Name != nil {
		name := strings.TrimSpace(*in.Name)
		if err := validateName(name); err != nil {
			return nil, err
		}
		upd.SetName(name)
	}
	self := u.ID == v.User.ID
	if in.Role != nil {
		if err := user.RoleValidator(*in.Role); err != nil {
			return nil, apperr.BadInput("role", "Choose ADMIN, REQUESTER or VIEWER.")
		}
		if self && *in.Role != user.RoleADMIN {
			return nil, apperr.BadInput("role", "You cannot remove your own admin role; ask another admin.")
		}
		upd.SetRole(*in.Role)
	}
	if in.Disabled != nil {
		if self && *in.Disabled {
			return nil, apperr.BadInput("disabled", "You cannot disable your own account.")
		}
		upd.SetDisabled(*in.Disabled)
	}
	if in.Password != nil {
		if err := auth.ValidatePassword("password", *in.Password); err != nil {
			return nil, err
		}
		hash, err := auth.HashPassword(*in.Password)
		if err != nil {
			return nil, err
		}
		upd.SetPasswordHash(hash)
	}
	if u, err = upd.Save(ctx); err != nil {
		return nil, err
	}
	if in.Password != nil || (in.Disabled != nil && *in.Disabled) {
		if err := auth.EndSessions(ctx, client, u.ID, ""); err != nil {
			return nil, err
		}
	}
	if in.Password != nil {
		// A reset means the old credentials may be in other hands, and
		// tokens made with them would outlive the sessions.
		if err := auth.RevokeAPITokens(ctx, client, u.ID); err != nil {
			return nil, err
		}
	}
	after := snapshot(u)
	if in.Password != nil {
		after["password"] = "changed"
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "user.update", TargetType: "User", TargetID: string(u.ID), Before: before, After: after})
	return u, err
}

// ChangePassword changes the viewer's own password after checking the current
// one, and ends their other sessions.
func (s *Service) ChangePassword(ctx context.Context, client *ent.Client, v *auth.Viewer, current, next, keepSessionToken string) error {
	u, err := client.User.Get(ctx, v.User.ID)
	if err != nil {
		return err
	}
	if !auth.CheckPassword(u.PasswordHash, current) {
		return apperr.BadInput("currentPassword", "The current password is incorrect.")
	}
	if err := auth.ValidatePassword("newPassword", next); err != nil {
		return err
	}
	hash, err := auth.HashPassword(next)
	if err != nil {
		return err
	}
	if err := u.Update().SetPasswordHash(hash).Exec(ctx); err != nil {
		return err
	}
	if err := auth.EndSessions(ctx, client, u.ID, keepSessionToken); err != nil {
		return err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "user.change_password", TargetType: "User", TargetID: string(u.ID)})
	return err
}

// EnsureUser creates the user when the email is free (used for the demo admin
// and `tradewind user create`); it returns the user and whether it was created.
func (s *Service) EnsureUser(ctx context.Context, client *ent.Client, in NewUser) (*ent.User, bool, error) {
	u, err := client.User.Query().Where(user.Email(auth.NormalizeEmail(in.Email))).Only(ctx)
	if err == nil {
		return u, false, nil
	}
	if !ent.IsNotFound(err) {
		return nil, false, err
	}
	u, err = s.Create(ctx, client, in)
	return u, err == nil, err
}

func snapshot(u *ent.User) map[string]any {
	return map[string]any{"email": u.Email, "name": u.Name, "role": string(u.Role), "disabled": u.Disabled}
}

func validateEmail(email string) error {
	addr, err := mail.ParseAddress(email)
	if err != nil || addr.Address != email || len(email) > 254 {
		return apperr.BadInput("email", "Enter an email address like name@company.com.")
	}
	return nil
}

func validateName(name string) error {
	if name == "" || len(name) > 200 {
		return apperr.BadInput("name", "Enter a name of 1 to 200 characters.")
	}
	return nil
}
