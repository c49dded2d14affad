---- MODULE LintExt ----
EXTENDS Naturals, LintBase
VARIABLE s
I == INSTANCE LintInst WITH k <- s
Init == s = [base |-> 0, Nat |-> 1]
Next == s' = [s EXCEPT !.base = s.base + 1] /\ s.base < 2
Both == [s |-> "v", I |-> "i"]
====
