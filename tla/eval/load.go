package eval

import (
	"io/fs"
	"path"
	"path/filepath"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/module"
	"github.com/wspcycle/wspcycle/tla/sema"
	"github.com/wspcycle/wspcycle/tla/source"
)

// LoadFiles parses a module (and every module it uses, found on the
// search path: its own folder, the lib folders, then $TLA_PATH) and its
// configuration, checks them, binds the constants and compiles everything.
// Errors are a token.ErrorList whose messages carry file:line:col, the
// files named as given (so an editor can follow them).
func LoadFiles(tlaPath, cfgPath string, lib ...string) (*Spec, error) {
	return loadWith(source.ReadFile, tlaPath, cfgPath, module.SearchPath(filepath.Dir(tlaPath), lib))
}

// Load is LoadFiles reading from fsys (for example an embedded spec); the
// search path is the spec's folder in fsys, then the root of fsys (so that
// spec/mutants/X.tla finds the spec/ModuleItUses.tla it instantiates).
func Load(fsys fs.FS, tlaName, cfgName string) (*Spec, error) {
	dirs := []string{path.Dir(tlaName)}
	if dirs[0] != "." {
		dirs = append(dirs, ".")
	}
	return loadWith(func(name string) ([]byte, error) { return source.ReadFS(fsys, name) }, tlaName, cfgName, dirs)
}

// loadWith reads the files with read (the one place that tells LoadFiles
// from Load), then loads the modules, parses the cfg, checks and builds.
func loadWith(read func(string) ([]byte, error), tlaName, cfgName string, searchPath []string) (*Spec, error) {
	prog, err := module.Load(read, tlaName, searchPath)
	if err != nil {
		return nil, err
	}
	csrc, err := read(cfgName)
	if err != nil {
		return nil, err
	}
	conf, err := cfg.Parse(cfgName, csrc)
	if err != nil {
		return nil, err
	}
	if err := sema.CheckProgramShadowed(prog.Root, prog.Modules, conf, prog.Shadowed); err != nil {
		return nil, err
	}
	return BuildProgram(prog.Root, prog.Modules, conf)
}

// BuildProgram is Build for a root module that uses the other modules
// mods (by name, as package module loads them).
func BuildProgram(root *ast.Module, mods map[string]*ast.Module, conf *cfg.Config) (*Spec, error) {
	return build(newProgramCompiler(root, mods), root, conf)
}
