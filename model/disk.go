package model

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/wspcycle/wspcycle/model/store"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// The disk-backed search (Options.DiskDir). It is the breadth-first search
// of check.go with the three parts that grow with the state space moved to
// package store: the visited set holds 8 bytes a fingerprint in memory up
// to a budget and spills to sorted runs beyond it, each level's states go
// to a level file written and read sequentially, and the (fingerprint,
// predecessor) links to a trace file, from which a counterexample is
// rebuilt exactly as from the in-memory set. What stays in memory is the
// table, the index of the runs and a few chunks of states per worker.
//
// At a level boundary, when Options.Checkpoint has passed since the last
// checkpoint, the table is merged into a run and a manifest naming the
// run, the next level's file, the trace file's length and the counters is
// written atomically; Options.Recover resumes from it. The level is the
// unit of recovery: a run killed in the middle of a level redoes that
// level from its start, which gives the same counts.
//
// With temporal properties, the behaviour graph goes to two more files
// (graphdisk.go) in the order the in-memory search records it; once the
// search is complete the liveness check loads its per-node arrays and
// reads its edges from disk through a bounded page cache (graphpage.go),
// or stops with the memory limit when even the per-node arrays do not fit;
// the counterexample's path to its lasso is read from the trace file. A
// checkpoint also saves the liveness bit tables (bitcheckpoint.go).

// diskStore is the checker's disk state in disk mode.
type diskStore struct {
	dir    string
	fps    *store.FPSet
	trace  *store.Trace
	graph  *diskGraph // with temporal properties
	errMu  sync.Mutex
	err    error
	last   time.Time // the last checkpoint
	pinned string    // the level file the current checkpoint names
	resume *checkpoint
	// lsPinned is the finite-prefix detector's file the current
	// checkpoint names, lsImg its contents read back by a recovery
	// (livesafetycp.go).
	lsPinned string
	lsImg    *lsImage
	// model is modelID, computed once as the store opens (with
	// checkpoints or a recovery): each checkpoint names it.
	model string
}

// checkpoint is the manifest of a checkpoint: the files holding the
// search at a level boundary and the counters at that point.
type checkpoint struct {
	Version    int              `json:"version"`
	Spec       string           `json:"spec"`
	Model      string           `json:"model"` // modelID`
	Vars       []string         `json:"vars"`
	Level      int              `json:"level"` // the level to expand next
	Depth      int              `json:"depth"`
	Queue      string           `json:"queue"` // its level file
	QueueLen   int64            `json:"queue_len"`
	Run        string           `json:"run"` // the fingerprint run
	RunLen     int64            `json:"run_len"`
	TraceLen   int64            `json:"trace_len"`
	GraphNodes int64            `json:"graph_nodes,omitempty"` // records of the behaviour graph's files
	GraphEdges int64            `json:"graph_edges,omitempty"`
	Generated  int64            `json:"generated"`
	InitStates int64            `json:"init_states"`
	Coverage   []ActionCoverage `json:"coverage"`
	OutDegree  []int64          `json:"out_degree"`

	// The liveness bit tables, with more than 64 predicates (bitcheckpoint.go).
	NodePats *bitTableImage `json:"node_pats,omitempty"`
	EdgePats *bitTableImage `json:"edge_pats,omitempty"`

	// The finite-prefix detector's file (livesafetycp.go); none when the
	// run has no detector (or the checkpoint is of a version before it,
	// whose recovery checks such properties after the search).
	LiveSafety string `json:"live_safety,omitempty"`
}

const (
	// checkpointVersion 2: sets of strings and records are stored in the
	// spec's order of strings (TLC's), not by name, so version 1's states
	// and fingerprints are not this version's.
	checkpointVersion = 2
	traceName         = "trace.links"
)

func levelName(level int) string { return fmt.Sprintf("level-%d.states", level) }

// isStoreFile reports whether name is one of the files the disk mode
// creates, which a fresh run removes from its directory.
func isStoreFile(name string) bool {
	return name == traceName || name == graphNodesName || name == graphEdgesName || name == graphCSRName || strings.HasPrefix(name, store.ManifestName) ||
		strings.HasPrefix(name, "level-") && strings.HasSuffix(name, ".states") || isLSFile(name) ||
		strings.HasPrefix(name, "run-") && strings.HasSuffix(name, ".fp")
}

// fpBudget is the memory of the fingerprint table: half of MaxMemory (the
// rest is for the evaluator, the chunks and the Go runtime), 512 MB when
// there is no limit.
func (o Options) fpBudget() int64 {
	if o.MaxMemory == 0 {
		return 512 << 20
	}
	return int64(o.MaxMemory / 2)
}

