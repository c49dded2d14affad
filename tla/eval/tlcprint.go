package eval

import (
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sync"

	"github.com/wspcycle/wspcycle/tla/module"
	"github.com/wspcycle/wspcycle/tla/pprint"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Print(out, val), PrintT(out) and AssertEq write what TLC writes (TLC's
// TLC.Print and PrintT): each value's text broken over lines to fit 80
// columns as TLC's pretty-printer breaks it (package pprint), Print's two
// values separated by two spaces, then a newline. TLC writes them raw on
// its standard output, between its own messages, and in -tool mode too
// (never framed in a message); a command chooses the writer (LoadPrinting,
// Run.SetPrintOutput). Several workers may print at once: each value
// printed is one Write, under a lock, so lines never mix; give a writer
// that shares its lock with the command's other output (progress lines)
// to keep those whole too.
//
// TLC rebuilds an error trace by evaluating Init and Next again, which
// prints their Print output a second time while the trace is printed;
// wspcycle keeps the trace's states and evaluates nothing again, so those
// repeated lines are not printed.

// printer is the writer of a Spec's Print output, swappable while the
// search runs.
type printer struct {
	mu sync.Mutex
	w  io.Writer
}

// Write writes p in one call to the current writer.
func (p *printer) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.w.Write(b)
}

func (p *printer) set(w io.Writer) {
	p.mu.Lock()
	p.w = w
	p.mu.Unlock()
}

// SetPrintOutput sends what Print, PrintT and AssertEq print from now on
// to w (os.Stderr unless the Spec was loaded with LoadPrinting).
func (r *Run) SetPrintOutput(w io.Writer) { r.print.set(w) }

// printText is TLC's text for Print(out, val) (vals of two) and PrintT(out)
// (one), with its newline.
func printText(vals ...value.Value) string {
	s := pprint.Format(vals[0].String(), pprint.Width)
	if len(vals) > 1 {
		s += "  " + pprint.Format(vals[1].String(), pprint.Width)
	}
	return s + "\n"
}

// LoadFilesPrinting is LoadFiles with what the spec prints (Print, PrintT,
// also in its ASSUMEs, evaluated while it is loaded) going to out.
func LoadFilesPrinting(out io.Writer, tlaPath, cfgPath string, lib ...string) (*Spec, error) {
	return loadWithOut(out, source.ReadFile, tlaPath, cfgPath, module.SearchPath(filepath.Dir(tlaPath), lib))
}

// LoadReadPrinting is LoadFilesPrinting reading the files with read, for
// a command that adds to the spec's text what its user wrote elsewhere (as
// TLC's -inv adds invariants).
func LoadReadPrinting(out io.Writer, read func(string) ([]byte, error), tlaPath, cfgPath string) (*Spec, error) {
	return loadWithOut(out, read, tlaPath, cfgPath, module.SearchPath(filepath.Dir(tlaPath), nil))
}

// LoadPrinting is Load with what the spec prints going to out.
func LoadPrinting(out io.Writer, fsys fs.FS, tlaName, cfgName string) (*Spec, error) {
	dirs := []string{path.Dir(tlaName)}
	if dirs[0] != "." {
		dirs = append(dirs, ".")
	}
	return loadWithOut(out, func(name string) ([]byte, error) { return source.ReadFS(fsys, name) }, tlaName, cfgName, dirs)
}

// defaultPrintOutput is where a Spec prints unless told otherwise: standard
// error, which no command's machine-readable output uses.
var defaultPrintOutput io.Writer = os.Stderr
