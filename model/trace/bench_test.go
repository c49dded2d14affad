package trace_test

import (
	"context"
	"testing"

	"github.com/wspcycle/wspcycle/model/trace"
	"github.com/wspcycle/wspcycle/spec"
)

// BenchmarkValidateLoopbackLog validates a generated log of 1,000,000 lifecycle events in
// the loopback example's form (about 1.7 million lines with the socket lines), read
// through a Reader as `wspcycle trace validate` reads a file, and reports events per
// second. The log is produced while it is read, never held.
func BenchmarkValidateLoopbackLog(b *testing.B) {
	const events = 1_000_000
	c, err := trace.Load(spec.FS, spec.DefaultSpec, spec.DefaultConfig)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		res, err := c.ValidateStream(context.Background(), trace.NewReader(trace.NewLoopbackLog(events), "gen.ndjson"))
		if err != nil {
			b.Fatal(err)
		}
		if res.Failure != nil || res.Events != events {
			b.Fatalf("%d of %d events fit: %v", res.Events, events, res.Failure)
		}
	}
	b.ReportMetric(float64(events)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}
