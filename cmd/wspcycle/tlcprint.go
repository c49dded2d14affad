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
type tlcPrints struct {
	mu  sync.Mutex
	buf bytes.Buffer
	w   *tlcout.Writer
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

// start prints what was held and sends what follows to w.
func (p *tlcPrints) start(w *tlcout.Writer) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.w = w
	if p.buf.Len() > 0 {
		w.Line(strings.TrimSuffix(p.buf.String(), "\n"))
		p.buf.Reset()
	}
}
