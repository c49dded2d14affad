---- MODULE CovInstNamed ----
\* Next is I!Next and Step J(3)!Inc of named instances with substitutions:
\* TLC keeps each whole as one action named by the definition applied
\* (I!Next, J!Inc, without the parameter's value) and locates it at the
\* instance's head, "I" and "J(m)" (the declaration SANY gives I!Next),
\* where an error trace locates the step at the whole statement. The lines
\* of the substitution expressions (in the last tree TLC walked through
\* them) are not compared.
EXTENDS Naturals
VARIABLES x, y
I == INSTANCE CovInstInner WITH a <- x, b <- y, N <- 3
J(m) == INSTANCE CovInstInner WITH a <- x, b <- y, N <- m
Init == I!Init
Next == I!Next \/ J(4)!Inc
Inv == x <= 4
====