// liveBudget is the memory of the liveness check in disk mode: the half of
// MaxMemory the fingerprint table had, which it releases once the search
// is complete (the check comes after it), and at least minLiveBudget, a
// few MB that the Go runtime and the parsed spec alone exceed: the graphs
// that fit in it cost nothing worth refusing.
func (o Options) liveBudget() int64 {
	if testLiveBudget > 0 {
		return testLiveBudget
	}
	return max(o.fpBudget(), minLiveBudget)
}

const minLiveBudget = 8 << 20

// testLiveBudget, set by tests, replaces liveBudget.
var testLiveBudget int64

// openDisk prepares the directory: fresh (its store files removed) or,
// with Options.Recover, reopened at its checkpoint.
func (c *checker) openDisk() error {
	dir := c.opt.DiskDir
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	d := &diskStore{dir: dir, last: time.Now()}
	if c.opt.Recover || c.opt.Checkpoint > 0 {
		id, err := c.modelID()
		if err != nil {
			return err
		}
		d.model = id
	}
	if c.opt.Recover {
		var cp checkpoint
		if err := store.ReadManifest(dir, &cp); err != nil {
			return err
		}
		if cp.Version != checkpointVersion || cp.Spec != c.sp.Name || cp.Model != d.model || len(cp.Coverage) != len(c.cov) {
			return fmt.Errorf("%s: the checkpoint is of another model (spec %s), or of another version of wspcycle: recover with the same spec and cfg", dir, cp.Spec)
		}
		// The graph's records kept index these tables.
		if err := c.restoreBits(cp.NodePats, cp.EdgePats); err != nil {
			return fmt.Errorf("%s: %w", dir, err)
		}
		fps, err := store.OpenFPSet(dir, c.opt.fpBudget(), cp.Run, cp.RunLen)
		if err != nil {
			return err
		}
		tr, err := store.OpenTrace(filepath.Join(dir, traceName), cp.TraceLen)
		if err != nil {
			fps.Close()
			return err
		}
		if cp.LiveSafety != "" {
			im, err := readLSImage(dir, cp.LiveSafety)
			if err != nil {
				fps.Close()
				tr.Close()
				return err
			}
			d.lsImg, d.lsPinned = im, cp.LiveSafety
		}
		d.fps, d.trace, d.resume, d.pinned = fps, tr, &cp, cp.Queue
		c.disk = d
		return c.openGraph(cp.GraphNodes, cp.GraphEdges)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if isStoreFile(e.Name()) {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	tr, err := store.OpenTrace(filepath.Join(dir, traceName), 0)
	if err != nil {
		return err
	}
	d.fps, d.trace = store.NewFPSet(dir, c.opt.fpBudget()), tr
	c.disk = d
	return c.openGraph(0, 0)
}

// openGraph opens the behaviour graph's files when there are temporal
// properties, and points the liveness check at them: c.lg.index loads the
// graph from them, and the visited set's chains come from the trace file.
func (c *checker) openGraph(nodes, edges int64) error {
	if c.live == nil {
		return nil
	}
	g, err := openDiskGraph(c.disk.dir, nodes, edges)
	if err != nil {
		c.disk.fps.Close()
		c.disk.trace.Close()
		return err
	}
	c.disk.graph = g
	c.lg.disk = g
	c.seen.chainFrom = c.disk.trace.Chain
	return nil
}

// closeDisk closes the files; after a complete search (nothing left to
// resume) it removes them.
func (c *checker) closeDisk(complete bool) {
	d := c.disk
	d.fps.Close()
	d.trace.Close()
	if d.graph != nil {
		d.graph.close()
	}
	if !complete {
		return
	}
	entries, _ := os.ReadDir(d.dir)
	for _, e := range entries {
		if isStoreFile(e.Name()) {
			os.Remove(filepath.Join(d.dir, e.Name()))
		}
	}
}

// fail records the first disk error and stops the search.
func (d *diskStore) fail(c *checker, err error) {
	d.errMu.Lock()
	if d.err == nil {
		d.err = err
	}
	d.errMu.Unlock()
	c.stop.CompareAndSwap(stopNone, stopDisk)
}

// insert adds fp, reached from pred, to the visited set and its link to the
// trace file, and reports whether it was new.
func (d *diskStore) insert(c *checker, fp, pred uint64) bool {
	isNew, err := d.fps.Insert(fp)
	if err == nil && isNew {
		err = d.trace.Append(fp, pred)
	}
	if err != nil {
		d.fail(c, err)
		return false
	}
	return isNew
}

// distinct is the number of distinct states found.
func (c *checker) distinct() int64 {
	if c.disk != nil {
		return c.disk.fps.Len()
	}
	return c.seen.len()
}

// chain returns the fingerprints from an initial state to fp.
func (c *checker) chain(fp uint64) ([]uint64, error) {
	if c.disk != nil {
		return c.disk.trace.Chain(fp)
	}
	return c.seen.chain(fp), nil
}

// searchDisk is search with the disk store.
func (c *checker) searchDisk() (depth int, queue int64) {
	d := c.disk
	workers := make([]*worker, c.searchWorkers())
	for i := range workers {
		workers[i] = c.newWorker()
	}
	defer func() {
		for _, w := range workers {
			c.mergeWorker(w)
		}
	}()
	level, n := 1, int64(0)
	if cp := d.resume; cp != nil {
		level, depth, n = cp.Level, cp.Depth, cp.QueueLen
		c.generated.Store(cp.Generated)
		c.initStates = cp.InitStates
		for i := range c.cov {
			c.cov[i].Enabled, c.cov[i].Generated, c.cov[i].Distinct = cp.Coverage[i].Enabled, cp.Coverage[i].Generated, cp.Coverage[i].Distinct
		}
		c.outdeg = append([]int64(nil), cp.OutDegree...)
		c.event(EventInit, 1)
	} else {
		frontier, d0, q0, done := c.initFrontier()
		if done {
			return d0, q0
		}
		depth = d0
		if d.graph != nil {
			// computeInit recorded the initial nodes in memory.
			if err := d.graph.add(c.lg.nodes, nil); err != nil {
				d.fail(c, err)
				return depth, int64(len(frontier.states))
			}
			c.lg.nodes = nil
		}
		lw, err := store.CreateLevel(filepath.Join(d.dir, levelName(1)))
		if err != nil {
			d.fail(c, err)
			return depth, int64(len(frontier.states))
		}
		for i, s := range frontier.states {
			if err == nil {
				err = lw.Write(frontier.fps[i], s)
			}
		}
		if cerr := lw.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			d.fail(c, err)
			return depth, int64(len(frontier.states))
		}
		n = int64(len(frontier.states))
		if c.stopped() {
			// The initial states are not all computed (a state limit or
			// an interruption): a checkpoint would resume without the
			// others.
			return depth, n
		}
		c.maybeCheckpoint(workers, level, depth, n)
	}
	for ; n > 0; level++ {
		c.checkMemory()
		c.queue.Store(n)
		if c.stopped() {
			return depth, n
		}
		c.level.Store(int64(level))
		c.runLevel(level)
		written, viol, left, err := c.expandLevelDisk(workers, level, n)
		if err != nil {
			d.fail(c, err)
			return depth, left + written
		}
		if written > 0 {
			depth = level + 1
		}
		if viol != nil {
			c.viol = viol
			if viol.counts != nil {
				return viol.counts.depth, viol.counts.queue
			}
			return violDepth(viol, written > 0), left + written - queued(viol)
		}
		if c.stopped() {
			return depth, left + written
		}
		if name := levelName(level); name != d.pinned {
			os.Remove(filepath.Join(d.dir, name))
		}
		n = written
		if n > 0 {
			c.maybeCheckpoint(workers, level+1, depth, n)
		}
	}
	return depth, 0
}

// expandLevelDisk expands the states of the level's file in parallel, as
// expandLevel does with a level in memory: workers take chunks in turn,
// and each chunk's new states (and, with temporal properties, its part of
// the behaviour graph) are written to the next level's file in chunk
// order, as expandLevel concatenates them, so that the disk-backed search
// visits the states in the in-memory search's order and records the same
// graph. A chunk done ahead of its turn waits in memory; a worker with too
// many of those ahead waits too, so the memory stays a few chunks a
// worker. It returns the number of states of the next level (up to the
// chunk of the earliest violation, as expandLevel counts), the violation,
// and the states of this level left unexpanded.
func (c *checker) expandLevelDisk(workers []*worker, level int, n int64) (written int64, viol *violation, left int64, err error) {
	d := c.disk
	r, err := store.OpenLevel(filepath.Join(d.dir, levelName(level)), c.sp.Run.Strings())
	if err != nil {
		return 0, nil, n, err
	}
	defer r.Close()
	lw, err := store.CreateLevel(filepath.Join(d.dir, levelName(level+1)))
	if err != nil {
		return 0, nil, n, err
	}
	size := int(max(1, min(n/int64(8*len(workers)), 512)))
	maxAhead := 4 * len(workers)

	var (
		rmu       sync.Mutex // the reader
		nextChunk int64      // under rmu
		wmu       sync.Mutex // the writer and all below
		turn      = sync.NewCond(&wmu)
		nextWrite int64                   // the chunk to write next
		ahead     = map[int64]*chunkOut{} // chunks done before their turn
		ioErr     error
		counts    []int64 // new states per chunk
		viols     = map[int64]*violation{}
		violChunk atomic.Int64
		processed atomic.Int64
		wg        sync.WaitGroup
	)
	violChunk.Store(1 << 62)
	var seq *lsSeq
	if c.lsafe != nil && c.lsafe.deferred {
		seq = c.lsafe.newSeq(c, level, n, func(k int64, v *violation) {
			viols[k] = v // under wmu, or once the workers are done
			lowerTo(&violChunk, k)
		})
	}
	// write writes one chunk's output; under wmu.
	write := func(k int64, out *chunkOut) {
		if seq != nil {
			seq.hand(k, out)
		}
		for int64(len(counts)) <= k {
			counts = append(counts, 0)
		}
		counts[k] = int64(len(out.next))
		for i, s := range out.next {
			if ioErr == nil {
				ioErr = lw.Write(out.nextFP[i], s)
			}
		}
		if d.graph != nil && ioErr == nil {
			ioErr = d.graph.add(out.nodes, out.edges)
		}
		if ioErr != nil {
			c.stop.CompareAndSwap(stopNone, stopDisk)
		}
	}
	// finish hands in chunk k (nil: nothing came of it) and writes every
	// chunk whose turn has come.
	finish := func(k int64, out *chunkOut) {
		wmu.Lock()
		defer wmu.Unlock()
		if out == nil {
			out = &chunkOut{}
		}
		if out.viol != nil {
			viols[k] = out.viol
			for {
				v := violChunk.Load()
				if k >= v || violChunk.CompareAndSwap(v, k) {
					break
				}
			}
		}
		ahead[k] = out
		for {
			o, ok := ahead[nextWrite]
			if !ok {
				break
			}
			delete(ahead, nextWrite)
			write(nextWrite, o)
			nextWrite++
			turn.Broadcast()
		}
		// Too far ahead: wait for the turn to come closer. The chunk
		// nextWrite is being expanded by a worker that does not wait, so
		// the turn always comes.
		for k-nextWrite > int64(maxAhead) && !c.stopped() {
			turn.Wait()
		}
	}
	for _, w := range workers {
		wg.Add(1)
		go func(w *worker) {
			defer wg.Done()
			for {
				cur := levelStates{states: make([]value.State, 0, size), fps: make([]uint64, 0, size)}
				rmu.Lock()
				k := nextChunk
				nextChunk++
				for len(cur.states) < size && !c.stopped() && k <= violChunk.Load() {
					fp, s, ok, err := r.Next()
					if err != nil {
						rmu.Unlock()
						wmu.Lock()
						if ioErr == nil {
							ioErr = err
						}
						wmu.Unlock()
						c.stop.CompareAndSwap(stopNone, stopDisk)
						finish(k, nil)
						return
					}
					if !ok {
						break
					}
					cur.states, cur.fps = append(cur.states, s), append(cur.fps, fp)
				}
				rmu.Unlock()
				if len(cur.states) == 0 {
					finish(k, nil)
					return
				}
				out := &chunkOut{base: k * int64(size)}
				done := w.expandChunk(cur, 0, len(cur.states), level, out)
				processed.Add(int64(done))
				c.queue.Add(int64(len(out.next) - done))
				c.generated.Add(w.generated)
				out.gen, w.generated = w.generated, 0
				finish(k, out)
			}
		}(w)
	}
	wg.Wait()
	// Chunks handed in after an earlier one that never came (a stop) are
	// still waiting: their states are written, in order, for the count.
	keys := make([]int64, 0, len(ahead))
	for k := range ahead {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		write(k, ahead[k])
	}
	if cerr := lw.Close(); ioErr == nil {
		ioErr = cerr
	}
	if seq != nil {
		seq.finish()
	}
	vk := violChunk.Load()
	for k, cnt := range counts {
		if int64(k) <= vk {
			written += cnt
		}
	}
	return written, viols[vk], n - processed.Load(), ioErr
}

// maybeCheckpoint writes a checkpoint at the start of level (whose n
// states are in its level file) when Options.Checkpoint has passed since
// the last one, and always at level 1 when checkpoints are on, so that a
// run can be recovered from its first seconds.
func (c *checker) maybeCheckpoint(workers []*worker, level, depth int, n int64) {
	d := c.disk
	if c.opt.Checkpoint <= 0 || level > 1 && time.Since(d.last) < c.opt.Checkpoint {
		return
	}
	for _, w := range workers {
		c.mergeWorker(w)
	}
	run, runLen, err := d.fps.Flush()
	var traceLen, gNodes, gEdges int64
	if err == nil {
		traceLen, err = d.trace.Sync()
	}
	if err == nil && d.graph != nil {
		gNodes, gEdges, err = d.graph.sync()
	}
	cp := checkpoint{Version: checkpointVersion, Spec: c.sp.Name, Model: d.model, Vars: c.sp.Vars, Level: level, Depth: depth,
		Queue: levelName(level), QueueLen: n, Run: run, RunLen: runLen, TraceLen: traceLen, GraphNodes: gNodes, GraphEdges: gEdges,
		Generated: c.generated.Load(), InitStates: c.initStates, Coverage: c.cov, OutDegree: c.outdeg}
	cp.NodePats, cp.EdgePats = c.bitImages()
	if err == nil && c.lsafe != nil {
		cp.LiveSafety = lsFileName(level)
		err = writeLSImage(d.dir, cp.LiveSafety, c.lsafe.image())
	}
	if err == nil {
		err = store.WriteManifest(d.dir, &cp)
	}
	if err != nil {
		d.fail(c, fmt.Errorf("writing a checkpoint: %w", err))
		return
	}
	d.fps.Pin(run)
	if old := d.pinned; old != "" && old != cp.Queue {
		os.Remove(filepath.Join(d.dir, old))
	}
	d.pinned = cp.Queue
	if old := d.lsPinned; old != "" && old != cp.LiveSafety {
		os.Remove(filepath.Join(d.dir, old))
	}
	d.lsPinned = cp.LiveSafety
	d.last = time.Now()
	c.checkpoints++
	if c.opt.OnCheckpoint != nil {
		c.opt.OnCheckpoint(level)
	}
}

// diskError is the message of a run stopped by a disk error.
func (c *checker) diskError() error {
	if c.disk == nil {
		return errors.New("disk store error")
	}
	c.disk.errMu.Lock()
	defer c.disk.errMu.Unlock()
	return c.disk.err
}

// modelID identifies the model a checkpoint belongs to, so that a recovery
// with another spec or cfg is refused rather than finishing with wrong
// counts: a hash of the variables, the actions and predicates (names and
// positions), the options of the cfg that change the search, the initial
// states and the successors of the first of them. Two cfgs that differ
// only in a constant first felt deeper than that are not told apart; the
// user must recover with the same files, as with TLC.
//
// An evaluation error here is left to the search, which meets it too. A
// panic of the evaluator is not recovered as if it were one (it would
// leave the checkpoint without an identity, and an evaluator's bug
// unseen): it is an internal error at the initial predicate, or at the
// next-state action when there is one, which stops the run as a panic in
// the search does (panicError).
func (c *checker) modelID() (id string, err error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s|%q|%v|%v|%d|%d|%d|", c.sp.Name, c.sp.Vars, c.sp.CheckDeadlock, c.sp.View != nil,
		len(c.sp.Constraints), len(c.sp.ActionConstraints), len(c.sp.ActionProperties))
	for _, a := range c.sp.Actions {
		fmt.Fprintf(h, "a %s %s|", a.Name, a.Pos)
	}
	for _, p := range c.sp.Invariants {
		fmt.Fprintf(h, "i %s %s|", p.Name, p.Pos)
	}
	for _, p := range c.sp.Properties {
		fmt.Fprintf(h, "p %s %s|", p.Name, p.Pos)
	}
	phase := "the initial states"
	defer func() {
		if r := recover(); r != nil {
			pos := c.sp.InitPos
			if phase != "the initial states" && len(c.sp.Actions) == 1 {
				pos = c.sp.Actions[0].Pos
			}
			id, err = "", &eval.Error{Pos: pos, Msg: fmt.Sprintf("internal error in the evaluator, computing %s to identify the model of a checkpoint: %v", phase, r)}
		}
	}()
	// TLC makes none of these evaluations: what they print is dropped.
	defer c.muted()()
	const maxInit, maxNext = 1000, 16
	var inits []value.State
	c.sp.Init(func(s value.State) error {
		fp, _ := c.fingerprint(s)
		fmt.Fprintf(h, "%x|", fp)
		if inits = append(inits, s); len(inits) == maxInit {
			return errAbort
		}
		return nil
	})
	phase = "the successors of an initial state"
	for _, s := range inits[:min(len(inits), maxNext)] {
		c.sp.Next(s, func(st eval.Step) error {
			fp, _ := c.fingerprint(st.State)
			fmt.Fprintf(h, "%x|", fp)
			return nil
		})
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
