package model

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// DFIDCheckpoint is TLC's -checkpoint N in its depth-first mode
// (DFIDModelChecker.doPeriodicWork): at each of TLC's periodic points of
// an iteration (DFIDProgressFirst into it, then every DFIDProgressEvery,
// before the progress line) a checkpoint is written when Due says one is
// due: Begin, the fingerprint set with each state's status and level
// written to Dir (DFIDCheckpointFile), then End.
type DFIDCheckpoint struct {
	Dir        string
	Due        func() bool
	Begin, End func()
	// EveryCalls, when positive, makes a periodic point of every
	// EveryCalls-th expansion of a state instead of the clock's, so that
	// a test can take checkpoints at points of its choosing.
	EveryCalls int
}

// DFIDCheckpointFile is the name of the depth-first mode's checkpoint in
// its directory. The format is wspcycle's own (TLC's MemFPIntSet writes
// its hash table's rows, in the order of its buckets): dfidMagic, the
// number of entries (uint64), then each entry's fingerprint (uint64) and
// status (int32: TLC's done and leveled bits and the level above them),
// sorted by fingerprint, and a CRC-32 (IEEE) of everything before it, all
// little endian.
const DFIDCheckpointFile = "dfid-fpset.chkpt"

const dfidMagic = "wspDFID1"

// DFIDCheckpointError is a checkpoint of the depth-first mode that cannot
// be read: Missing when there is no file, else the file is not one this
// wrote whole (TLC's "the checkpoint file is probably corrupted").
type DFIDCheckpointError struct {
	Path    string
	Missing bool
	Err     error
}

func (e *DFIDCheckpointError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *DFIDCheckpointError) Unwrap() error { return e.Err }

// writeCheckpoint writes the set to dir, atomically: a temporary file in
// dir, synced, then renamed over the last checkpoint, so that a run
// stopped while writing leaves the previous checkpoint whole.
func (s *dfidSet) writeCheckpoint(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, DFIDCheckpointFile+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	crc := crc32.NewIEEE()
	bw := bufio.NewWriter(io.MultiWriter(tmp, crc))
	fps := make([]uint64, 0, len(s.m))
	for fp := range s.m {
		fps = append(fps, fp)
	}
	sort.Slice(fps, func(i, j int) bool { return fps[i] < fps[j] })
	var rec [12]byte
	bw.WriteString(dfidMagic)
	binary.LittleEndian.PutUint64(rec[:8], uint64(len(fps)))
	bw.Write(rec[:8])
	for _, fp := range fps {
		binary.LittleEndian.PutUint64(rec[:8], fp)
		binary.LittleEndian.PutUint32(rec[8:], uint32(s.m[fp]))
		bw.Write(rec[:])
	}
	err = bw.Flush()
	if err == nil {
		err = tmp.Chmod(0o644) // CreateTemp's 0600 is not a checkpoint's
	}
	if err == nil {
		err = binary.Write(tmp, binary.LittleEndian, crc.Sum32())
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), filepath.Join(dir, DFIDCheckpointFile))
	}
	return err
}

// readDFIDCheckpoint reads the entries of the checkpoint in dir, checking
// its length and checksum.
func readDFIDCheckpoint(dir string) (map[uint64]int32, error) {
	path := filepath.Join(dir, DFIDCheckpointFile)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &DFIDCheckpointError{Path: path, Missing: errors.Is(err, fs.ErrNotExist), Err: err}
	}
	corrupt := func(why string) error { return &DFIDCheckpointError{Path: path, Err: errors.New(why)} }
	const head = len(dfidMagic) + 8
	if len(data) < head+4 || string(data[:len(dfidMagic)]) != dfidMagic {
		return nil, corrupt("not a checkpoint of the depth-first mode (-dfid)")
	}
	n := binary.LittleEndian.Uint64(data[len(dfidMagic):head])
	body := data[:len(data)-4]
	if n > uint64(len(data)) || uint64(len(body)) != uint64(head)+12*n {
		return nil, corrupt(fmt.Sprintf("truncated or extended: %d bytes for %d entries", len(data), n))
	}
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(data[len(body):]) {
		return nil, corrupt("checksum mismatch")
	}
	m := make(map[uint64]int32, n)
	for p := body[head:]; len(p) > 0; p = p[12:] {
		m[binary.LittleEndian.Uint64(p)] = int32(binary.LittleEndian.Uint32(p[8:]))
	}
	if uint64(len(m)) != n {
		return nil, corrupt("a fingerprint appears twice")
	}
	return m, nil
}
