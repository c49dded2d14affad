package proptest

import (
	"fmt"
	"sort"
	"sync"

	"github.com/wspcycle/wspcycle/gen"
	"github.com/wspcycle/wspcycle/spec"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// The small model's constants, as the runtime is configured for the conformance and
// linearizability suites (spec/ProviderLifecycle.cfg).
const (
	smallLow  = 2
	smallHigh = 3
	smallMax  = 2
)

// ctl is a state of the control fragment: the phase and the counter.
type ctl struct {
	Phase string
	Refs  int64
}

func (c ctl) String() string {
	if c.Phase == "Active" || c.Refs != 0 {
		return fmt.Sprintf("%s(%d)", c.Phase, c.Refs)
	}
	return c.Phase
}

// outcome is what one call (or teardown step) did, as the control fragment sees it: the
// trigger, how it ended ("ok", "wait", or "err:" + the spec's error= name) and where the
// control state went.
type outcome struct {
	Trigger, Kind string
	To            ctl
}

func (o outcome) String() string { return fmt.Sprintf("%s %s -> %v", o.Trigger, o.Kind, o.To) }

// controlStep is one step of a control action from a reachable state of the spec.
type controlStep struct {
	Label string
	From  ctl
	Out   outcome
}

// smallModel is the spec's small model explored exhaustively, reduced to what the
// conformance and linearizability suites compare: every reachable state's control steps,
// and per control state the union of the outcomes the spec allows there.
type smallModel struct {
	States      int
	Transitions int // successors generated, all actions
	Steps       []controlStep
	Allowed     map[ctl]map[outcome]bool
}

var (
	smallOnce sync.Once
	small     *smallModel
	smallErr  error
)

// loadSmallModel explores spec/ProviderLifecycle.tla with its small model once per test
// binary; the control actions are the ones the generator compiles (gen.Project's view of
// the @trigger annotations), so the comparison is against the fragment fsm/ is built from.
func loadSmallModel() (*smallModel, error) {
	smallOnce.Do(func() { small, smallErr = exploreSmall() })
	return small, smallErr
}

func exploreSmall() (*smallModel, error) {
	sp, err := loadSpec(spec.DefaultSpec, spec.DefaultConfig)
	if err != nil {
		return nil, err
	}
	m, err := gen.Project(sp.Module, gen.Options{})
	if err != nil {
		return nil, err
	}
	kinds := map[string][2]string{} // action name -> trigger, kind
	for _, a := range m.Actions {
		k := "ok"
		switch {
		case a.Wait:
			k = "wait"
		case a.Error != "":
			k = "err:" + a.Error
		}
		kinds[a.Name] = [2]string{a.Trigger, k}
	}
	v := varsOf(sp)
	ctlOf := func(s value.State) ctl { return ctl{v.str(s, m.Phase), v.int(s, m.Counter)} }
	sm := &smallModel{Allowed: map[ctl]map[outcome]bool{}}
	seen := map[uint64]bool{}
	var queue []value.State
	err = sp.Init(func(s value.State) error {
		if fp := s.Fingerprint(); !seen[fp] {
			seen[fp] = true
			queue = append(queue, s.Clone())
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		sm.States++
		from := ctlOf(s)
		err := sp.Next(s, func(st eval.Step) error {
			sm.Transitions++
			if tk, ok := kinds[sp.Actions[st.Action].Name]; ok {
				o := outcome{Trigger: tk[0], Kind: tk[1], To: ctlOf(st.State)}
				sm.Steps = append(sm.Steps, controlStep{Label: sp.Label(st), From: from, Out: o})
				if sm.Allowed[from] == nil {
					sm.Allowed[from] = map[outcome]bool{}
				}
				sm.Allowed[from][o] = true
			}
			if fp := st.State.Fingerprint(); !seen[fp] {
				seen[fp] = true
				queue = append(queue, st.State.Clone())
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return sm, nil
}

// controlStates lists the control states of the model in a fixed order.
func (sm *smallModel) controlStates() []ctl {
	var out []ctl
	for c := range sm.Allowed {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Phase != out[j].Phase {
			return out[i].Phase < out[j].Phase
		}
		return out[i].Refs < out[j].Refs
	})
	return out
}
