package eval

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's standard module Json, whose operators TLC computes in Java
// (tlc2.module.Json; its TLA+ definitions are placeholders): ToJson,
// ToJsonArray, ToJsonObject (jsonenc.go), and the files: JsonSerialize,
// ndJsonSerialize write a value as JSON (one value, or one line per element
// of a sequence) and equal TRUE; JsonDeserialize, ndJsonDeserialize read
// one (jsondec.go). A relative file name is relative to the working
// directory of the process, as Java's File is (not to the spec's folder);
// the folders of a file written are created. Errors carry TLC's text (the
// message its Java override produced, without TLC's "Attempted to apply
// the operator overridden by the Java method" preamble).

// jsonArity are the Json operators and their numbers of arguments.
var jsonArity = map[string]int{
	"ToJson": 1, "ToJsonArray": 1, "ToJsonObject": 1,
	"JsonSerialize": 2, "JsonDeserialize": 1,
	"ndJsonSerialize": 2, "ndJsonDeserialize": 1,
}

// jsonApp compiles an application of one of Json's operators; ok is false
// for any other name.
func (c *compiler) jsonApp(e *ast.OpApp, en cenv) (cx, bool) {
	name := e.Name.Name
	n, ok := jsonArity[name]
	if !ok {
		return cx{}, false
	}
	pos := e.Pos()
	if len(e.Args) != n {
		return c.fail(pos, "operator %s takes %d arguments, not %d", name, n, len(e.Args)), true
	}
	args := c.exprs(e.Args, en)
	var op func(vs []value.Value) (value.Value, error)
	dep := deps(args...)
	strs := c.strs()
	var inOrder bool
	if name == "ToJson" || name == "ToJsonArray" || name == "ToJsonObject" {
		inOrder = recordsInOrder(c.modules(), strs)
	}
	switch name {
	case "ToJson":
		op = func(vs []value.Value) (value.Value, error) { return toJSON(strs, inOrder, vs[0], jsonNode) }
	case "ToJsonArray":
		op = func(vs []value.Value) (value.Value, error) { return toJSON(strs, inOrder, vs[0], jsonArray) }
	case "ToJsonObject":
		op = func(vs []value.Value) (value.Value, error) { return toJSON(strs, inOrder, vs[0], jsonObject) }
	case "JsonDeserialize":
		// A file's content depends on when it is read (the run may write
		// it): read at each evaluation, never while compiling; as with
		// RandomElement, a zero-argument definition of constant level is
		// evaluated once, as TLC evaluates it before the search.
		dep |= depRun
		op = func(vs []value.Value) (value.Value, error) { return jsonDeserialize(strs, vs[0], false) }
	case "ndJsonDeserialize":
		dep |= depRun
		op = func(vs []value.Value) (value.Value, error) { return jsonDeserialize(strs, vs[0], true) }
	case "JsonSerialize":
		dep |= depSide
		op = func(vs []value.Value) (value.Value, error) { return jsonSerialize(vs[0], vs[1], false) }
	case "ndJsonSerialize":
		dep |= depSide
		op = func(vs []value.Value) (value.Value, error) { return jsonSerialize(vs[0], vs[1], true) }
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		vs, err := evalAll(k, args)
		if err != nil {
			return nil, err
		}
		v, err := op(vs)
		if err != nil {
			return nil, jsonError(pos, err)
		}
		return v, nil
	}, dep: dep, pos: pos}, true
}

// jsonError positions an error of the Json operators at the application.
func jsonError(pos token.Pos, err error) error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return errorf(pos, "%s", err.Error())
}

// toJSON is ToJson, ToJsonArray or ToJsonObject: the text as a string.
// A text whose order TLC decides by its own order of strings or by how a
// record was built is refused, unless inOrder (recordsInOrder) says the
// two orders are the spec's order of strings.
func toJSON(strs *value.Strings, inOrder bool, v value.Value, mode jsonMode) (value.Value, error) {
	e := jsonEncoder{strictKeys: true, keysInOrder: inOrder}
	if err := e.encode(v, mode); err != nil {
		return nil, err
	}
	return strs.Str(e.b.String()), nil
}

// jsonPath is the file name argument: a string, else TLC's failed cast.
func jsonPath(v value.Value) (string, error) {
	s, ok := value.AsString(v)
	if !ok {
		return "", fmt.Errorf("Cannot cast tlc2.value.impl.%s to tlc2.value.impl.StringValue", tlcClass(v))
	}
	return javaPath(s), nil
}

// javaPath is a file name as Java's File normalizes it: repeated
// separators merged, a trailing one dropped.
func javaPath(s string) string {
	for strings.Contains(s, "//") {
		s = strings.ReplaceAll(s, "//", "/")
	}
	if len(s) > 1 {
		s = strings.TrimSuffix(s, "/")
	}
	return s
}

// fileError is Java's message for a file it cannot open: the name and the
// system's reason, "x.json (No such file or directory)".
func fileError(path string, err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return fmt.Errorf("%s (%s)", path, msg)
	}
	return fmt.Errorf("%s (%v)", path, err)
}

