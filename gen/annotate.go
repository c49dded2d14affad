package gen

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// fsmNote is the module's `\* @fsm key=value ...` line.
type fsmNote struct {
	pos    token.Pos
	values map[string]string
}

// triggerNote is a `\* @trigger NAME [error=X] [wait]` line and the definition it marks.
type triggerNote struct {
	pos     token.Pos
	trigger string
	errName string
	wait    bool
	def     *ast.OpDef
}

// lineComment returns the text of a \* comment without its delimiter, or "", false.
func lineComment(c *ast.Comment) (string, bool) {
	if !strings.HasPrefix(c.Text, `\*`) {
		return "", false
	}
	return strings.TrimSpace(strings.TrimPrefix(c.Text, `\*`)), true
}

// annotations reads the @fsm and @trigger comments of mod. A @trigger must be on the line
// immediately above a top-level operator definition.
func annotations(mod *ast.Module, errs *token.ErrorList) (*fsmNote, []*triggerNote) {
	defs := map[int]*ast.OpDef{} // by line
	for _, u := range mod.Units {
		if d, ok := u.(*ast.OpDef); ok {
			defs[d.Start.Line] = d
		}
	}
	var note *fsmNote
	var triggers []*triggerNote
	for _, c := range mod.Comments {
		text, ok := lineComment(c)
		if !ok {
			continue
		}
		fields := strings.Fields(text)
		if len(fields) == 0 {
			continue
		}
		switch fields[0] {
		case "@fsm":
			if note != nil {
				errs.Add(c.Start, "second @fsm annotation (the first is at "+note.pos.String()+")")
				continue
			}
			note = &fsmNote{pos: c.Start, values: map[string]string{}}
			for _, f := range fields[1:] {
				k, v, ok := strings.Cut(f, "=")
				if !ok || v == "" || (k != "phase" && k != "counter" && k != "max") {
					errs.Add(c.Start, "@fsm: bad field "+quote(f)+" (want phase=NAME, counter=NAME, max=NAME)")
					continue
				}
				note.values[k] = v
			}
		case "@trigger":
			t := &triggerNote{pos: c.Start}
			if len(fields) < 2 || !isIdent(fields[1]) {
				errs.Add(c.Start, "@trigger needs a trigger name, e.g. @trigger Startup")
				continue
			}
			t.trigger = fields[1]
			bad := false
			for _, f := range fields[2:] {
				switch {
				case f == "wait":
					t.wait = true
				case strings.HasPrefix(f, "error=") && isIdent(strings.TrimPrefix(f, "error=")):
					t.errName = strings.TrimPrefix(f, "error=")
				default:
					errs.Add(c.Start, "@trigger: bad field "+quote(f)+" (want error=NAME or wait)")
					bad = true
				}
			}
			if t.wait && t.errName != "" {
				errs.Add(c.Start, "@trigger: an action cannot both wait and return an error")
				bad = true
			}
			t.def = defs[c.Start.Line+1]
			if t.def == nil {
				errs.Add(c.Start, "@trigger "+t.trigger+" is not on the line immediately above a top-level operator definition")
				bad = true
			}
			if !bad {
				triggers = append(triggers, t)
			}
		}
	}
	return note, triggers
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
		case '0' <= r && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

func quote(s string) string { return `"` + s + `"` }
