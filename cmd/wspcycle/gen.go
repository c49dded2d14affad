package main

import (
	"context"
	"io"
	"path"

	"github.com/wspcycle/wspcycle/gen"
	"github.com/wspcycle/wspcycle/tla/source"
)

// embeddedSpecInput hands gen the spec `wspcycle check` would check by
// default, so `wspcycle gen` and `wspcycle graph` with no file work on a
// fresh machine from any directory.
func embeddedSpecInput() (string, []byte, error) {
	fsys, name, _, err := defaultSpec()
	if err != nil {
		return "", nil, err
	}
	src, err := source.ReadFS(fsys, name)
	return path.Join("spec", name), src, err
}

func init() {
	register(&command{
		Name:    "gen",
		Summary: "compile the spec's control fragment into a Go state machine on stateless",
		Run: func(_ context.Context, args []string, stdout, stderr io.Writer) int {
			return gen.RunGen(args, stdout, stderr, embeddedSpecInput)
		},
	})
	register(&command{
		Name:    "graph",
		Summary: "draw the compiled lifecycle machine as DOT or Mermaid",
		Run: func(_ context.Context, args []string, stdout, stderr io.Writer) int {
			return gen.RunGraph(args, stdout, stderr, embeddedSpecInput)
		},
	})
}
