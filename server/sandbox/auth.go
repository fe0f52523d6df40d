package sandbox

import (
	"net/http"
	"strings"
)

func grantType(t *accessToken) string {
	if t.UserID == "" {
		return "clientCredentials"
	}
	return "authorizationCode"
}

func hasAnyScope(granted, wanted []string) bool {
	for _, w := range wanted {
		if contains(granted, w) {
			return true
		}
	}
	return len(wanted) == 0
}

func (s *Sandbox) companyID() string {
	var id string
	_ = s.read(func(st *state) error { id = st.Company.ID; return nil })
	return id
}

// authenticate checks the bearer token: unknown, revoked and expired tokens
// get Ironclad's three 401 messages.
func (s *Sandbox) authenticate(r *http.Request) (*accessToken, error) {
	raw, found := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !found {
		return nil, errUnauthorized("invalid authentication token")
	}
	var tok accessToken
	err := s.read(func(st *state) error {
		t := st.Tokens[strings.TrimSpace(raw)]
		switch {
		case t == nil:
			return errUnauthorized("invalid authentication token")
		case t.Revoked:
			return errUnauthorized("token has been revoked")
		case !s.now().Before(t.Expires):
			return errUnauthorized("token has expired")
		}
		tok = *t
		return nil
	})
	return &tok, err
}

// resolveActor is the token's user for authorization-code tokens; client
// credentials tokens must name one with x-as-user-id or x-as-user-email.
func (s *Sandbox) resolveActor(r *http.Request, tok *accessToken) (*user, error) {
	var actor *user
	err := s.read(func(st *state) error {
		if tok.UserID != "" {
			actor = st.userByID(tok.UserID)
			if actor == nil {
				return errUnauthorized("invalid authentication token")
			}
			return nil
		}
		id, email := r.Header.Get("x-as-user-id"), r.Header.Get("x-as-user-email")
		switch {
		case id != "":
			actor = st.userByID(id)
		case email != "":
			actor = st.userByEmail(email)
		default:
			return errMissingParam("x-as-user-email", "x-as-user-email or x-as-user-id header is required when using a client credentials token")
		}
		if actor == nil {
			return errInvalidParam("x-as-user-email", "user specified by x-as-user-email or x-as-user-id does not exist")
		}
		return nil
	})
	return actor, err
}
