package core

import "time"

// State is everything the simulator remembers. It is plain data so that the
// persistence file is simply its JSON form; all access goes through
// Sim.Read and Sim.Change, which hold the lock.
type State struct {
	Company   company                  `json:"company"`
	Users     []*User                  `json:"users"`
	Groups    []*group                 `json:"groups"`
	Clients   []*Client                `json:"clients"`
	Designs   []*design                `json:"designs"`
	Templates []*Template              `json:"templates"`
	Workflows []*Workflow              `json:"workflows"`
	Jobs      map[string]*asyncJob     `json:"jobs"`
	Codes     map[string]*AuthCode     `json:"codes"`
	Tokens    map[string]*AccessToken  `json:"tokens"`
	Refresh   map[string]*RefreshToken `json:"refresh"`
	Sessions  map[string]string        `json:"sessions"` // console/login session id → user id
	// LastReadable is the number of the last IC-n id handed out.
	LastReadable int `json:"lastReadable"`
}

type company struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	DisplayName string `json:"displayName"`
}

type User struct {
	ID        string `json:"id"`
	Email     string `json:"email"`
	FirstName string `json:"firstName"`
	LastName  string `json:"lastName"`
	Title     string `json:"title"`
	// Password is the sandbox sign-in password; this is a simulator with
	// published demo credentials, so it is stored as given.
	Password string `json:"password"`
}

func (u *User) DisplayName() string { return u.FirstName + " " + u.LastName }

type group struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Members []string `json:"members"` // user ids
	// APIManagement grants Company Settings → API access, which Ironclad
	// requires for webhook management.
	APIManagement bool `json:"apiManagement"`
}

type Client struct {
	ID           string   `json:"id"`
	Secret       string   `json:"secret"`
	Name         string   `json:"name"`
	RedirectURIs []string `json:"redirectUris"`
	Scopes       []string `json:"scopes"`
}

type AuthCode struct {
	ClientID    string    `json:"clientId"`
	UserID      string    `json:"userId"`
	RedirectURI string    `json:"redirectUri"`
	Scopes      []string  `json:"scopes"`
	Expires     time.Time `json:"expires"`
}

type AccessToken struct {
	ClientID string    `json:"clientId"`
	UserID   string    `json:"userId"` // "" for client-credentials tokens
	Scopes   []string  `json:"scopes"`
	Expires  time.Time `json:"expires"`
	Revoked  bool      `json:"revoked"`
}

type RefreshToken struct {
	ClientID string   `json:"clientId"`
	UserID   string   `json:"userId"`
	Scopes   []string `json:"scopes"`
	Revoked  bool     `json:"revoked"`
}

func (st *State) UserByID(id string) *User {
	for _, u := range st.Users {
		if u.ID == id {
			return u
		}
	}
	return nil
}

func (st *State) UserByEmail(email string) *User {
	for _, u := range st.Users {
		if EqualFold(u.Email, email) {
			return u
		}
	}
	return nil
}

// UserByRef resolves the "user id or email" that Ironclad accepts wherever
// a user is named.
func (st *State) UserByRef(ref string) *User {
	if u := st.UserByID(ref); u != nil {
		return u
	}
	return st.UserByEmail(ref)
}

func (st *State) CanManageAPI(u *User) bool {
	for _, g := range st.Groups {
		if g.APIManagement && contains(g.Members, u.ID) {
			return true
		}
	}
	return false
}

func (st *State) ClientByID(id string) *Client {
	for _, c := range st.Clients {
		if c.ID == id {
			return c
		}
	}
	return nil
}
