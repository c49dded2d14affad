---- MODULE LetRecursiveOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == LET RECURSIVE F(_)
            F(n) == (n
        IN x = F(1)
Next == x' = x
====
