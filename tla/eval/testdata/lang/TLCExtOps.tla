---- MODULE TLCExtOps ----
\* TLCExt's run-dependent operators, each ASSUME and conjunct holding
\* with TLC rev cc6b616 (which checks this model without error: x runs
\* 0..3, 4 distinct states, 1 + 3 generated):
\*   - TLCGetOrDefault(i, d) is register i, or d while it is unset, and d
\*     for a string key (even "level");
\*   - TLCGetAndSet(i, +, 10, 100) is the old value (100 while unset) and
\*     sets old + 10: 100 then 110, leaving 120; one nested in the
\*     operator of another (registers 5 and 6) runs inside it (TLC's lock
\*     is reentrant): the outer is 0, then 5 holds 0 + 1 + 0 = 1, 6 holds 1;
\*   - AssertError(msg, e) is TRUE when e fails with exactly msg;
\*   - TLCDefer(e) is TRUE and TLC's search never evaluates e;
\*   - CounterExample is TLC's empty one, ToTrace of it <<>>, also in
\*     the POSTCONDITION after a search without error;
\*   - TLCGet("action") is TLC's placeholder of an unknown action;
\*   - Trace is the behaviour up to the state: in Next up to the state
\*     expanded, in the invariant up to the state checked.
EXTENDS TLC, TLCExt, Naturals, Sequences
VARIABLE x
ASSUME TLCGetOrDefault(1, 42) = 42
ASSUME TLCSet(1, 5)
ASSUME TLCGetOrDefault(1, 42) = 5
ASSUME TLCGetOrDefault("level", 7) = 7
ASSUME TLCGetAndSet(2, +, 10, 100) = 100
ASSUME TLCGetAndSet(2, +, 10, 100) = 110 /\ TLCGet(2) = 120
ASSUME TLCGetAndSet(5, LAMBDA o, v : TLCGetAndSet(6, LAMBDA a, b : a + b, 1, 0) + o + v, 1, 0) = 0
ASSUME TLCGet(5) = 1 /\ TLCGet(6) = 1
ASSUME AssertError("Attempted to apply Head to the empty sequence.", Head(<<>>))
ASSUME ~AssertError("x", 1 = 1)
ASSUME ~AssertError("another message", Head(<<>>))
ASSUME TLCDefer(Assert(FALSE, "never evaluated"))
ASSUME CounterExample = [action |-> {}, state |-> {}] /\ ToTrace(CounterExample) = <<>>
Unknown == [name |-> "UnnamedAction",
            location |-> [beginLine |-> 0, beginColumn |-> 0, endLine |-> 0, endColumn |-> 0,
                          module |-> "--TLA+ BUILTINS--"]]
ASSUME TLCGet("action") = Unknown
Init == x = 0
Next == /\ x < 3
        /\ x' = x + 1
        /\ Len(Trace) = x + 1
        /\ Trace[Len(Trace)].x = x
        /\ TLCGet("action") = Unknown
        /\ PickSuccessor(TRUE)
Inv == /\ Len(Trace) = x + 1
       /\ \A i \in 1..Len(Trace) : Trace[i] = [x |-> i - 1]
Post == ToTrace(CounterExample) = <<>>
====
