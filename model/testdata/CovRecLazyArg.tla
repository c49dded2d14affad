---- MODULE CovRecLazyArg ----
\* A recursive function passed to a RECURSIVE operator (taken by name)
\* counts, at each application, only when the body reads the parameter
\* (TLC's LazyValue): f of Sum(f, S \ {y}) is not read at S = {}, so it
\* counts fewer than its application and TLC lists the subtree in full
\* (Examples' Chameneos' SumMet). Passed on through the same parameter,
\* a read evaluates the enclosing application's argument too.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
RECURSIVE Sum(_, _)
Sum(f, S) == IF S = {} THEN 0
                       ELSE LET y == CHOOSE y \in S : TRUE
                            IN  f[y] + Sum(f, S \ {y})
RECURSIVE Last(_, _)
Last(f, S) == IF S = {} THEN f[1]
              ELSE Last(f, S \ {CHOOSE y \in S : TRUE})
Inv1 == LET g[c \in 1..2] == x + c
        IN Sum(g, 1..2) # 70
Inv2 == LET h[c \in 1..3] == x + c
        IN Last(h, 1..3) # 70
====
