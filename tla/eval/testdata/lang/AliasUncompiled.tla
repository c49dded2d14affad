---- MODULE AliasUncompiled ----
\* An ALIAS with a part wspcycle does not compile (CounterExample, which
\* TLC evaluates): each state shows the variables and _ALIASEvalError.
EXTENDS Integers, TLCExt
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Alias == [x |-> x, ce |-> CounterExample]
Inv == x < 2
====
