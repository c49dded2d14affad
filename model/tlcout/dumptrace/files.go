package dumptrace

import (
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// Dump is one -dumpTrace FORMAT FILE of the command line, as Parse
// checked it (Format in lower case).
type Dump struct{ Format, File string }

// groups are the formats of -dumpTrace that are written here,
// each with the group of formats that share TLC's file constant: TLC
// turns each -dumpTrace into a post-condition, in command-line order,
// that writes to the file constant of its format's module, and a later
// -dumpTrace of the same group sets that constant again. So with
// "-dumpTrace json a.json -dumpTrace json b.json" TLC writes b.json twice
// and says so twice, and never creates a.json (TLC rev cc6b616).
var groups = map[string]string{"json": "json", "tla": "tla", "tlcplain": "tlc", "tlc": "tlc"}

// modules are the modules of TLC's jar whose post-condition writes each
// format; TLC makes the root module extend them, in command-line order
// (rev cc6b616: SANY parses them after the root's EXTENDS).
var modules = map[string]string{
	"json": "_JsonTrace", "tlc": "_TLCTrace", "tla": "_TLAPlusCounterExample", "tlcplain": "_TLCTracePlain",
	"tlcaction": "_TLCActionTrace", "tlctespec": "_TLCTESpec", "dot": "_DotTrace",
}

// ModuleOf is the module of TLC's jar whose post-condition writes a dump
// of format (as Parse gives it).
func ModuleOf(format string) string { return modules[format] }

// unwritten are the formats that are not written here: TLC's modules for
// them instantiate the CommunityModules' IOUtils (and GraphViz for dot),
// so TLC run as it is (no CommunityModules on its library path) stops at
// SANY, "Cannot find source file for module IOUtils imported in module
// _TLCActionTrace." (exit 150), which the caller reproduces; with their
// folder but not their jar, the post-condition fails on Json's Java
// override after the search. The caller refuses them when the modules
// are on the library path.
var unwritten = map[string]string{
	"tlcaction": "the module of action constraints that replays the trace is not written (use tla or tlcplain)",
	"tlctespec": "the module TLC's _TLCTESpec writes is not (the trace exploration spec TLC writes by default, SPEC_TTrace_N.tla, is: -generateSpecTE, -teSpecOutDir)",
	"dot":       "the trace as GraphViz's DotDiGraph is not written (use json, or 'wspcycle check --dot' for the state graph)",
}

// Unwritten is why a dump of format is not written here ("" when it is):
// TLC's module for it needs the CommunityModules (see unwritten).
func Unwritten(format string) string { return unwritten[format] }

// Parse checks a -dumpTrace format (TLC compares it ignoring case). Its
// error is a usage error, to print as is, for a format TLC does not know.
func Parse(format, file string) (Dump, error) {
	f := strings.ToLower(format)
	if _, ok := modules[f]; ok {
		return Dump{f, file}, nil
	}
	return Dump{}, errors.New("-dumpTrace: unknown format " + format + " (TLC's are json, tla, tlcplain, tlc, tlcaction, tlcTESpec and dot)")
}

// Files are the -dumpTrace files, opened before the search so
// that a bad path costs nothing.
type Files struct {
	dumps []Dump
	file  map[string]string   // group -> the file TLC writes (the last given)
	open  map[string]*os.File // file -> its handle, until written
	done  map[string]bool     // file -> written
	// created: file -> Open made it (it did not exist), so Finish may
	// remove it
	created map[string]bool
	// Models are the cfg's model values in TLC's order
	// (tlcbin.ModelNames), which the tlc format numbers them by.
	Models []string
	// Simulated: the traces are a simulator's behaviours (-simulate).
	Simulated bool
}

// Open opens for writing the file each group of dumps writes (the last
// given in the group), in order, so that a path that cannot be written
// fails before the search rather than after it. It neither truncates a
// file that exists (the user's data stays as it is until a counterexample
// replaces it) nor, on an error, leaves behind a file it created. The
// caller must call Finish.
func Open(dumps []Dump) (*Files, error) {
	d := &Files{dumps: dumps, file: map[string]string{}, open: map[string]*os.File{}, done: map[string]bool{}, created: map[string]bool{}}
	for _, dt := range dumps {
		d.file[groups[dt.Format]] = dt.File
	}
	for _, dt := range dumps {
		name := d.file[groups[dt.Format]]
		if _, ok := d.open[name]; ok {
			continue
		}
		_, statErr := os.Lstat(name)
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE, 0o644)
		if err != nil {
			d.Finish()
			return nil, err
		}
		d.open[name] = f
		d.created[name] = errors.Is(statErr, fs.ErrNotExist)
	}
	return d, nil
}

// Write writes rep's counterexample for every -dumpTrace in order, each
// followed on w by TLC's line saying so ("CounterExample written: FILE",
// in quotes), as TLC's post-conditions do; sp names the trace's actions.
// It stops at the first file it cannot write and returns that error,
// which the caller keeps for the exit code.
func (d *Files) Write(w LineWriter, sp *eval.Spec, rep *model.Report) error {
	for _, dt := range d.dumps {
		name := d.file[groups[dt.Format]]
		var data []byte
		switch dt.Format {
		case "json", "tlc":
			var err error
			if dt.Format == "json" {
				data, err = JSON(sp, rep)
			} else {
				data, err = TLCBin(sp, rep, d.Models, d.Simulated)
			}
			if err != nil {
				return err
			}
		default:
			data = Module(dt.Format, name, sp, rep)
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			return err
		}
		d.done[name] = true
		w.Line(`"CounterExample written: ` + name + `"`)
	}
	return nil
}

// Finish closes the files and removes those Open created and no
// counterexample was written to (TLC creates a -dumpTrace file only when
// it has a trace, and never touches one it does not write).
func (d *Files) Finish() {
	for name, f := range d.open {
		f.Close()
		if !d.done[name] && d.created[name] {
			os.Remove(name)
		}
	}
}

// LineWriter prints one line of TLC's output outside any -tool frame
// (tlcout.Writer is one).
type LineWriter interface{ Line(string) }
