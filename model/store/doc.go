// Package store keeps the parts of a breadth-first search that grow with
// the state space on disk, for models larger than memory, as TLC does with
// its MSBDiskFPSet, DiskStateQueue and trace file:
//
//   - FPSet, the visited set: 8 bytes a fingerprint in memory, up to a
//     budget; when the budget is reached the table is sorted and merged
//     into one sorted run on disk (the merge on flush of MSBDiskFPSet), and
//     lookups that miss in memory search the run through a small in-memory
//     index of its pages.
//   - Level files, the queue: the states of one breadth-first level,
//     written and read back sequentially in large buffers, in a compact
//     binary encoding of value.State (AppendState, DecodeState).
//   - Trace, the trace links: (fingerprint, predecessor) records appended
//     in the order states are found, so that a counterexample is rebuilt by
//     one backward scan (a predecessor is always found before its
//     successors).
//   - Manifest, a checkpoint: the names and lengths of the files above at a
//     level boundary, written atomically (temporary file, fsync, rename), so
//     that a run killed at any instant resumes from the last one.
//
// The package knows nothing of the checker: model uses it behind a few
// calls, and the in-memory search does not touch it.
package store
