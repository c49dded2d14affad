---- MODULE MapEnabledInv ----
\* ENABLED written in the abstract module, used through the instance, with
\* x <- y % 2: over y, ENABLED (x' = 5) is FALSE (no y' has y' % 2 = 5);
\* TLC computes it over MapBase's x, free in the next state: TRUE, so the
\* invariant holds in the 2 states (y = 0, 1).
EXTENDS Naturals
VARIABLE y
Init == y = 0
Next == y' = 1 - y
B == INSTANCE MapBase WITH x <- y % 2, z <- 0
Inv == B!CanJump
====
