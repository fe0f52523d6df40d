package integration

import (
	"tradewind/ent/connection"
	"tradewind/server/ironclad"
)

// Environment is one Ironclad stack a connection can use.
type Environment struct {
	Environment         connection.Environment
	Name                string
	BaseURL             string
	Preselected         bool
	ClientPreconfigured bool
}

var environmentKeys = map[connection.Environment]string{
	connection.EnvironmentNA: "na", connection.EnvironmentEU: "eu", connection.EnvironmentDEMO: "demo",
}

// Environments lists the choices; in demo mode the built-in sandbox comes
// first and is preselected.
func (s *Service) Environments() []Environment {
	var out []Environment
	if sb := s.cfg.Sandbox; sb != nil {
		out = append(out, Environment{Environment: connection.EnvironmentSANDBOX, Name: "Built-in Ironclad sandbox (demo)",
			BaseURL: sb.BaseURL, Preselected: true, ClientPreconfigured: true})
	}
	for _, env := range []connection.Environment{connection.EnvironmentNA, connection.EnvironmentEU, connection.EnvironmentDEMO} {
		e, _ := ironclad.EnvironmentByKey(environmentKeys[env])
		out = append(out, Environment{Environment: env, Name: e.Name, BaseURL: e.BaseURL})
	}
	return append(out, Environment{Environment: connection.EnvironmentCUSTOM, Name: "Custom base URL"})
}
