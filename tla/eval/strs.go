package eval

import "github.com/wspcycle/wspcycle/tla/value"

// strs is the spec's order of strings (strorder.go), through which the
// compiler makes every string and model value.
func (c *compiler) strs() *value.Strings { return c.run.strs }

// Strings is the spec's order of strings and model values (TLC's, see
// stringOrder): a value the caller makes for this spec (a model value read
// back from a checkpoint, a record it compares with the spec's) must be
// made through it.
func (r *Run) Strings() *value.Strings { return r.strs }
