---- MODULE CovInstNamed ----
\* Next is I!Next and Step J(3)!Inc of named instances with substitutions:
\* TLC keeps each whole as one action named by the definition applied
\* (I!Next, J!Inc, without the parameter's value) and locates it at the
\* instance's head, "I" and "J(m)" (the declaration SANY gives I!Next),
\* where an error trace locates the step at the whole statement. Each
\* INSTANCE has its own substitutions, listed first in its action's tree:
\* I's x 16 and y 10, J's x 18 and m 10 (J's y is only looked up, by
\* UNCHANGED b: not listed).
EXTENDS Naturals
VARIABLES x, y
I == INSTANCE CovInstInner WITH a <- x, b <- y, N <- 3
J(m) == INSTANCE CovInstInner WITH a <- x, b <- y, N <- m
Init == I!Init
Next == I!Next \/ J(4)!Inc
Inv == x <= 4
====
