package trace

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
)

// annotation is one `\* @trigger NAME [error=E] [wait]` line and the definition under it.
type annotation struct {
	trigger string
	errName string
	wait    bool
	def     *ast.OpDef
}

// control is what the annotations say about a module: its phase and counter variables and
// which action (by operator name) stands for which observed trigger.
type control struct {
	phase, counter string
	actions        map[string]*annotation
	triggers       map[string]bool // every trigger some action is annotated with
}

// readControl reads the @fsm and @trigger comments of mod (the convention that gen also
// reads). A @trigger belongs to the definition that starts on the next line.
func readControl(mod *ast.Module) *control {
	c := &control{actions: map[string]*annotation{}, triggers: map[string]bool{}}
	defs := map[int]*ast.OpDef{}
	for _, u := range mod.Units {
		if d, ok := u.(*ast.OpDef); ok {
			defs[d.Start.Line] = d
		}
	}
	for _, cm := range mod.Comments {
		if !strings.HasPrefix(cm.Text, `\*`) {
			continue
		}
		fields := strings.Fields(strings.TrimPrefix(cm.Text, `\*`))
		if len(fields) == 0 {
			continue
		}
		switch fields[0] {
		case "@fsm":
			for _, f := range fields[1:] {
				k, v, _ := strings.Cut(f, "=")
				switch k {
				case "phase":
					c.phase = v
				case "counter":
					c.counter = v
				}
			}
		case "@trigger":
			d := defs[cm.Start.Line+1]
			if d == nil || len(fields) < 2 {
				continue
			}
			a := &annotation{trigger: fields[1], def: d}
			for _, f := range fields[2:] {
				switch {
				case f == "wait":
					a.wait = true
				case strings.HasPrefix(f, "error="):
					a.errName = strings.TrimPrefix(f, "error=")
				}
			}
			c.actions[d.Name.Name] = a
			c.triggers[a.trigger] = true
		}
	}
	return c
}

// errorNames maps a Winsock code name to the error= names a spec may use for it.
var errorNames = map[string][]string{
	"WSANOTINITIALISED":  {"NotInitialised"},
	"WSAVERNOTSUPPORTED": {"VerNotSupported"},
	"WSASYSNOTREADY":     {"InitFailed", "SysNotReady"},
	"WSAEPROCLIM":        {"ProcLimit", "ProcessLimit"},
	"WSAEINPROGRESS":     {"InProgress"},
	"WSAEFAULT":          {"Fault"},
	"WSAEINVAL":          {"Invalid"},
	"WSAEINTR":           {"Interrupted"},
	"WSAENETDOWN":        {"NetDown"},
}

// class is the kind of spec action an event stands for.
type class struct {
	step    bool     // a successful step: actions of the trigger without error= and without wait
	wait    bool     // the caller waits: actions marked wait
	errs    []string // a refusal: actions with one of these error= names
	stutter bool     // also acceptable as a step that changes nothing the spec sees
}

// classify says which annotated actions an event may be.
func classify(e Event) class {
	switch {
	case e.changed():
		return class{step: true} // DrainDone/FreeDone with a hook error still step
	case e.Wait:
		// A wait the spec models (teardown) or one it does not (queued behind another
		// Startup's Init, invisible to the spec).
		return class{wait: true, stutter: true}
	case e.Err == "":
		// A success that changes nothing the observer sees: the runtime never reports
		// one, and only an action of the spec can explain it, never a stutter.
		return class{step: true}
	}
	return class{errs: errorNames[e.Code()], stutter: true}
}

// named reports whether the spec names this refusal (some action of trigger t has one of
// the class's error= names): then only such an action explains it, never a stutter.
func (c *control) named(t string, k class) bool {
	for _, a := range c.actions {
		if a.trigger == t && !k.step && !k.wait && k.matches(t, a) {
			return true
		}
	}
	return false
}

// matches reports whether annotated action a is one that an event of class k and trigger
// t may stand for.
func (k class) matches(t string, a *annotation) bool {
	if a.trigger != t {
		return false
	}
	switch {
	case k.step:
		return a.errName == "" && !a.wait
	case k.wait:
		return a.wait
	}
	for _, n := range k.errs {
		if a.errName == n {
			return true
		}
	}
	return false
}
