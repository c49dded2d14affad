package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// IOUtils' Serialize(value, dest, options) as TLC's jar (rev cc6b616,
// without the CommunityModules' Java) computes it: its standard module
// Json overrides the definition with tlc2.module.Json.textSerialize, which
// evaluates the options first and writes value, a sequence, as
// newline-delimited JSON to the file dest when options.format is
// "NDJSON" (with options.charset and options.openOptions, Java's
// StandardOpenOption names), equalling TRUE; any other format falls back
// to the TLA+ definition (IOUtils': CHOOSE r \in [exitValue : Int, ...] :
// TRUE, which TLC cannot enumerate). Every error, the definition's too, is
// the override's: TLC's message is prefixed with javaTextSerialize. The
// CommunityModules' own Java (format "TXT", writing a string) is not in
// that jar, so a TXT Serialize fails as it does in TLC (the SVG module's
// SVGSerialize: Examples' *_anim.tla).

// javaTextSerialize is TLC's preamble of an error raised in the override.
const javaTextSerialize = "Attempted to apply the operator overridden by the Java method\npublic static synchronized tlc2.value.impl.Value tlc2.module.Json.textSerialize(tlc2.tool.impl.Tool,tla2sany.semantic.ExprOrOpArgNode[],tlc2.util.Context,tlc2.tool.TLCState,tlc2.tool.TLCState,int,tlc2.tool.coverage.CostModel),\nbut it produced the following error:\n"

// ioSerialize compiles Serialize(value, dest, options); def is the
// application of its definition.
func ioSerialize(c *compiler, exprs []ast.Expr, en cenv, pos token.Pos, def cx) cx {
	val, dest, opts := c.expr(exprs[0], en), c.expr(exprs[1], en), c.expr(exprs[2], en)
	fail := func(err error) error {
		msg := err.Error()
		var ee *Error
		if errors.As(err, &ee) {
			msg = ee.Msg
		}
		return &Error{Pos: pos, Msg: javaTextSerialize + msg}
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		o, err := opts.fn(k)
		if err != nil {
			return nil, fail(err)
		}
		rec, ok := o.(*value.FcnV)
		if !ok || !allStrKeys(rec) {
			return nil, fail(fmt.Errorf("The third argument of ndJsonSerialize should be a sequence, but instead it is:\n%s", o))
		}
		format, err := recordString(rec, "format")
		if err != nil {
			return nil, fail(err)
		}
		if format != "NDJSON" {
			v, err := def.fn(k)
			if err != nil {
				return nil, fail(err)
			}
			return v, nil
		}
		v, err := val.fn(k)
		if err != nil {
			return nil, fail(err)
		}
		seq, ok := v.(*value.FcnV)
		if !ok || !seq.IsTuple() {
			return nil, fail(fmt.Errorf("The first argument of Serialize should be a sequence, but instead it is:\n%s", v))
		}
		p, err := dest.fn(k)
		if err != nil {
			return nil, fail(err)
		}
		path, ok := value.AsString(p)
		if !ok {
			return nil, fail(fmt.Errorf("The second argument of ndJsonSerialize should be a sequence, but instead it is:\n%s", p))
		}
		ov, ok := rec.Field("openOptions")
		if !ok {
			return nil, fail(fmt.Errorf("Attempted to access nonexistent field 'openOptions' of record\n%s", rec))
		}
		ot, ok := ov.(*value.FcnV)
		if !ok || !ot.IsTuple() {
			return nil, fail(javaCast(ov, "TupleValue"))
		}
		charset, err := recordString(rec, "charset")
		if err != nil {
			return nil, fail(err)
		}
		var names []string
		for _, e := range ot.Elems() {
			s, ok := value.AsString(e)
			if !ok {
				return nil, fail(javaCast(e, "StringValue"))
			}
			names = append(names, s)
		}
		if err := writeNDJSON(path, charset, names, seq.Elems()); err != nil {
			return nil, fail(err)
		}
		return value.True, nil
	}, dep: deps(val, dest, opts, def) | depSide, pos: pos}
}

// allStrKeys: f is a record (TLC's toRcd of it succeeds).
func allStrKeys(f *value.FcnV) bool {
	for j := 0; j < f.Len(); j++ {
		if _, ok := value.AsString(f.Key(j)); !ok {
			return false
		}
	}
	return true
}

// recordString is the string field name of the options record, with
// TLC's errors: RecordValue.apply's for a missing field, Java's failed
// cast for one that is not a string.
func recordString(rec *value.FcnV, name string) (string, error) {
	v, ok := rec.Field(name)
	if !ok {
		return "", fmt.Errorf("Attempted to access nonexistent field '%s' of record\n%s", name, rec)
	}
	s, ok := value.AsString(v)
	if !ok {
		return "", javaCast(v, "StringValue")
	}
	return s, nil
}

