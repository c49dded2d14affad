package main

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"
)

func init() {
	register(&command{Name: "version", Summary: "print wspcycle's version (module version and VCS revision)", Run: runVersion})
}

// versionString is wspcycle's version from the build information Go
// records in the binary: the module version ("(devel)" for a build from a
// checkout) and, when built from a VCS checkout, the revision and whether
// the tree was modified. Nothing is stamped by hand, so it cannot go stale.
func versionString() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", modified"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		v += " (rev: " + rev + modified + ")"
	}
	return v
}

func runVersion(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] != "--help" && args[0] != "-h" && args[0] != "-help" {
		fmt.Fprintf(stderr, "wspcycle version: takes no arguments\n")
		return 2
	}
	if len(args) > 0 {
		io.WriteString(stdout, "Usage: wspcycle version\n\nPrints wspcycle's module version and VCS revision, from the build information.\n")
		return 0
	}
	info, _ := debug.ReadBuildInfo()
	goVer := ""
	if info != nil {
		goVer = " " + info.GoVersion
	}
	fmt.Fprintf(stdout, "wspcycle %s%s\n", versionString(), goVer)
	return 0
}
