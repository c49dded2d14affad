---- MODULE CovSubstDef ----
\* Each use of S or T evaluates 1 .. K again, reading K through the
\* INSTANCE's substitution: K counts 12 (nx's 3, S's 3, T's 3 in Next,
\* Inv's 3), where only nx's were counted (S's value was kept from the
\* first evaluation). Pairs, a definition of this module, is evaluated
\* once at load, before the search: its uses read K no more.
EXTENDS Naturals
CONSTANT K
VARIABLES x
INSTANCE CovSubstDefInner
Pairs == S \X S
PairInv == <<x, x>> \in Pairs
====
