---- MODULE InvError ----
\* An evaluation error inside an invariant. Expected, worked by hand: the
\* initial state <<1>> satisfies Inv; its successor <<>> makes Head(<<>>)
\* fail while Inv is checked on it: result error (exit 75), trace of 2 states,
\* depth 2.
EXTENDS Naturals, Sequences
VARIABLE s
Init == s = <<1>>
Next == s' = Tail(s)
Inv == Head(s) > 0
====
