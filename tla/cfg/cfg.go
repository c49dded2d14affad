// Package cfg reads TLC model configuration files (.cfg): which operators
// are the initial predicate and next-state relation (or the whole
// specification), the values of the constants, and what to check.
//
// Constant values are kept as ast.Expr (ast.Number, ast.String, ast.Bool,
// ast.SetEnum, ast.Ident for a model value; TLC's grammar has no negative
// numbers, tuples or records) so that the evaluator turns them into values with the same
// machinery it uses for the spec. Every name carries its position, so that
// "INVARIANT Foo names no definition" points into the .cfg file.
package cfg

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// Config is one parsed .cfg file.
type Config struct {
	Init *ast.Ident // INIT, nil when absent
	Next *ast.Ident // NEXT, nil when absent
	Spec *ast.Ident // SPECIFICATION, nil when absent

	Constants         []*Constant
	Invariants        []*ast.Ident // INVARIANT(S)
	Properties        []*ast.Ident // PROPERTY / PROPERTIES
	Constraints       []*ast.Ident // CONSTRAINT(S)
	ActionConstraints []*ast.Ident // ACTION_CONSTRAINT(S)
	Symmetry          *ast.Ident   // SYMMETRY, nil when absent
	View              *ast.Ident   // VIEW, nil when absent
	// Alias is ALIAS, nil when absent. Traces show each state through it,
	// as TLC's do; it changes no verdict and no count.
	Alias *ast.Ident
	// Postconditions are the names of POSTCONDITION(S), in the order
	// given (every section's, a name as often as given): constant
	// predicates TLC evaluates once the search is over, in that order
	// (they may read the run's counts with TLCGet("stats")).
	Postconditions []*ast.Ident
	// RLReward is _RL_REWARD, nil when absent: the operator whose
	// integer value on a step is the reward of TLC's -simulate sched=rl
	// learner (Tool.evalReward; -10 without it). Periodic is _PERIODIC,
	// nil when absent: an operator TLC evaluates at each progress
	// report (not implemented: accepted with a note). Neither changes
	// what TLC checks.
	RLReward, Periodic *ast.Ident

	// CheckDeadlock is TLC's deadlock check switch: TRUE unless the file
	// says CHECK_DEADLOCK FALSE. CheckDeadlockPos is valid when the file
	// sets it.
	CheckDeadlock    bool
	CheckDeadlockPos token.Pos
}

// Constant is one CONSTANT entry: Name = Value, or Name <- Subst (the
// constant is replaced by the definition Subst, which takes the same
// number of arguments).
type Constant struct {
	Name  *ast.Ident
	Value ast.Expr   // nil for a substitution
	Subst *ast.Ident // nil for a value
	// Module is M in C <- [M] Op and C = [M] v: the replacement applies
	// to the definition C of module M (nil: to the spec's own module and
	// the modules it extends).
	Module *ast.Ident
}

// Pos reports where the entry starts.
func (c *Constant) Pos() token.Pos { return c.Name.Pos() }

// IsModelValue reports whether the constant is assigned a model value
// (Name = name, or any bare identifier): TLC's "c = c" form.
func (c *Constant) IsModelValue() bool {
	_, ok := c.Value.(*ast.Ident)
	return ok
}

// Lookup returns the constant entry for name (not one qualified by a
// module), or nil.
func (c *Config) Lookup(name string) *Constant {
	for _, k := range c.Constants {
		if k.Name.Name == name && k.Module == nil {
			return k
		}
	}
	return nil
}
