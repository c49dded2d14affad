---- MODULE CovOrProbe ----
\* TLC's coverage (-coverage) of a disjunction conjunct of an action: once
\* every primed variable has a value, TLC evaluates it as an expression,
\* counting its node (14: 7 states, each with y' = 1 and y' = 2 to test)
\* with the disjuncts under it (the second only when the first is FALSE:
\* 4); a disjunction that assigns (y' = 1 \/ y' = 2) has its own node
\* only. TLC's report is model/testdata/tlc/coverage/CovOrProbe.*.out.
EXTENDS Naturals
VARIABLE x, y
Init == x = 0 /\ y = 0
Next == /\ x' = (x + 1) % 3
        /\ y' = 1 \/ y' = 2
        /\ \/ x' # 2
           \/ x' = 2
====
