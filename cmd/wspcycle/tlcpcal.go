package main

import (
	"regexp"
	"strings"

	"github.com/wspcycle/wspcycle/tla/source"
)

// pcalNotes is what TLC's PlusCal translator prints after the root file's
// "Parsing file" line (tlcout.Header.FileNotes), nil for nothing. SANY
// runs the translator on a module that holds a PlusCal algorithm and a
// translation ("BEGIN TRANSLATION"); on a uniprocess algorithm in which
// no label was typed it adds the labels (its -label default) and prints
// "Labels added.", then the run goes on (TLC rev cc6b616: Labels* in
// model/testdata/tlc/pcal; without a translation it prints nothing).
// What else it may print (a label missing in a multiprocess algorithm or
// where some labels were typed, a syntax error, a checksum that does not
// match the translation) needs the translator itself, which wspcycle does
// not have: nothing is printed then, as before.
func pcalNotes(tla string, read func(string) ([]byte, error)) []string {
	if read == nil {
		read = source.ReadFile
	}
	src, err := read(tla)
	if err != nil {
		return nil
	}
	if labelsAdded(string(src)) {
		return []string{"Labels added."}
	}
	return nil
}

var (
	rePcalStart = regexp.MustCompile(`--(fair\s+)?algorithm\b`)
	// reLabel is a name followed by ':' (and a fairness mark + or -),
	// not by '=' (:=), '>' (:>) or ':'.
	reLabel   = regexp.MustCompile(`([A-Za-z_][A-Za-z0-9_]*)[ \t\r\n]*:[+-]?(?:[^=>:+-]|$)`)
	reProcess = regexp.MustCompile(`\bprocess\b`)
	// reBeforeLabel is what comes before a label: the start of a
	// statement.
	reBeforeLabel = regexp.MustCompile(`(?:[;{}]|\b(?:begin|do|then|else|or|either))\s*$`)
)

// labelsAdded reports whether the PlusCal translator adds labels to the
// algorithm of the module src: src has a translation, and an algorithm
// with no process and no label.
func labelsAdded(src string) bool {
	begin := strings.Index(src, "BEGIN TRANSLATION")
	loc := rePcalStart.FindStringIndex(src)
	if begin < 0 || loc == nil || loc[0] > begin {
		return false
	}
	if open := strings.LastIndex(src[:loc[0]], "(*"); open < 0 || strings.LastIndex(src[:loc[0]], "*)") > open {
		// Not in a block comment: the translator does not take an
		// algorithm in line comments (TLC: "Unrecoverable error").
		return false
	}
	alg := src[loc[1]:begin]
	if end := strings.Index(alg, "end algorithm"); end >= 0 {
		alg = alg[:end]
	} else if end := strings.LastIndex(alg, "*)"); end >= 0 {
		alg = alg[:end]
	}
	alg = stripPcalComments(alg)
	if reProcess.MatchString(alg) {
		return false
	}
	for _, m := range reLabel.FindAllStringSubmatchIndex(alg, -1) {
		if reBeforeLabel.MatchString(alg[:m[2]]) {
			return false
		}
	}
	return true
}

// stripPcalComments blanks the comments (\* to the end of the line, (* *)
// nested) and the strings of alg, PlusCal text, keeping its line breaks:
// a word "process" or a name followed by ':' there is no process and no
// label to the translator.
func stripPcalComments(alg string) string {
	b := []byte(alg)
	blank := func(i int) {
		if b[i] != '\n' {
			b[i] = ' '
		}
	}
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '\\' && i+1 < len(b) && b[i+1] == '*':
			for ; i < len(b) && b[i] != '\n'; i++ {
				blank(i)
			}
		case b[i] == '(' && i+1 < len(b) && b[i+1] == '*':
			depth := 0
			for ; i < len(b); i++ {
				if b[i] == '(' && i+1 < len(b) && b[i+1] == '*' {
					depth++
					blank(i)
					i++
				} else if b[i] == '*' && i+1 < len(b) && b[i+1] == ')' {
					depth--
					blank(i)
					i++
				}
				blank(i)
				if depth == 0 {
					break
				}
			}
		case b[i] == '"':
			for i++; i < len(b) && b[i] != '"'; i++ {
				if b[i] == '\\' && i+1 < len(b) {
					blank(i)
					i++
				}
				blank(i)
			}
		}
	}
	return string(b)
}
