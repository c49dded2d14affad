package model

import (
	"encoding/binary"
	"fmt"
)

// A spec with more than 64 state or step predicates records, in its
// behaviour graph, indices into the bit tables of its liveSpec (see
// bitTable) rather than the bits themselves. In disk mode the graph's files
// outlive the process, so a checkpoint saves the tables as they are at its
// level boundary (no worker is interning then): the vectors the records
// written so far index, in index order. A recovery restores them before
// the search resumes, so that the indices of the records kept mean what
// they meant, and the vectors met afterwards get the next indices.

// bitTableImage is a bit table in a checkpoint: Count vectors of Words
// 64-bit words each, little-endian, one after the other in Data (base64
// in the JSON manifest).
type bitTableImage struct {
	Words int    `json:"words"`
	Count int    `json:"count"`
	Data  []byte `json:"data"`
}

// image returns the table's contents.
func (t *bitTable) image() *bitTableImage {
	t.mu.Lock()
	defer t.mu.Unlock()
	im := &bitTableImage{Words: t.words, Count: len(t.pats), Data: make([]byte, 0, 8*t.words*len(t.pats))}
	for _, p := range t.pats {
		for _, w := range p {
			im.Data = binary.LittleEndian.AppendUint64(im.Data, w)
		}
	}
	return im
}

// restore replaces the table's contents with im's, which must be of the
// same width.
func (t *bitTable) restore(im *bitTableImage) error {
	if im == nil || im.Words != t.words || im.Count < 0 || len(im.Data) != 8*im.Words*im.Count {
		return fmt.Errorf("the checkpoint's liveness bit table does not match this spec's (%d words a vector)", t.words)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.ids, t.pats = make(map[string]uint64, im.Count), make([][]uint64, 0, im.Count)
	for i := 0; i < im.Count; i++ {
		v := make([]uint64, t.words)
		for j := range v {
			v[j] = binary.LittleEndian.Uint64(im.Data[8*(i*t.words+j):])
		}
		t.ids[string(im.Data[8*i*t.words:8*(i+1)*t.words])] = uint64(i)
		t.pats = append(t.pats, v)
	}
	return nil
}

// bitImages returns the images of the liveness bit tables to checkpoint
// (nil, nil without them).
func (c *checker) bitImages() (nodes, edges *bitTableImage) {
	if c.live == nil || !c.live.wide {
		return nil, nil
	}
	return c.live.nodePats.image(), c.live.edgePats.image()
}

// restoreBits restores the liveness bit tables from a checkpoint's images.
func (c *checker) restoreBits(nodes, edges *bitTableImage) error {
	if c.live == nil || !c.live.wide {
		if nodes != nil || edges != nil {
			return fmt.Errorf("the checkpoint has liveness bit tables and this spec has none")
		}
		return nil
	}
	if err := c.live.nodePats.restore(nodes); err != nil {
		return err
	}
	return c.live.edgePats.restore(edges)
}