// javaCast is Java's ClassCastException message for a value of TLC's
// class that is not the class to.
func javaCast(v value.Value, to string) error {
	from := tlcClass(v)
	return fmt.Errorf("class tlc2.value.impl.%s cannot be cast to class tlc2.value.impl.%s (tlc2.value.impl.%s and tlc2.value.impl.%s are in unnamed module of loader 'app')", from, to, from, to)
}

// javaOpenFlags are os.OpenFile's flags for Java's StandardOpenOptions as
// Files.newBufferedWriter takes them: none means CREATE,
// TRUNCATE_EXISTING, WRITE; WRITE is implied. The error is Java's
// exception, as TLC's RuntimeException around it prints it.
func javaOpenFlags(names []string) (int, error) {
	if len(names) == 0 {
		return os.O_WRONLY | os.O_CREATE | os.O_TRUNC, nil
	}
	flags := os.O_WRONLY
	var app, trunc bool
	for _, n := range names {
		switch n {
		case "WRITE", "SPARSE", "DELETE_ON_CLOSE":
			if n == "DELETE_ON_CLOSE" {
				return 0, fmt.Errorf("unsupported: the open option DELETE_ON_CLOSE of Serialize (the file Java deletes when it is closed)")
			}
		case "CREATE":
			flags |= os.O_CREATE
		case "CREATE_NEW":
			flags |= os.O_CREATE | os.O_EXCL
		case "TRUNCATE_EXISTING":
			trunc = true
		case "APPEND":
			app = true
		case "SYNC", "DSYNC":
			flags |= os.O_SYNC
		case "READ":
			return 0, fmt.Errorf("java.lang.IllegalArgumentException: READ not allowed")
		default:
			return 0, fmt.Errorf("java.lang.IllegalArgumentException: No enum constant java.nio.file.StandardOpenOption.%s", n)
		}
	}
	if app && trunc {
		return 0, fmt.Errorf("java.lang.IllegalArgumentException: APPEND + TRUNCATE_EXISTING not allowed")
	}
	if app {
		flags |= os.O_APPEND
	}
	if trunc {
		flags |= os.O_TRUNC
	}
	return flags, nil
}

// javaCharset is the encoder of the Java charset named cs: the standard
// charsets every Java has, by their names and common aliases.
func javaCharset(cs string) (func(string) (string, bool), error) {
	switch strings.ToUpper(cs) {
	case "UTF-8", "UTF8":
		return func(s string) (string, bool) { return s, true }, nil
	case "US-ASCII", "ASCII":
		return func(s string) (string, bool) { return s, !hasAbove(s, 0x7f) }, nil
	case "ISO-8859-1", "ISO8859_1", "LATIN1":
		return func(s string) (string, bool) {
			if hasAbove(s, 0xff) {
				return "", false
			}
			b := make([]byte, 0, len(s))
			for _, r := range s {
				b = append(b, byte(r))
			}
			return string(b), true
		}, nil
	}
	return nil, fmt.Errorf("unsupported: the charset %q of Serialize (UTF-8, US-ASCII and ISO-8859-1 are)", cs)
}

func hasAbove(s string, max rune) bool {
	for _, r := range s {
		if r > max || r == utf8.RuneError {
			return true
		}
	}
	return false
}

// writeNDJSON writes elems, one JSON text a line, to path, opened as Java
// opens it with the options names: as TLC's override, the file is opened
// before the values are converted, and a value it cannot convert leaves
// the lines before it.
func writeNDJSON(path, charset string, names []string, elems []value.Value) error {
	jsonWriting.Lock()
	defer jsonWriting.Unlock()
	enc, err := javaCharset(charset)
	if err != nil {
		return err
	}
	flags, err := javaOpenFlags(names)
	if err != nil {
		return err
	}
	defer forgetJSONFile(path)
	out, err := os.OpenFile(path, flags, 0o666)
	if err != nil {
		return javaFileError(path, err)
	}
	w := bufio.NewWriter(out)
	var convErr error
	for _, x := range elems {
		e := jsonEncoder{}
		if convErr = e.node(x); convErr != nil {
			var oe *jsonOrderErr
			if !errors.As(convErr, &oe) {
				convErr = fmt.Errorf("java.io.IOException: %v", convErr)
			}
			break
		}
		s, ok := enc(e.b.String() + "\n")
		if !ok {
			convErr = fmt.Errorf("java.nio.charset.UnmappableCharacterException: Input length = 1")
			break
		}
		w.WriteString(s)
	}
	werr := w.Flush()
	if cerr := out.Close(); werr == nil {
		werr = cerr
	}
	if convErr != nil {
		return convErr
	}
	if werr != nil {
		return fmt.Errorf("java.io.IOException: %v", werr)
	}
	return nil
}

// javaFileError is the java.nio exception for a file Files cannot open.
func javaFileError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("java.nio.file.NoSuchFileException: %s", path)
	case errors.Is(err, fs.ErrExist):
		return fmt.Errorf("java.nio.file.FileAlreadyExistsException: %s", path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("java.nio.file.AccessDeniedException: %s", path)
	}
	return fmt.Errorf("java.nio.file.FileSystemException: %s: %v", path, err)
}
