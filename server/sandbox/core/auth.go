package core

import (
	"net/http"
	"strings"
)

func GrantType(t *AccessToken) string {
	if t.UserID == "" {
		return "clientCredentials"
	}
	return "authorizationCode"
}

func HasAnyScope(granted, wanted []string) bool {
	for _, w := range wanted {
		if contains(granted, w) {
			return true
		}
	}
	return len(wanted) == 0
}

func (s *Sim) CompanyID() string {
	var id string
	_ = s.Read(func(st *State) error { id = st.Company.ID; return nil })
	return id
}

// Authenticate checks the bearer token: unknown, revoked and expired tokens
// get Ironclad's three 401 messages.
func (s *Sim) Authenticate(r *http.Request) (*AccessToken, error) {
	raw, found := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !found {
		return nil, ErrUnauthorized("invalid authentication token")
	}
	var tok AccessToken
	err := s.Read(func(st *State) error {
		t := st.Tokens[strings.TrimSpace(raw)]
		switch {
		case t == nil:
			return ErrUnauthorized("invalid authentication token")
		case t.Revoked:
			return ErrUnauthorized("token has been revoked")
		case !s.Now().Before(t.Expires):
			return ErrUnauthorized("token has expired")
		}
		tok = *t
		return nil
	})
	return &tok, err
}

// ResolveActor is the token's user for authorization-code tokens; client
// credentials tokens must name one with x-as-user-id or x-as-user-email.
func (s *Sim) ResolveActor(r *http.Request, tok *AccessToken) (*User, error) {
	var actor *User
	err := s.Read(func(st *State) error {
		if tok.UserID != "" {
			actor = st.UserByID(tok.UserID)
			if actor == nil {
				return ErrUnauthorized("invalid authentication token")
			}
			return nil
		}
		id, email := r.Header.Get("x-as-user-id"), r.Header.Get("x-as-user-email")
		switch {
		case id != "":
			actor = st.UserByID(id)
		case email != "":
			actor = st.UserByEmail(email)
		default:
			return ErrMissingParam("x-as-user-email", "x-as-user-email or x-as-user-id header is required when using a client credentials token")
		}
		if actor == nil {
			return ErrInvalidParam("x-as-user-email", "user specified by x-as-user-email or x-as-user-id does not exist")
		}
		return nil
	})
	return actor, err
}
