---- MODULE TraceLevel ----
\* TLCExt's Trace and TLCGet("level") in each kind of formula the
\* breadth-first search evaluates, with one worker and with several
\* (model/tracelevel_test.go gives TLC's answers).
EXTENDS Naturals, Sequences, TLC, TLCExt
VARIABLES x, y
Init == x = 0 /\ y \in 0..5
Next == \/ x < 3 /\ x' = x + 1 /\ UNCHANGED y
        \/ x > 0 /\ x' = 0 /\ UNCHANGED y
        \/ y' = (y + 1) % 6 /\ UNCHANGED x
Step(a, b) == \/ a.x < 3 /\ b.x = a.x + 1 /\ b.y = a.y
              \/ a.x > 0 /\ b.x = 0 /\ b.y = a.y
              \/ b.y = (a.y + 1) % 6 /\ b.x = a.x
\* Trace is a behaviour of the spec, as long as the level of the state it
\* is evaluated in, that ends in that state.
Path == /\ Len(Trace) = TLCGet("level")
        /\ Trace[Len(Trace)] = [x |-> x, y |-> y]
        /\ \A i \in 1..Len(Trace) - 1 : Step(Trace[i], Trace[i + 1])
NextPath == Path /\ Next
AP == [][Path]_<<x, y>>
\* A state with x = 3 is out of the model, but its invariants are checked.
Small == x < 3
Far == x = 3 => Path
\* Violated by the first state with y = 4 reached by a step of x.
Fresh == y = 4 => \A i \in 1..Len(Trace) : Trace[i].x = 0
====
