package spec

import (
	"encoding/json"
	"fmt"
)

// Mutant is one deliberately broken copy of a spec: the checker must
// report Property violated with Result, or the spec is too weak to catch
// the contract mistake the mutant models.
type Mutant struct {
	Module   string `json:"module"`   // module name = file name under mutants/
	Original string `json:"original"` // the module it is a copy of
	Mistake  string `json:"mistake"`  // the CONTRACT.md mistake it models
	Result   string `json:"result"`   // "invariant violated", "property violated" or "deadlock"
	Property string `json:"property"` // the invariant or property that must be reported (for a quantified property, any instance of it, e.g. P(t1))
}

// Spec and Config are the mutant's files in FS.
func (m Mutant) Spec() string   { return "mutants/" + m.Module + ".tla" }
func (m Mutant) Config() string { return "mutants/" + m.Module + ".cfg" }

// Mutants reads mutants/expected.json, the table of every mutant and the
// verdict it must get.
func Mutants() ([]Mutant, error) {
	data, err := FS.ReadFile("mutants/expected.json")
	if err != nil {
		return nil, err
	}
	var doc struct {
		Mutants []Mutant `json:"mutants"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("mutants/expected.json: %w", err)
	}
	return doc.Mutants, nil
}
