package mutate

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// lineRef is how README.md points at a formula: `Name` (File.tla:N).
var lineRef = regexp.MustCompile("`(\\w+)` \\((\\w+\\.tla):(\\d+)\\)")

// definition matches the first line of a top-level operator or function
// definition, capturing its name.
var definition = regexp.MustCompile(`^(\w+)(\([\w, ]*\)|\[[^\]]*\])? ==`)

// FixLineRefs rewrites every formula reference of readme to the line where
// the formula is now defined, so that editing a spec only needs
// `go generate ./spec` to keep README.md right. A name that is no longer
// defined is an error.
func FixLineRefs(readme []byte, read func(name string) ([]byte, error)) ([]byte, error) {
	defs := map[string]map[string]int{}
	var firstErr error
	out := lineRef.ReplaceAllStringFunc(string(readme), func(ref string) string {
		m := lineRef.FindStringSubmatch(ref)
		name, file := m[1], m[2]
		lines, ok := defs[file]
		if !ok {
			src, err := read(file)
			if err != nil {
				if firstErr == nil {
					firstErr = err
				}
				return ref
			}
			lines = map[string]int{}
			for i, l := range strings.Split(string(src), "\n") {
				if d := definition.FindStringSubmatch(l); d != nil {
					if _, dup := lines[d[1]]; !dup {
						lines[d[1]] = i + 1
					}
				}
			}
			defs[file] = lines
		}
		n, ok := lines[name]
		if !ok {
			if firstErr == nil {
				firstErr = fmt.Errorf("README.md refers to %s, which %s no longer defines", name, file)
			}
			return ref
		}
		return "`" + name + "` (" + file + ":" + strconv.Itoa(n) + ")"
	})
	return []byte(out), firstErr
}
