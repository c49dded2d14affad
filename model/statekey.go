package model

import (
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// StateKey identifies t as TLC's TLCState.fingerPrint does, the checker's
// own identity of a state: its fingerprint, or with a SYMMETRY that of the
// least state of its orbit, or with a VIEW that of the view's value (of
// the least state). TLC's simulator keys its sched=rl learning by it.
func StateKey(sp *eval.Spec, t value.State) (uint64, error) {
	return (&checker{sp: sp}).fingerprint(t)
}
