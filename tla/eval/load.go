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
	src, err := os.ReadFile(tlaPath)
	if err != nil {
		return nil, err
	}
	csrc, err := os.ReadFile(cfgPath)
	if err != nil {
		return nil, err
	}
	return load(tlaPath, src, cfgPath, csrc)
}

// Load is LoadFiles reading from fsys (for example an embedded spec).
func Load(fsys fs.FS, tlaName, cfgName string) (*Spec, error) {
	src, err := fs.ReadFile(fsys, tlaName)
	if err != nil {
		return nil, err
	}
	csrc, err := fs.ReadFile(fsys, cfgName)
	if err != nil {
		return nil, err
	}
	return load(tlaName, src, cfgName, csrc)
}

func load(tlaName string, src []byte, cfgName string, csrc []byte) (*Spec, error) {
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
