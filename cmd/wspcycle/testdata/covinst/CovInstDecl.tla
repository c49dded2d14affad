---- MODULE CovInstDecl ----
\* INIT Init, NEXT Next and INVARIANT TypeOK are definitions of an INSTANCE
\* without a name: SANY declares them at the INSTANCE statement, where TLC's
\* report locates them, under their own names ("<TypeOK line 11, col 1 to
\* line 11, col 53 of module CovInstDecl>"), Next kept whole (a SubstInNode).
\* TLC lists the substitution expressions x, y and 1 + 2 in TypeOK's tree (the
\* last tree its CostModelCreator walked through them), counting every
\* evaluation of them: x 22 (a < N in the 8 states, a + 1 in the 6 where Inc
\* goes on, a in TypeOK in the 8), y 16 (1 - b and TypeOK, 8 each), 1 + 2 16
\* (a < N and TypeOK); a' = a + 1 and UNCHANGED b only look the variable up.
EXTENDS Naturals
VARIABLES x, y
INSTANCE CovInstInner WITH a <- x, b <- y, N <- 1 + 2
====
