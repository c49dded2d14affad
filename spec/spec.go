// Package spec holds the TLA+ specifications of the provider lifecycle and
// their models, embedded so that every tool ships with them.
//
// The files here are what spec reviewers read and what the FSM in fsm/ is
// compiled from; embedding them (rather than reading them from disk) lets
// the CLI check the default spec with no arguments, from any directory, and
// lets tests check every model and mutant without knowing where the source
// tree is.
package spec

import "embed"

// The mutants are copies of the specs with a few lines changed; they are
// rebuilt from the originals and the table in internal/mutate.
//go:generate go run ./internal/mutate/mkmutants

// FS holds every module and model: the lifecycle specs with their small,
// medium and large models, and the mutants under mutants/ with the verdict
// each must get (mutants/expected.json).
//
//go:embed *.tla *.cfg mutants/*.tla mutants/*.cfg mutants/expected.json
var FS embed.FS

// The spec and model that `wspcycle check` uses when given no arguments:
// the provider lifecycle with its small model, which checks in seconds.
const (
	DefaultSpec   = "ProviderLifecycle.tla"
	DefaultConfig = "ProviderLifecycle.cfg"
)

// Model names one module and one of its models in FS.
type Model struct {
	Spec   string // the .tla file, e.g. "ProviderLifecycle.tla"
	Config string // the .cfg file, e.g. "ProviderLifecycleMedium.cfg"
	Size   string // "small", "medium" or "large"
}

// Models lists every model of the shipped specs, smallest first. Only the
// small ones are meant for every test run; medium and large are for
// benchmarks and long runs.
var Models = []Model{
	{Spec: "ProviderLifecycle.tla", Config: "ProviderLifecycle.cfg", Size: "small"},
	{Spec: "ProviderLifecycle.tla", Config: "ProviderLifecycleStuckPeer.cfg", Size: "small"},
	{Spec: "LayeredProvider.tla", Config: "LayeredProvider.cfg", Size: "small"},
	{Spec: "ProviderLifecycle.tla", Config: "ProviderLifecycleThreeThreads.cfg", Size: "medium"},
	{Spec: "ProviderLifecycle.tla", Config: "ProviderLifecycleMedium.cfg", Size: "medium"},
	{Spec: "ProviderLifecycle.tla", Config: "ProviderLifecycleLarge.cfg", Size: "large"},
}
