---- MODULE CovInstWithOrder ----
\* SANY makes an implicit substitution for each constant and variable of
\* the instantiated module that this module has a symbol for (u and B),
\* in the order of the instantiated module's symbol table; an explicit
\* substitution of such a name overwrites it in place (B <- B + 0), the
\* others (v <- p, A <- 3) follow in the WITH clause's order. TLC lists
\* them so under Inv, told apart by their counts; the explicit ones were
\* all listed after the implicit ones, as written.
EXTENDS Naturals
CONSTANT B
VARIABLES u, p
INSTANCE CovInstWithOrderInner WITH v <- p, B <- B + 0, A <- 3
====
