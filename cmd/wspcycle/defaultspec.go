package main

import (
	"io/fs"

	"github.com/wspcycle/wspcycle/spec"
)

// defaultSpec supplies the spec that `wspcycle check` checks when given no
// SPEC.tla: the lifecycle spec embedded from spec/ (package spec), with its
// small model. It is a variable so that tests can substitute another.
var defaultSpec = func() (fs.FS, string, string, error) {
	return spec.FS, spec.DefaultSpec, spec.DefaultConfig, nil
}
