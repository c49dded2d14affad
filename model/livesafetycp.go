package model

import (
	"bufio"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// The finite-prefix detector (livesafety.go) builds its product graph as
// the search expands states, from the first level on. A run resumed from
// a checkpoint without that graph could not stop where TLC stops (TLC
// checkpoints its behaviour graphs with the search, LiveCheck.checkpoint)
// and found the violation only after the search, as a lasso (exit 13 where
// the uninterrupted run and TLC exit 12). So a checkpoint also saves the
// detector's state at its level boundary, where no worker and no
// sequencer is feeding it (every event of the levels before was fed): the
// states' predicate bits, the successors of the states expanded, and each
// branch's product nodes, edges and initial nodes, each list in the order
// the detector built it, which decides its shortest paths. A recovery
// restores it before the search resumes.

// lsImage is the detector's state in a checkpoint file (gob).
type lsImage struct {
	BitsFP, Bits []uint64
	Done         []uint64
	SuccFP       []uint64
	Succ         [][]uint64
	Branches     []lsBranchImage
}

// lsBranchImage is one branch's product graph; Nodes is the number of
// its tableau's nodes, to check that the spec's branches are the same.
type lsBranchImage struct {
	Nodes    int
	RecFP    []uint64
	Rec      [][]int
	EdgeFrom []lsNodeImage
	EdgeTo   [][]lsNodeImage
	Inits    []lsNodeImage
}

type lsNodeImage struct {
	FP uint64
	T  int
}

func lsNodeImages(ns []lsNode) []lsNodeImage {
	out := make([]lsNodeImage, len(ns))
	for i, n := range ns {
		out[i] = lsNodeImage{n.fp, n.t}
	}
	return out
}

func lsNodesOf(ims []lsNodeImage) []lsNode {
	out := make([]lsNode, len(ims))
	for i, n := range ims {
		out[i] = lsNode{n.FP, n.T}
	}
	return out
}

// image returns the detector's state; the caller sees that nothing feeds
// it meanwhile.
func (d *liveSafety) image() *lsImage {
	im := &lsImage{}
	d.bitsMu.Lock()
	for fp, b := range d.bits {
		im.BitsFP, im.Bits = append(im.BitsFP, fp), append(im.Bits, b)
	}
	d.bitsMu.Unlock()
	for fp := range d.done {
		im.Done = append(im.Done, fp)
	}
	for fp, s := range d.succ {
		im.SuccFP, im.Succ = append(im.SuccFP, fp), append(im.Succ, s)
	}
	for _, br := range d.branches {
		bi := lsBranchImage{Nodes: len(br.tab.nodes), Inits: lsNodeImages(br.inits)}
		for fp, ts := range br.rec {
			bi.RecFP, bi.Rec = append(bi.RecFP, fp), append(bi.Rec, ts)
		}
		for n, to := range br.edges {
			bi.EdgeFrom, bi.EdgeTo = append(bi.EdgeFrom, lsNodeImage{n.fp, n.t}), append(bi.EdgeTo, lsNodeImages(to))
		}
		im.Branches = append(im.Branches, bi)
	}
	return im
}

// restore replaces the detector's state with im's, which must be of the
// same branches.
func (d *liveSafety) restore(im *lsImage) error {
	if len(im.Branches) != len(d.branches) || len(im.BitsFP) != len(im.Bits) || len(im.SuccFP) != len(im.Succ) {
		return fmt.Errorf("the checkpoint's finite-prefix detector does not match this spec's (%d branches, %d saved)", len(d.branches), len(im.Branches))
	}
	for i, bi := range im.Branches {
		if bi.Nodes != len(d.branches[i].tab.nodes) || len(bi.RecFP) != len(bi.Rec) || len(bi.EdgeFrom) != len(bi.EdgeTo) {
			return fmt.Errorf("the checkpoint's finite-prefix detector does not match this spec's (branch %d)", i+1)
		}
	}
	d.bits = make(map[uint64]uint64, len(im.Bits))
	for i, fp := range im.BitsFP {
		d.bits[fp] = im.Bits[i]
	}
	d.done = make(map[uint64]bool, len(im.Done))
	for _, fp := range im.Done {
		d.done[fp] = true
	}
	d.succ = make(map[uint64][]uint64, len(im.Succ))
	for i, fp := range im.SuccFP {
		d.succ[fp] = im.Succ[i]
	}
	for i, bi := range im.Branches {
		br := d.branches[i]
		br.inits = lsNodesOf(bi.Inits)
		br.rec = make(map[uint64][]int, len(bi.Rec))
		for j, fp := range bi.RecFP {
			br.rec[fp] = bi.Rec[j]
		}
		br.edges = make(map[lsNode][]lsNode, len(bi.EdgeTo))
		for j, n := range bi.EdgeFrom {
			br.edges[lsNode{n.FP, n.T}] = lsNodesOf(bi.EdgeTo[j])
		}
	}
	return nil
}

// lsFileName is the detector's file of the checkpoint at level.
func lsFileName(level int) string { return fmt.Sprintf("livesafety-%d.gob", level) }

// isLSFile reports whether name is a detector's checkpoint file.
func isLSFile(name string) bool {
	return strings.HasPrefix(name, "livesafety-") && (strings.HasSuffix(name, ".gob") || strings.HasSuffix(name, ".gob.tmp"))
}

// writeLSImage writes the detector's state to dir's file name, synced, so
// that the manifest naming it may be written next.
func writeLSImage(dir, name string, im *lsImage) error {
	tmp := filepath.Join(dir, name+".tmp")
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	err = gob.NewEncoder(bw).Encode(im)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, name))
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// readLSImage reads the detector's state from dir's file name.
func readLSImage(dir, name string) (*lsImage, error) {
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var im lsImage
	if err := gob.NewDecoder(bufio.NewReader(f)).Decode(&im); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, name), err)
	}
	return &im, nil
}
