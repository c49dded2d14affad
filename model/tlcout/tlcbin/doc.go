// Package tlcbin reads and writes TLC's binary value files: the file of
// -dumpTrace tlc FILE, the SPEC_TTrace_N.bin beside a trace exploration
// spec, and what -loadTrace tlc FILE reads back (TLC rev cc6b616:
// tlc2.value.ValueOutputStream and ValueInputStream.readExternal, through
// the Java override of module _TLCTrace).
//
// A file is gzip around a stream of tagged values, big-endian:
//
//	0  BOOL     byte 0/1
//	1  INT      int32
//	3  STRING   US
//	4  RECORD   int32 n (negative: not normalized), n × (name, value)
//	5  SETENUM  int32 n (negative: not normalized), n × value
//	7  TUPLE    nat n, n × value
//	9  FCNRCD   nat n, then 0 lo:int32 hi:int32 n × value (domain lo..hi)
//	            or 1/2 (normalized or not) n × (arg, value)
//	21 MODEL    int16: the model value's index in TLC's table
//	23 INTERVAL lo:int32 hi:int32
//	26 HANDLE   nat: a value (or record field name) written before
//
// where US is an interned string (tok int32, varLoc int32, len int32,
// then one byte per UTF-16 unit, its low byte), a record's field name is
// STRING US or a HANDLE, and nat is an int16 if at most 0x7fff, else the
// negated int32. Strings, records, sets, tuples, functions and field
// names take a handle each, numbered in the order they are first
// written (before their parts); TLC writes an object it wrote before as
// a HANDLE, by Java identity for values and by name for field names
// (which are interned).
//
// What TLC's bytes depend on and this package cannot reproduce, and why
// it need not:
//   - tok is the string's place in TLC's intern table (every token SANY
//     lexed, in the JVM's order): TLC's reader ignores it and varLoc
//     (UniqueString.readExternal), so a file written here carries 0
//     for tok, and for varLoc the name's place among the variables,
//     which is not always TLC's (a review saw TLC write -1 for an
//     ALIAS's field names that are also variables');
//   - which values TLC shares is Java identity (an UNCHANGED variable's
//     value is one object in two states): the reader resolves a handle
//     to the same value either way. The Encoder shares what its caller
//     says may be one object (Share: a variable's values with the state
//     before, by Go identity), which reproduces TLC's stream on the
//     probes of dumptrace.TLCBin.
//
// A model value is its index in TLC's table ModelValue.mvs, which TLC
// fills in the order it makes them: the cfg's model values in the order
// its parser meets them (ModelConfig.parseValue), then any TLCModelValue
// makes at run time. A given spec and cfg give the same indices in every
// run, so ModelNames reproduces them from the cfg.
package tlcbin