// jsonDeserialize reads the file named by p: one JSON value, or (nd) one
// per line, blank lines skipped, as a tuple.
func jsonDeserialize(strs *value.Strings, p value.Value, nd bool) (value.Value, error) {
	path, err := jsonPath(p)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	key := jsonFileKey{strs: strs, path: path, nd: nd, size: st.Size(), mtime: st.ModTime().UnixNano()}
	jsonFiles.Lock()
	v, ok := jsonFiles.m[key]
	jsonFiles.Unlock()
	if ok {
		return v, nil
	}
	v, err = readJSONFile(strs, path, nd)
	if err == nil {
		jsonFiles.Lock()
		if jsonFiles.m == nil || len(jsonFiles.m) >= 64 {
			jsonFiles.m = map[jsonFileKey]value.Value{}
		}
		jsonFiles.m[key] = v
		jsonFiles.Unlock()
	}
	return v, err
}

// jsonWriting serializes the writes of JsonSerialize and ndJsonSerialize.
var jsonWriting sync.Mutex

// jsonFiles keeps the values of the files read, by name, kind, size and
// modification time: TLC reads the file at every evaluation, and a trace
// spec evaluates its log at every step; a file that changes is read again.
var jsonFiles struct {
	sync.Mutex
	m map[jsonFileKey]value.Value
}

type jsonFileKey struct {
	strs        *value.Strings // the values' order of strings: a spec's own
	path        string
	nd          bool
	size, mtime int64
}

// forgetJSONFile drops what was read from path (written by this run).
func forgetJSONFile(path string) {
	jsonFiles.Lock()
	for k := range jsonFiles.m {
		if k.path == path {
			delete(jsonFiles.m, k)
		}
	}
	jsonFiles.Unlock()
}

// readJSONFile reads and converts the file.
func readJSONFile(strs *value.Strings, path string, nd bool) (value.Value, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	if !nd {
		v, err := decodeJSON(strs, string(data))
		return v, syntaxUnsupported(path, 0, err)
	}
	var vals []value.Value
	for i, line := range javaLines(data) {
		line = javaTrim(line)
		if line == "" {
			continue
		}
		v, err := decodeJSON(strs, line)
		if err != nil {
			return nil, syntaxUnsupported(path, i+1, err)
		}
		vals = append(vals, v)
	}
	return value.TupleOf(vals), nil
}

// syntaxUnsupported refuses text that is not strict JSON: TLC's reader
// (Gson, lenient) accepts some such text and fails on the rest with its own
// words. line, when not 0, is the line of an ndjson file (columns count in
// the line without its leading blanks).
func syntaxUnsupported(path string, line int, err error) error {
	var se *jsonSyntaxError
	if !errors.As(err, &se) {
		return err
	}
	if line == 0 {
		line = se.line
	}
	return fmt.Errorf("unsupported: %s line %d column %d: %s (not strict JSON, which TLC's lenient reader may accept or refuse)", path, line, se.col, se.msg)
}

// javaLines splits data into lines as Java's BufferedReader.readLine
// does: at \n, \r or \r\n, with no empty last line after a final break.
func javaLines(data []byte) []string {
	var lines []string
	for len(data) > 0 {
		i := bytes.IndexAny(data, "\r\n")
		if i < 0 {
			lines = append(lines, string(data))
			break
		}
		lines = append(lines, string(data[:i]))
		if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			i++
		}
		data = data[i+1:]
	}
	return lines
}

// javaTrim is Java's String.trim: every character up to U+0020 removed
// at both ends.
func javaTrim(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return r <= ' ' })
}

// jsonSerialize writes v to the file named by p: JsonSerialize a sequence
// or record as one JSON value (no newline at the end), ndJsonSerialize a
// sequence one element a line (each ending in a newline). The file is
// created (with its folders) or emptied before the value is converted, so
// a value TLC cannot convert leaves what was written before it.
func jsonSerialize(p, v value.Value, nd bool) (value.Value, error) {
	// One write at a time, as TLC's synchronized override: workers writing
	// one file do not interleave.
	jsonWriting.Lock()
	defer jsonWriting.Unlock()
	path, err := jsonPath(p)
	if err != nil {
		return nil, err
	}
	f, _ := v.(*value.FcnV)
	switch {
	case nd && (f == nil || !f.IsTuple()):
		return nil, fmt.Errorf("The second argument of ndJsonSerialize should be a sequence, but instead it is:\n%s", v)
	case !nd && (f == nil || !f.IsTuple() && !f.IsRecord()):
		return nil, fmt.Errorf("The second argument of JsonSerialize should be a sequence or record, but instead it is:\n%s", v)
	}
	if dir := filepath.Dir(path); dir != "." {
		_ = os.MkdirAll(dir, 0o777) // as Java's mkdirs, whose failure shows when the file is opened
	}
	defer forgetJSONFile(path)
	out, err := os.Create(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	w := bufio.NewWriter(out)
	var convErr error
	if nd {
		for _, x := range f.Elems() {
			e := jsonEncoder{}
			if convErr = e.node(x); convErr != nil {
				break
			}
			w.WriteString(e.b.String())
			w.WriteByte('\n')
		}
	} else {
		e := jsonEncoder{}
		if convErr = e.node(v); convErr == nil {
			w.WriteString(e.b.String())
		}
	}
	werr := w.Flush()
	if cerr := out.Close(); werr == nil {
		werr = cerr
	}
	if convErr != nil {
		return nil, convErr
	}
	if werr != nil {
		return nil, fmt.Errorf("%s: %v", path, werr)
	}
	return value.True, nil
}
