package value

import (
	"cmp"
	"math"
	"strings"
	"sync"
)

// Strings is a spec's order of strings and model values: TLC's. TLC
// compares two strings (StringValue.compareTo), two model values
// (ModelValue.compareTo) and sorts a record's fields (RecordValue's
// normalize) by UniqueString.compareTo, which compares intern tokens: the
// order in which TLC first interned each name (the cfg's values, SANY's
// built-in names, every module's tokens as its lexer meets them, the string
// literals as semantic analysis meets them; package eval lists them). A
// table holds those names in that order and gives each string or model
// value built through it its rank in the table, so that comparing two of
// them compares two integers.
//
// A string that is not in the table (made at run time: "a" \o "b",
// ToString, JSON, ...) ranks after every name of the table, and such
// strings are ordered by content among themselves. TLC orders them by when
// it made them, which depends on the order of evaluation and on the
// workers; ordering them by content keeps a spec's fingerprints the same in
// every run (a recovered run must find the states it saw before).
//
// The one way to make a string value or a model value is through a table
// (Str, Model), so that no construction can give an equal string another
// rank, which would break the order of sorted sets. The nil table,
// Alphabetical, is the order without a spec: every string and model value
// is ordered by content. Values of different tables must not meet.
type Strings struct {
	strs map[string]*StrV
	// models are the model values made so far, interned so that a model
	// value equals only itself (a model value made at run time, by
	// TLCExt's operators, joins them).
	models sync.Map // string -> *MV
}

// Alphabetical is the table of no spec: strings and model values in the
// order of their content.
var Alphabetical *Strings

// runtimeRank is the rank of a string or model value that is not in its
// table: after every name of it.
const runtimeRank = math.MaxUint32

// NewStrings is the table that orders names as given (a repeated name
// keeps its first place), every other string after them.
func NewStrings(names []string) *Strings {
	t := &Strings{strs: make(map[string]*StrV, len(names))}
	for _, n := range names {
		if _, ok := t.strs[n]; ok || len(t.strs) >= runtimeRank-1 {
			continue
		}
		t.strs[n] = &StrV{s: n, h: hashString(tagStr, n), rank: uint32(len(t.strs) + 1)}
	}
	return t
}

// Len is the number of names in the table.
func (t *Strings) Len() int {
	if t == nil {
		return 0
	}
	return len(t.strs)
}

// Str returns the string value s, with its rank in t: a name of the table
// is one shared value.
func (t *Strings) Str(s string) Value {
	if t != nil {
		if v, ok := t.strs[s]; ok {
			return v
		}
	}
	return &StrV{s: s, h: hashString(tagStr, s), rank: runtimeRank}
}

// Model returns the model value named name (a cfg constant such as c1,
// which equals only itself), with its rank in t. The same name always
// yields the same value of a table.
func (t *Strings) Model(name string) Value {
	if t == nil {
		return modelValue(name)
	}
	if v, ok := t.models.Load(name); ok {
		return v.(*MV)
	}
	rank := uint32(runtimeRank)
	if s, ok := t.strs[name]; ok {
		rank = s.rank
	}
	v, _ := t.models.LoadOrStore(name, &MV{name: name, h: hashString(tagModel, name), rank: rank})
	return v.(*MV)
}

// compareStr orders two strings: by rank, and by content between two
// strings made at run time. Two names of a table have different ranks.
func compareStr(x, y *StrV) int { return compareRanked(x.rank, y.rank, x.s, y.s) }

// compareMV orders two model values as compareStr orders strings.
func compareMV(x, y *MV) int { return compareRanked(x.rank, y.rank, x.name, y.name) }

// compareRanked orders two names of ranks rx and ry, spelled sx and sy.
func compareRanked(rx, ry uint32, sx, sy string) int {
	if rx != ry {
		return cmp.Compare(rx, ry)
	}
	if rx != runtimeRank {
		return 0
	}
	return strings.Compare(sx, sy)
}

// Ranked reports whether v is a string or model value of its table, so
// that its place among the others of the table is TLC's; a string made at
// run time (ordered by content here, by when it was made in TLC) is not.
func Ranked(v Value) bool {
	switch x := v.(type) {
	case *StrV:
		return x.rank != runtimeRank
	case *MV:
		return x.rank != runtimeRank
	}
	return false
}
