package sany

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
)

// ModuleNotes are SANY's warning blocks of a spec that loads, one per
// module of Modules (the text printed after its "Semantic processing"
// line, "" for none): SANY keeps its warnings (model.SanyWarnings: a
// name repeated through INSTANCE or EXTENDS, a declaration repeated)
// and, after processing each module, prints all those found so far once
// there are any (TLC rev cc6b616: "*** Warnings: N", each warning's
// range and message, then a blank line), plain and with -tool alike.
func (ld Loaded) ModuleNotes() (notes []string) {
	notes, _ = ld.ModuleNotesElevated(nil)
	return notes
}

// ModuleNotesElevated is ModuleNotes with the warnings whose codes are in
// elevate made errors, as TLC's -messagesAsErrors makes them (rev
// cc6b616): SANY goes on processing every module, and each block lists
// the warnings kept as warnings first, then those made errors, each of
// these after "Warning treated as error: ", all counted as warnings;
// elevated says whether any was, in which case SANY has failed (no
// linting; TLC's "Parsing or semantic analysis failed.", exit 150).
func (ld Loaded) ModuleNotesElevated(elevate map[int]bool) (notes []string, elevated bool) {
	if ld.Stop != "" || len(ld.Modules) == 0 {
		return nil, false
	}
	// The notes only decorate TLC's header: a spec the replay does not
	// foresee must not cost the run that follows it.
	defer func() {
		if recover() != nil {
			notes, elevated = nil, false
		}
	}()
	byMod, codes := ld.warningItemsCoded()
	notes = make([]string, len(ld.Modules))
	var so []item
	for i, m := range ld.Modules {
		so = appendNew(so, byMod[m]...)
		var kept, made []item
		for _, it := range so {
			if c := codes[it]; c != 0 && elevate[c] {
				made = append(made, it)
			} else {
				kept = append(kept, it)
			}
		}
		elevated = elevated || len(made) > 0
		notes[i] = warningsBlockElevated(kept, made)
	}
	return notes, elevated
}

// warningItems are SANY's warnings about repeated names by the module
// whose processing raises them (nil when the replay fails).
func (ld Loaded) warningItems() (items map[string][]item) {
	items, _ = ld.warningItemsCoded()
	return items
}

// warningItemsCoded is warningItems with each warning's code
// (model.SanyWarning's Code).
func (ld Loaded) warningItemsCoded() (items map[string][]item, codes map[item]int) {
	if len(ld.Modules) == 0 {
		return nil, nil
	}
	defer func() {
		if recover() != nil {
			items, codes = nil, nil
		}
	}()
	root := ld.asts[ld.Modules[len(ld.Modules)-1]]
	if root == nil {
		return nil, nil
	}
	// Every module SANY processes, in its order (the root last): the
	// modules of the root's file that it does not use raise theirs too.
	roots := make([]*ast.Module, 0, len(ld.Modules))
	for _, m := range ld.Modules {
		if mod := ld.asts[m]; mod != nil {
			roots = append(roots, mod)
		}
	}
	items, codes = map[string][]item{}, map[item]int{}
	for m, ws := range model.SanyWarningsOf(roots, ld.asts) {
		for _, w := range ws {
			if it, ok := ld.warningItem(w); ok {
				items[m] = append(items[m], it)
				codes[it] = w.Code
			}
		}
	}
	return items, codes
}

// warningsBlock is SANY's block of warnings ws ("" for none), as TLC
// rev cc6b616 printed two (VARIABLE v, v with CONSTANT N, N).
func warningsBlock(ws []item) string { return warningsBlockElevated(ws, nil) }

// warningsBlockElevated is warningsBlock of the warnings ws, then of
// those made errors, each after TLC's "Warning treated as error: ".
func warningsBlockElevated(ws, made []item) string {
	if len(ws)+len(made) == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "*** Warnings: %d\n\n", len(ws)+len(made))
	for _, w := range ws {
		// A warning ends with three blank lines, an error with two.
		b.WriteString(w.String() + "\n")
	}
	for _, w := range made {
		b.WriteString("Warning treated as error: " + w.String() + "\n")
	}
	return b.String()
}

// warningItem is w in SANY's words, over the ranges of the symbols.
// ok is false for a standard definition whose place is not known.
func (ld Loaded) warningItem(w model.SanyWarning) (it item, ok bool) {
	at, prev := ld.symbolRange(w.At, w.AtInst, w.Name, w.AtMod), ld.symbolRange(w.Prev, w.PrevInst, w.Name, w.PrevMod)
	if w.AtStd != "" {
		at = stdRange(w.AtStd, w.Name)
	}
	if w.PrevStd != "" {
		prev = stdRange(w.PrevStd, w.Name)
	}
	if !at.IsValid() || !prev.IsValid() {
		return item{}, false
	}
	if w.Extends {
		kind := "declaration"
		if w.Def {
			kind = "definition"
		}
		return item{at, "Warning: the " + kind + " of '" + w.Name + "' conflicts with \nits " + kind + " at " + rangeText(prev) + "."}, true
	}
	return item{at, "Multiple declarations or definitions for symbol " + w.Name + ".  \nThis duplicates the one at " + rangeText(prev) + "."}, true
}

// symbolRange is SANY's range of the symbol named name at pos, in the
// module mod when known: a definition's from its name (an infix one's
// from its first parameter) to the end of its body, a declaration's its
// name; the INSTANCE inst's for a definition it made from a module with
// parameters. A module after the first in a file counts its lines from
// its own start (SANY reads a copy of it) and is named as itself.
func (ld Loaded) symbolRange(pos token.Pos, inst *ast.Instance, name, mod string) model.SourceRange {
	if inst != nil {
		return instRange(inst, span.Module(inst.Start.Filename))
	}
	module := span.Module(pos.Filename)
	mods := ld.asts
	if m := ld.asts[mod]; m != nil && m.Start.Filename == pos.Filename {
		module, mods = mod, map[string]*ast.Module{mod: m}
	}
	for _, mod := range mods {
		if mod == nil || mod.Start.Filename != pos.Filename {
			continue
		}
		if r, ok := defRange(mod, pos, module); ok {
			if d := topOpDef(mod, pos); d != nil && d.Start.IsValid() && d.Start.Before(r.Start) {
				r.Start = d.Start
			}
			return r
		}
	}
	end := pos
	end.Col += utf8.RuneCountInString(name) - 1
	return model.SourceRange{Module: module, Start: pos, End: end}
}

// appendNew appends to list the items not in it: SANY's log keeps one of
// identical messages (a warning raised again by a module that
// instantiates what a module it extends instantiated is printed once).
func appendNew(list []item, its ...item) []item {
	for _, it := range its {
		if !slices.Contains(list, it) {
			list = append(list, it)
		}
	}
	return list
}
