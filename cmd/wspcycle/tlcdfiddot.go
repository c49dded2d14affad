package main

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// dfidDot is -dump dot FILE under -dfid: the graph as TLC's
// DotStateWriter writes what its depth-first mode tells it
// (DFIDModelChecker: writeState(init), then writeState(cur, succ, new)
// for each successor in the model, every iteration again). Unlike the
// breadth-first search's, its steps carry no action, so that an edge has
// no label or colour (-dump dot,actionlabels and colorize add nothing but
// colorize's header line), an edge is written each time an iteration
// meets its step, and a successor's node when it is new. Each state
// expanded is ranked at its level (its depth on the stack).
type dfidDot struct {
	vars     []string
	order    []int
	colorize bool
	body     strings.Builder
	ranks    [][]uint64 // per level, the states in the order first ranked
	ranked   map[dotRank]bool
}

// dotRank is a state at a level (DotStateWriter's sets of ranks).
type dotRank struct {
	fp    uint64
	level int
}

func newDFIDDot(sp *eval.Spec, colorize bool) *dfidDot {
	return &dfidDot{vars: sp.Vars, order: model.TraceOrder(sp.Vars, model.SpecVarOrder(sp), false), colorize: colorize, ranked: map[dotRank]bool{}}
}

// text is TLC's states2dot: the state's lines, escaped for a DOT label.
func (d *dfidDot) text(s value.State) string { return model.DotStateText(d.vars, d.order, s) }

func dotID(fp uint64) string { return strconv.FormatInt(int64(fp), 10) }

// rank is DotStateWriter.maintainRanks.
func (d *dfidDot) rank(fp uint64, level int) {
	key := dotRank{fp, level}
	if level < 1 || d.ranked[key] {
		return
	}
	d.ranked[key] = true
	for len(d.ranks) < level {
		d.ranks = append(d.ranks, nil)
	}
	d.ranks[level-1] = append(d.ranks[level-1], fp)
}

func (d *dfidDot) init(s value.State, fp uint64) {
	d.body.WriteString(dotID(fp) + " [label=\"" + d.text(s) + "\",style = filled]\n")
	d.rank(fp, 1)
}

func (d *dfidDot) step(from uint64, fromLevel int, t value.State, to uint64, isNew bool) {
	d.body.WriteString(dotID(from) + " -> " + dotID(to) + ";\n")
	if isNew {
		x := d.text(t)
		d.body.WriteString(dotID(to) + " [label=\"" + x + "\",tooltip=\"" + x + "\"];\n")
	}
	d.rank(from, fromLevel)
}

// write writes the file. After an initial state's violation TLC returns
// without closing the writer: the file keeps only the header, which the
// writer's constructor flushed.
func (d *dfidDot) write(w io.Writer, initViolation bool) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("strict digraph DiskGraph {\nnode [shape=box,style=rounded]\n")
	if d.colorize {
		bw.WriteString("edge [colorscheme=\"paired12\"]\n")
	}
	bw.WriteString("nodesep=0.35;\nsubgraph cluster_graph {\ncolor=\"white\";\n")
	if initViolation {
		return bw.Flush()
	}
	bw.WriteString(d.body.String())
	for _, fps := range d.ranks {
		if len(fps) == 0 {
			continue
		}
		bw.WriteString("{rank = same; ")
		for _, fp := range fps {
			bw.WriteString(dotID(fp) + ";")
		}
		bw.WriteString("}\n")
	}
	bw.WriteString("}\n}")
	return bw.Flush()
}
