package main

import (
	"bytes"
	"strings"
	"sync"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// tlcPrints is where a spec's Print, PrintT and AssertEq write under
// `wspcycle tlc`. TLC prints them raw on standard output, as they are
// evaluated, between its own messages and never framed in one, in -tool
// mode too (TLC rev cc6b616): those of the ASSUMEs after "Starting...",
// which wspcycle prints only once the spec has loaded; so until start,
// what the spec prints is held, and start prints it. Each Write is one
// line of the tlcout writer (under its lock), so a worker's printed value
// never mixes with another's or with a progress message.
//
// The warnings TLC prints while it evaluates (eval.Options.Warn: 2144)
// go the same way, in their order with the prints.
type tlcPrints struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	held []func(w *tlcout.Writer) // what is held, in order (buf: the prints not yet in it)
	w    *tlcout.Writer
}

func (p *tlcPrints) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.w == nil {
		return p.buf.Write(b)
	}
	p.w.Line(strings.TrimSuffix(string(b), "\n"))
	return len(b), nil
}

// warn prints TLC's warning, or holds it until start.
func (p *tlcPrints) warn(code int, text string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.w == nil {
		p.flushHeld()
		p.held = append(p.held, func(w *tlcout.Writer) { w.Warning(code, text) })
		return
	}
	p.w.Warning(code, text)
}

// flushHeld moves the prints in buf to held.
func (p *tlcPrints) flushHeld() {
	if p.buf.Len() == 0 {
		return
	}
	s := strings.TrimSuffix(p.buf.String(), "\n")
	p.buf.Reset()
	p.held = append(p.held, func(w *tlcout.Writer) { w.Line(s) })
}

// start prints what was held and sends what follows to w.
func (p *tlcPrints) start(w *tlcout.Writer) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.w = w
	p.flushHeld()
	for _, f := range p.held {
		f(w)
	}
	p.held = nil
}
