// Package dumptrace writes the files of TLC's -dumpTrace FORMAT FILE: a
// counterexample (the trace of a model.Report) as TLC's JSON (json) or as
// a TLA+ module (tla, tlcplain), byte for byte as TLC rev cc6b616 writes
// them, or as TLC's binary serialization (tlc: TLCBin, the same stream
// as TLC's but for its strings' intern indices), so that tools that
// read TLC's trace files (trace explorers, the TLA+ VS Code extension,
// scripts, TLC's -loadTrace) read ours. It owns what TLC decides
// about those files too: which formats exist, which file a repeated
// -dumpTrace writes, and the line that says a file was written. The
// command line only collects the flags (Parse), opens the files before
// the search (Open) and writes them at a verdict (Files.Write).
package dumptrace
