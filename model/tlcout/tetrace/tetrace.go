// Package tetrace writes TLC's trace exploration spec: the module
// SPEC_TTrace_SECONDS.tla that TLC (rev cc6b616, tlc2.TraceExplorationSpec
// and tlc2.output.SpecTraceExpressionWriter) writes beside the spec when it
// finds a violation, unless told -noGenerateSpecTE. The file holds the
// trace-exploration module (an _init and _next that replay the trace, an
// _inv or _prop that fails at its end, an ALIAS _expression), the modules
// _TEExpression, _TETrace (the trace as a sequence of records) and, when
// needed, _TEConstants, then the model's CONFIG section, byte for byte as
// TLC writes them but for the time stamps. Checking it with
// "-config FILE FILE" reproduces the violation, with TLC as with wspcycle.
package tetrace

import (
	"fmt"
	"strings"
	"time"

	"github.com/wspcycle/wspcycle/internal/javalang"
)

// Trace is what the spec is written from.
type Trace struct {
	// Module is the name of the spec's root module.
	Module string
	// Name is the trace exploration module's name (Name(Module, when)).
	Name string
	// Vars are the spec's variables in TLC's order (the order a trace
	// state prints them in).
	Vars []string
	// States are the trace's states, each the printed value of every
	// variable of Vars, in that order (TLC's Value.toString).
	States [][]string
	// LoopBack is k when the behaviour goes back to state k (1-based)
	// after its last state; 0 for a finite trace.
	LoopBack int
	// Stutter is whether the behaviour stutters forever in its last
	// state.
	Stutter bool
	// Constants are the model's CONSTANT entries as TLC lists them ("N =
	// 2", "D <- Def"), in the cfg's order.
	Constants []string
	// ModelValues are the model values the cfg creates, in the order it
	// creates them; Declared are those that are also names of the spec (a
	// declared constant, "Nil = Nil"), which _TEConstants does not
	// declare again.
	ModelValues []string
	Declared    map[string]bool
	// Generated is when the spec was written (its trailing comment).
	Generated time.Time
}

// Name is the trace exploration module's name for the spec module
// root, written at t: ROOT_TTrace_SECONDS.
func Name(root string, t time.Time) string {
	return fmt.Sprintf("%s_TTrace_%d", root, t.Unix())
}

// Writable reports whether TLC writes a trace exploration spec for a
// trace of n states (a lasso's closing step counting as one more): not
// for a single state.
func Writable(n int, lasso bool) bool {
	if lasso {
		n++
	}
	return n > 1
}

const closing = "=============================================================================\n"

// extends is TLC's EXTENDS line for the module set: the names added in
// that order, iterated as Java's HashSet does.
func extends(names ...string) string {
	return "EXTENDS " + strings.Join(javalang.HashMapOrder(names), ", ") + "\n"
}

