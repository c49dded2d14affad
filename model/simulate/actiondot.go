package simulate

import (
	"fmt"
	"io"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// graphAction is one of TLC's spec actions (Tool.getSpecActions: the
// initial predicate's conjuncts, then the actions of Next) as its action
// graph shows it.
type graphAction struct {
	label string // Action.getNameOfDefault
	init  bool   // Action.isInitPredicate: a named conjunct of the initial predicate
	key   string // Action.getDefinition: where its expression is, which groups actions
	// context is Action.con as Context.toString prints it (stats=full's
	// clusters); ok says it could be told.
	context string
	ctxOK   bool
}

// WriteActionGraph writes TLC's action flow graph of a simulation run with
// -simulate stats=basic, the file SPEC_actions.dot (TLC rev cc6b616:
// Simulator.writeActionFlowGraphBasic and DotActionWriter). steps is
// Result.ActionSteps. The nodes are TLC's spec actions grouped by the
// expression they evaluate (\E p \in S : A(p) is one node, A(1) \/ A(2)
// too), numbered in order of first appearance and labelled by the
// operator's name, or "<Action RANGE>" for an action written in place; a
// named conjunct of the initial predicate is filled. An edge from a to b
// has the pen width |log10(log10(n+1))|, n the steps by b right after a,
// rounded half up to two decimals; an edge never taken, or whose width
// rounds to 0 (n = 9), is a dotted green line. No edge goes back to a
// named initial conjunct. There is no newline after the last brace.
func WriteActionGraph(w io.Writer, sp *eval.Spec, steps [][]int64, read func(string) ([]byte, error)) error {
	all, initRow, first, err := specActions(sp, read)
	if err != nil {
		return err
	}
	// The groups, in order of first appearance.
	group := make([]int, len(all))
	var nodes []graphAction
	index := map[string]int{}
	for i, a := range all {
		g, ok := index[a.key]
		if !ok {
			g = len(nodes)
			index[a.key] = g
			nodes = append(nodes, a)
		}
		group[i] = g
	}
	counts := make([][]int64, len(nodes))
	for i := range counts {
		counts[i] = make([]int64, len(nodes))
	}
	for i, row := range steps {
		from := initRow
		if i > 0 {
			from = first + i - 1
		}
		for j := 1; j < len(row); j++ {
			counts[group[from]][group[first+j-1]] += row[j]
		}
	}
	var b strings.Builder
	b.WriteString(actionGraphLegend)
	for i, n := range nodes {
		writeGraphNode(&b, i, n)
	}
	for i := range nodes {
		for j := range nodes {
			c := counts[i][j]
			if c <= 0 && nodes[j].init {
				continue
			}
			width := ""
			if c > 0 {
				width = penWidth(math.Abs(math.Log10(math.Log10(float64(c) + 1))))
			}
			writeGraphEdge(&b, i, j, width)
		}
	}
	b.WriteString("}")
	_, err = io.WriteString(w, b.String())
	return err
}

// actionGraphLegend is the start of TLC's action graph: its legend
// (DotActionWriter's constructor, "p0" twice and no "p1" as TLC has it).
const actionGraphLegend = "digraph ActionGraph {\nnodesep=0.35;\nsubgraph cluster_legend {\nlabel = \"Coverage\";\nnode [shape=point] {\n" +
	"d0 [style = invis];\nd1 [style = invis];\np0 [style = invis];\np0 [style = invis];\n}\n" +
	"d0 -> d1 [label=unseen, color=\"green\", style=dotted]\np0 -> p1 [label=seen]\n}\n"

// writeGraphNode writes node i (DotActionWriter.write(Action, int)).
func writeGraphNode(b *strings.Builder, i int, n graphAction) {
	fmt.Fprintf(b, "%d [shape=box,label=\"%s", i, n.label)
	if n.init {
		b.WriteString("\",style = filled]\n")
	} else {
		b.WriteString("\"]\n")
	}
}

// writeGraphEdge writes the edge from i to j of pen width width, dotted
// green for "" (DotActionWriter.write(int, int, double)).
func writeGraphEdge(b *strings.Builder, i, j int, width string) {
	fmt.Fprintf(b, "%d -> %d", i, j)
	if width == "" {
		b.WriteString("[color=\"green\",style=dotted]")
	} else {
		b.WriteString("[penwidth=" + width + "]")
	}
	b.WriteString(";\n")
}

// specActions are TLC's spec actions (Tool.getSpecActions): the initial
// predicate's conjuncts, then the actions of Next from first on; the
// initial states count as the action initRow's (the last conjunct's).
func specActions(sp *eval.Spec, read func(string) ([]byte, error)) (all []graphAction, initRow, first int, err error) {
	acts, err := sp.TLCActions()
	if err != nil {
		return nil, 0, 0, err
	}
	for _, p := range sp.InitParts {
		// Where TLC locates the conjunct: the range in its label.
		loc := p.Label
		if i := strings.Index(loc, " line "); i >= 0 {
			loc = loc[i+1:]
		}
		// TLC binds nothing in the initial predicate's actions: "[]".
		if p.Name != "" {
			all = append(all, graphAction{label: p.Name, init: true, key: "range " + loc, context: "[]", ctxOK: true})
			continue
		}
		all = append(all, graphAction{label: "<Action " + loc + ">", key: "range " + loc, context: "[]", ctxOK: true})
	}
	if len(all) == 0 {
		all = append(all, graphAction{label: sp.InitName, init: true, key: "init", context: "[]", ctxOK: true})
	}
	initRow = len(all) - 1 // TLC's initial states carry the last conjunct as their action
	ranges := model.ActionRanges(sp, read)
	for i := range acts {
		a := &acts[i]
		var r model.SourceRange
		if a.Opaque() {
			if j := model.TLCActionAct(sp, i) - 1; j < len(ranges) {
				r = ranges[j]
			}
		} else if a.Lo < len(ranges) {
			r = ranges[a.Lo]
		}
		key := "range " + r.String()
		if !r.IsValid() {
			key = fmt.Sprintf("leaf %d %d %v", a.Lo, a.Hi, a.Pos)
		}
		label := model.TLCLabel(sp, a)
		if j := strings.IndexByte(label, '('); j > 0 {
			label = label[:j] // the name, without the parameters' values
		}
		if label == "Action" { // TLC's unnamed action, an inline [][A]_v
			label = "<Action " + r.String() + ">"
		}
		ctx, ok := a.Context()
		all = append(all, graphAction{label: label, key: key, context: contextString(ctx), ctxOK: ok})
	}
	first = len(all) - len(acts) // the id of Next's first action
	return all, initRow, first, nil
}

// contextString is TLC's Context.toString: the bindings newest first,
// "name->value" joined by ", ", in brackets.
func contextString(ctx []eval.CtxBinding) string {
	var b strings.Builder
	b.WriteByte('[')
	for i := len(ctx) - 1; i >= 0; i-- {
		if i < len(ctx)-1 {
			b.WriteString(", ")
		}
		v := ctx[i].Op
		if ctx[i].Value != nil {
			v = ctx[i].Value.String()
		}
		b.WriteString(ctx[i].Name + "->" + v)
	}
	b.WriteByte(']')
	return b.String()
}

// penWidth is TLC's pen width of an edge of weight d (Java's
// BigDecimal.valueOf(d).setScale(2, HALF_UP).doubleValue(), printed by
// Double.toString), or "" when that rounds to 0, which TLC draws as an
// edge never taken.
func penWidth(d float64) string {
	// BigDecimal.valueOf reads Double.toString's digits, the shortest
	// that give d back, and rounds them in decimal.
	r, ok := new(big.Rat).SetString(strconv.FormatFloat(d, 'e', -1, 64))
	if !ok {
		return ""
	}
	r.Mul(r, big.NewRat(100, 1))
	neg := r.Sign() < 0
	r.Abs(r)
	r.Add(r, big.NewRat(1, 2))
	n := new(big.Int).Quo(r.Num(), r.Denom()).Int64() // floor: half up, away from zero
	if n == 0 {
		return ""
	}
	frac := fmt.Sprintf("%02d", n%100)
	frac = strings.TrimRight(frac, "0")
	if frac == "" {
		frac = "0"
	}
	s := strconv.FormatInt(n/100, 10) + "." + frac
	if neg {
		s = "-" + s
	}
	return s
}
