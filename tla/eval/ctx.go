package eval

import (
	"io"
	"sync"

	"github.com/wspcycle/wspcycle/tla/value"
)

// evalFn is a compiled expression.
type evalFn func(c *ctx) (value.Value, error)

// ctx is the machine state of one evaluation: the current state s, the next
// state t being built (nil entries are not yet assigned), the slots of bound
// variables, and the continuation stack of the action runner. Every binder in
// the compiled spec has its own slot, so no lookup by name happens at run
// time. A ctx is used by one goroutine at a time; Specs keep a pool.
type ctx struct {
	s, t  value.State
	env   []value.Value
	stack []frame
	emit  func(c *ctx) error
	prog  *program
	// recActive counts the applications in progress of each recursive
	// function, so that a nested one saves the slots it overwrites.
	recActive []int

	// The Next computation in progress.
	yield     func(Step) error
	action    *actionDef
	actionIdx int
}

// program is what all contexts of one Spec share.
type program struct {
	nslots int
	nvars  int
	nrecs  int
	vars   []string
	out    io.Writer // Print's output
	pool   sync.Pool
}

func (p *program) get() *ctx {
	if c, ok := p.pool.Get().(*ctx); ok {
		return c
	}
	return &ctx{env: make([]value.Value, p.nslots), prog: p, t: make(value.State, p.nvars), recActive: make([]int, p.nrecs)}
}

func (p *program) put(c *ctx) {
	c.s = nil
	clear(c.t)
	c.stack = c.stack[:0]
	c.emit = nil
	p.pool.Put(c)
}