// Write returns the file's text.
func Write(t Trace) []byte {
	m := t.Module
	lasso := t.LoopBack > 0
	var modConsts []string
	for _, mv := range t.ModelValues {
		if !t.Declared[mv] {
			modConsts = append(modConsts, mv)
		}
	}
	if lasso {
		modConsts = append(modConsts, "_TTraceLassoStart", "_TTraceLassoEnd")
	}
	teConsts := m + "_TEConstants"
	// teConstantModuleHashSet: TLC, then the constants module if any.
	base := []string{"TLC"}
	if len(modConsts) > 0 {
		base = javalang.HashMapOrder([]string{"TLC", teConsts})
	}
	mainExt := extends(append(append([]string{"Toolbox", "TLCExt", "Naturals", "Sequences"}, base...), m)...)

	var b strings.Builder
	b.WriteString("---- MODULE " + t.Name + " ----\n")
	b.WriteString(mainExt + "\n")
	fmt.Fprintf(&b, "_expression ==\n    LET %[1]s_TEExpression == INSTANCE %[1]s_TEExpression\n    IN %[1]s_TEExpression!expression\n----\n\n", m)
	fmt.Fprintf(&b, "_trace ==\n    LET %[1]s_TETrace == INSTANCE %[1]s_TETrace\n    IN %[1]s_TETrace!trace\n----\n", m)

	// The states as TLC's MCState has them: the variables in HashMap order.
	order := javalang.HashMapOrder(t.Vars)
	pos := map[string]int{}
	for i, v := range t.Vars {
		pos[v] = i
	}
	conj := func(state []string, prefix string) string {
		var parts []string
		if prefix != "" {
			parts = append(parts, prefix, `/\`)
		}
		for i, v := range order {
			if i > 0 {
				parts = append(parts, `/\`)
			}
			parts = append(parts, v+" = ("+state[pos[v]]+")")
		}
		return indent(strings.Join(parts, "\n"), 2)
	}
	last := t.States[len(t.States)-1]
	var cfg strings.Builder
	switch {
	case t.Stutter:
		b.WriteString("\n_prop ==\n    ~<>[](\n" + conj(last, "") + "\n    )")
		cfg.WriteString("\nPROPERTY\n    _prop\n")
	case lasso:
		back := t.States[t.LoopBack-1]
		body := "~(([]<>(\n" + conj(last, "") + "\n))/\\([]<>(\n" + conj(back, "") + "\n)))"
		b.WriteString("\n_prop ==\n" + indent(body, 1))
		cfg.WriteString("\nPROPERTY\n    _prop\n")
	default:
		b.WriteString("\n_inv ==\n    ~(\n" + conj(last, `TLCGet("level") = Len(_TETrace)`) + "\n    )")
		cfg.WriteString("\nINVARIANT\n    _inv\n")
	}
	b.WriteString("\n----\n\n")
	cfg.WriteString("\nCHECK_DEADLOCK\n    \\* CHECK_DEADLOCK off because of PROPERTY or INVARIANT above.\n    FALSE")

	cfg.WriteString("\n\nINIT\n    _init\n")
	b.WriteString("_init ==\n")
	for _, v := range t.Vars {
		b.WriteString("    /\\ " + v + " = _TETrace[1]." + v + "\n")
	}
	b.WriteString("----\n\n")
	cfg.WriteString("\nNEXT\n    _next\n")
	b.WriteString("_next ==\n")
	b.WriteString("    /\\ \\E i,j \\in DOMAIN _TETrace:\n")
	b.WriteString("        /\\ \\/ /\\ j = i + 1\n")
	b.WriteString("              /\\ i = TLCGet(\"level\")\n")
	if lasso {
		b.WriteString("           \\/ /\\ i = _TTraceLassoEnd\n")
		b.WriteString("              /\\ j = _TTraceLassoStart\n")
	}
	for _, v := range t.Vars {
		b.WriteString("        /\\ " + v + "  = _TETrace[i]." + v + "\n")
		b.WriteString("        /\\ " + v + "' = _TETrace[j]." + v + "\n")
	}
	b.WriteString("\n\\* Uncomment the ASSUME below to write the states of the error trace\n")
	b.WriteString("\\* to the given file in Json format. Note that you can pass any tuple\n")
	b.WriteString("\\* to `JsonSerialize`. For example, a sub-sequence of _TETrace.\n")
	b.WriteString("    \\* ASSUME\n")
	b.WriteString("    \\*     LET J == INSTANCE Json\n")
	b.WriteString("    \\*         IN J!JsonSerialize(\"" + t.Name + ".json\", _TETrace)\n\n")
	if lasso {
		cfg.WriteString("\nVIEW\n    _view\n")
		b.WriteString("\n_view ==\n    <<" + strings.Join(t.Vars, ", ") +
			", IF TLCGet(\"level\") = _TTraceLassoEnd + 1 THEN _TTraceLassoStart ELSE TLCGet(\"level\")>>\n")
	}
	b.WriteString(closing)

	// The module of the ALIAS expression.
	b.WriteString("\n Note that you can extract this module `" + m + "_TEExpression`\n")
	b.WriteString("  to a dedicated file to reuse `expression` (the module in the \n")
	b.WriteString("  dedicated `" + m + "_TEExpression.tla` file takes precedence \n")
	b.WriteString("  over the module `" + m + "_TEExpression` below).\n\n")
	b.WriteString("---- MODULE " + m + "_TEExpression ----\n" + mainExt + "\n")
	b.WriteString(expressionStub(m, t.Vars))
	b.WriteString(closing + "\n\n\n")

	// The commented module that reads the trace from the binary file.
	b.WriteString("Parsing and semantic processing can take forever if the trace below is long.\n")
	b.WriteString(" In this case, it is advised to uncomment the module below to deserialize the\n")
	b.WriteString(" trace from a generated binary file.\n\n")
	io := "\n---- MODULE " + m + "_TETrace ----\n" + extends(append(append([]string{"IOUtils"}, base...), m)...) +
		"\ntrace == IODeserialize(\"" + t.Name + ".bin\", TRUE)\n\n" + closing
	b.WriteString("\\*" + strings.ReplaceAll(io, "\n", "\n\\*") + "\n\n")

	// The trace.
	b.WriteString("---- MODULE " + m + "_TETrace ----\n" + extends(append(append([]string{}, base...), m)...) + "\n")
	b.WriteString("trace == \n    <<\n")
	for i, st := range t.States {
		fields := make([]string, len(order))
		for j, v := range order {
			fields[j] = v + " |-> " + st[pos[v]]
		}
		b.WriteString("    ([" + strings.Join(fields, ",") + "])")
		if i < len(t.States)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("    >>\n----\n\n\n")
	cfg.WriteString("\nCONSTANT\n    _TETrace <- _trace\n")
	cfg.WriteString("\nALIAS\n    _expression\n")
	if len(modConsts) > 0 {
		b.WriteString(closing + "\n")
		b.WriteString("---- MODULE " + teConsts + " ----\n" + extends(m) + "\n")
		b.WriteString("CONSTANTS " + strings.Join(modConsts, ", ") + "\n\n")
	}
	b.WriteString(closing + "\n")

	// The CONFIG section: the constants first.
	b.WriteString("---- CONFIG " + t.Name + " ----\n")
	var consts []string
	for _, c := range t.Constants {
		consts = append(consts, "    "+c)
	}
	for _, mv := range t.ModelValues {
		consts = append(consts, "    "+mv+" = "+mv)
	}
	if lasso {
		consts = append(consts, fmt.Sprintf("_TTraceLassoStart = %d", t.LoopBack), fmt.Sprintf("_TTraceLassoEnd = %d", len(t.States)))
	}
	if len(consts) > 0 {
		b.WriteString("CONSTANTS\n" + strings.Join(consts, "\n") + "\n")
	}
	b.WriteString(cfg.String())
	b.WriteString(closing)
	b.WriteString("\\* Generated on " + t.Generated.Format("Mon Jan 02 15:04:05 MST 2006"))
	return []byte(b.String())
}

// expressionStub is TLC's module body defining the ALIAS record of the
// variables, with its commented suggestions.
func expressionStub(module string, vars []string) string {
	var l strings.Builder
	l.WriteString("\\* To hide variables of the `" + module + "` spec from the error trace,\n")
	l.WriteString("\\* remove the variables below.  The trace will be written in the order\n")
	l.WriteString("\\* of the fields of this record.\n")
	fields := make([]string, len(vars))
	for i, v := range vars {
		fields[i] = v + " |-> " + v
	}
	l.WriteString(strings.Join(fields, "\n,") + "\n\n")
	l.WriteString("\\* Put additional constant-, state-, and action-level expressions here:\n")
	l.WriteString("\\* ,_stateNumber |-> _TEPosition\n")
	if len(vars) > 0 {
		v := vars[0]
		l.WriteString("\\* ,_" + v + "Unchanged |-> " + v + " = " + v + "'\n\n")
		l.WriteString("\\* Format the `" + v + "` variable as Json value.\n")
		l.WriteString("\\* ,_" + v + "Json |->\n")
		l.WriteString("\\*     LET J == INSTANCE Json\n")
		l.WriteString("\\*     IN J!ToJson(" + v + ")\n\n")
		l.WriteString("\\* Lastly, you may build expressions over arbitrary sets of states by\n")
		l.WriteString("\\* leveraging the _TETrace operator.  For example, this is how to\n")
		l.WriteString("\\* count the number of times a spec variable changed up to the current\n")
		l.WriteString("\\* state in the trace.\n")
		l.WriteString("\\* ,_" + v + "ModCount |->\n")
		l.WriteString("\\*     LET F[s \\in DOMAIN _TETrace] ==\n")
		l.WriteString("\\*         IF s = 1 THEN 0\n")
		l.WriteString("\\*         ELSE IF _TETrace[s]." + v + " # _TETrace[s-1]." + v + "\n")
		l.WriteString("\\*             THEN 1 + F[s-1] ELSE F[s-1]\n")
		l.WriteString("\\*     IN F[_TEPosition - 1]\n")
	}
	return "expression == \n    [\n" + indent(l.String(), 2) + "\n    ]\n\n"
}

// indent is TLC's indentString: every line of s (split at "\n", trailing
// empty lines dropped as Java's String.split drops them) prefixed by n
// times four spaces.
func indent(s string, n int) string {
	lines := strings.Split(s, "\n")
	for len(lines) > 1 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	p := strings.Repeat("    ", n)
	return p + strings.Join(lines, "\n"+p)
}
