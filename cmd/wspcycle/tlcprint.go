package main

import (
	"bytes"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/model/tlcout/dumptrace"
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
//
// With TLC's -userFile FILE (user), what the spec prints goes to FILE
// instead, as it is evaluated, and nowhere else: TLC rev cc6b616 sends
// its tool's user output (Print, PrintT, the lines its -dumpTrace
// post-conditions print) there, and its own messages, warnings included,
// to standard output. The prints made again while a trace is rebuilt to
// be printed go there too (tlcout.Writer.SetUser).
type tlcPrints struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	held []func(w *tlcout.Writer) // what is held, in order (buf: the prints not yet in it)
	w    *tlcout.Writer
	user io.Writer // -userFile: where the prints go (nil: standard output)
}

func (p *tlcPrints) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.user != nil {
		return p.user.Write(b)
	}
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

// tlcUserFile is TLC's -userFile FILE, opened (truncated) as TLC opens it
// while it reads its arguments; the prints of the workers and the lines
// of the -dumpTrace files share it, one write at a time.
type tlcUserFile struct {
	mu sync.Mutex
	f  *os.File
}

func (u *tlcUserFile) Write(b []byte) (int, error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.f.Write(b)
}

// Line writes s as one line of the file (dumptrace.LineWriter).
func (u *tlcUserFile) Line(s string) { u.Write([]byte(s + "\n")) }

// tlcOpenUserFile opens -userFile's FILE, or fails with TLC's words (rev
// cc6b616: its words, to which the message adds a second "Error: " in plain output).
func tlcOpenUserFile(name string) (*tlcUserFile, error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, &errTLCCommandLine{"Error: Failed to create user output log file."}
	}
	return &tlcUserFile{f: f}, nil
}

// traceLines is where the lines saying a -dumpTrace file was written go:
// TLC prints them from a post-condition, as user output.
func (f *tlcFlags) traceLines(w *tlcout.Writer) dumptrace.LineWriter {
	if f.userFile != nil {
		return f.userFile
	}
	return w
}
