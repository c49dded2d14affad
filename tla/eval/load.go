package eval

import (
	"io/fs"
	"os"

	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/sema"
)

// LoadFiles parses a module and its configuration, checks them, binds the
// constants and compiles everything. Errors are a token.ErrorList whose
// messages carry file:line:col, the files named as given (so an editor can
// follow them).
func LoadFiles(tlaPath, cfgPath string) (*Spec, error) {
	return loadWith(os.ReadFile, tlaPath, cfgPath)
}

// Load is LoadFiles reading from fsys (for example an embedded spec).
func Load(fsys fs.FS, tlaName, cfgName string) (*Spec, error) {
	return loadWith(func(name string) ([]byte, error) { return fs.ReadFile(fsys, name) }, tlaName, cfgName)
}

// loadWith reads both files with read (the one place that tells LoadFiles
// from Load), then parses, checks and builds.
func loadWith(read func(string) ([]byte, error), tlaName, cfgName string) (*Spec, error) {
	src, err := read(tlaName)
	if err != nil {
		return nil, err
	}
	csrc, err := read(cfgName)
	if err != nil {
		return nil, err
	}
	mod, err := parser.ParseFile(tlaName, src)
	if err != nil {
		return nil, err
	}
	conf, err := cfg.Parse(cfgName, csrc)
	if err != nil {
		return nil, err
	}
	if err := sema.Check(mod, conf); err != nil {
		return nil, err
	}
	return Build(mod, conf)
}
