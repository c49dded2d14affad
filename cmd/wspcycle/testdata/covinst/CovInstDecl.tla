---- MODULE CovInstDecl ----
\* INIT Init, NEXT Next and INVARIANT TypeOK are definitions of an INSTANCE
\* without a name: SANY declares them at the INSTANCE statement, where TLC's
\* report locates them, under their own names ("<TypeOK line 11, col 1 to
\* line 11, col 53 of module CovInstDecl>"), Next kept whole (a SubstInNode).
\* TLC lists the substitution expressions x, y and 1 + 2 in TypeOK's tree (the
\* last tree its CostModelCreator walked through them), counting every
\* evaluation of them: not compared (the test drops them).
EXTENDS Naturals
VARIABLES x, y
INSTANCE CovInstInner WITH a <- x, b <- y, N <- 1 + 2
====
