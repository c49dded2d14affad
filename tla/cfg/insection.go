package cfg

import (
	"bytes"
	"regexp"
	"strings"
)

var (
	// configHeader opens the model of a .tla file, as TLC's trace
	// exploration spec writes it: "---- CONFIG NAME ----".
	configHeader = regexp.MustCompile(`^\s*-{4,}\s*CONFIG\s+\S+\s*-{4,}\s*$`)
	// configEnd closes it: a line of at least four "=".
	configEnd = regexp.MustCompile(`^\s*={4,}`)
)

// configSection returns src, a .tla file, with every line outside its
// CONFIG section blanked (the lines kept, so that positions stay the
// file's), as TLC reads the model from the .tla file given to -config:
// TLC's trace exploration spec carries its model so. ok is false when
// the file has no CONFIG section.
func configSection(src []byte) (out []byte, ok bool) {
	lines := bytes.SplitAfter(src, []byte("\n"))
	in := false
	var b bytes.Buffer
	for _, l := range lines {
		text := strings.TrimRight(string(l), "\r\n")
		switch {
		case !in && !ok && configHeader.MatchString(text):
			in, ok = true, true
		case in && configEnd.MatchString(text):
			in = false
		case in:
			b.Write(l)
			continue
		}
		if bytes.HasSuffix(l, []byte("\n")) {
			b.WriteByte('\n')
		}
	}
	return b.Bytes(), ok
}
