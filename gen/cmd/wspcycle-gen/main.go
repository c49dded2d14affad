// Command wspcycle-gen is the generator's stand-alone entry point, used by fsm's
// go:generate directive so that `make gen` works without building the whole CLI:
//
//	wspcycle-gen [gen flags] [spec.tla]
//	wspcycle-gen graph [-format dot|mermaid] [spec.tla]
package main

import (
	"os"

	"github.com/wspcycle/wspcycle/gen"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "graph" {
		os.Exit(gen.RunGraph(args[1:], os.Stdout, os.Stderr, nil))
	}
	if len(args) > 0 && args[0] == "gen" {
		args = args[1:]
	}
	os.Exit(gen.RunGen(args, os.Stdout, os.Stderr, nil))
}
