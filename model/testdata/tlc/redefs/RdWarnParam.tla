---- MODULE RdWarnParam ----
EXTENDS Naturals
CONSTANT K
VARIABLE v
RECURSIVE Sum(_, _)
Sum(a, b) == IF a = 0 THEN b
                      ELSE Sum(a - 1, b)
INSTANCE RdWP
Init == v = Sum(1, 2)
Next == v' = v
====
