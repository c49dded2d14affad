package simulate

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/internal/javalang"
	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// FullActionGraphRefusal says why the full action graph (-simulate
// stats=full) of sp cannot be written as TLC writes it, "" when it can:
// its clusters print each action's context, and a binding whose value is
// not known here (an argument with an effect, which TLC binds lazily and
// prints as the value it happened to draw, or as its syntax tree when it
// never evaluated it; one not compiled) cannot be printed.
func FullActionGraphRefusal(sp *eval.Spec) string {
	acts, err := sp.TLCActions()
	if err != nil {
		return "" // the run reports the error
	}
	for i := range acts {
		if _, ok := acts[i].Context(); !ok {
			return fmt.Sprintf("the context of action %s (an argument with an effect, which TLC binds lazily) cannot be printed as TLC's full action flow graph prints it; stats=basic can",
				model.TLCLabel(sp, &acts[i]))
		}
	}
	return ""
}

// WriteActionGraphFull writes TLC's full action flow graph of a
// simulation run with -simulate stats=full, the file SPEC_actions.dot (TLC
// rev cc6b616: Simulator.writeActionFlowGraphFull). steps is
// Result.ActionSteps. Every spec action is a node of its own, numbered as
// TLC's spec actions (the initial predicate's conjuncts, then Next's
// actions), in a cluster per context string (Context.toString: the
// bindings on the way to the action, newest first), the clusters in the
// order a Java HashMap of those strings iterates them, named by the
// absolute value of the string's Java hash, the nodes in the order a
// HashSet of their numbers iterates them. Then an edge for every pair of
// actions: its pen width log10(log10(n+1)), n the steps by the second
// right after the first, rounded half up to two decimals (a negative
// width included); one never taken, or whose width rounds to 0, is a
// dotted green line, and none never taken goes to an initial conjunct.
func WriteActionGraphFull(w io.Writer, sp *eval.Spec, steps [][]int64, read func(string) ([]byte, error)) error {
	all, initRow, first, err := specActions(sp, read)
	if err != nil {
		return err
	}
	for _, a := range all {
		if !a.ctxOK {
			return fmt.Errorf("the context of action %s cannot be printed", a.label)
		}
	}
	// The clusters: context strings in order of first appearance, each
	// with its actions' numbers.
	var keys []string
	members := map[string][]int{}
	for i, a := range all {
		if _, ok := members[a.context]; !ok {
			keys = append(keys, a.context)
		}
		members[a.context] = append(members[a.context], i)
	}
	hashes := make([]int32, len(keys))
	for i, k := range keys {
		hashes[i] = javalang.StringHash(k)
	}
	var b strings.Builder
	b.WriteString(actionGraphLegend)
	for _, ki := range javalang.HashOrder(hashes) {
		k := keys[ki]
		h := hashes[ki]
		if h != math.MinInt32 && h < 0 {
			h = -h // Math.abs, which leaves MIN_VALUE negative
		}
		fmt.Fprintf(&b, "subgraph cluster_%s {\ncolor=\"white\"\nlabel=\"%s\"\n", strconv.Itoa(int(h)), k)
		ids := members[k]
		idHashes := make([]int32, len(ids))
		for i, id := range ids {
			idHashes[i] = int32(id) // Integer.hashCode
		}
		for _, i := range javalang.HashOrder(idHashes) {
			writeGraphNode(&b, ids[i], all[ids[i]])
		}
		b.WriteString("}\n")
	}
	counts := make([][]int64, len(all))
	for i := range counts {
		counts[i] = make([]int64, len(all))
	}
	for i, row := range steps {
		from := initRow
		if i > 0 {
			from = first + i - 1
		}
		for j := 1; j < len(row); j++ {
			counts[from][first+j-1] += row[j]
		}
	}
	for i := range all {
		for j := range all {
			c := counts[i][j]
			if c <= 0 && all[j].init {
				continue
			}
			width := ""
			if c > 0 {
				width = penWidth(math.Log10(math.Log10(float64(c) + 1)))
			}
			writeGraphEdge(&b, i, j, width)
		}
	}
	b.WriteString("}")
	_, err = io.WriteString(w, b.String())
	return err
}
