package main

import "strings"

// tlcDumpName is the file TLC's -dump writes for the name given: TLC
// appends its extension (".dot" for -dump dot, ".dump" otherwise) unless
// the name already ends with it, whatever other extension the name has
// (checked against TLC: "a.b" gives "a.b.dot" and "a.b.dump", "a.dot"
// gives "a.dot" and "a.dot.dump").
func tlcDumpName(name string, dot bool) string {
	ext := ".dump"
	if dot {
		ext = ".dot"
	}
	if strings.HasSuffix(name, ext) {
		return name
	}
	return name + ext
}
