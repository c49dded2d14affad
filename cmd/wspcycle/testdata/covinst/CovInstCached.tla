---- MODULE CovInstCached ----
\* INVARIANT Inv reads N three times and a three times in each of the 4
\* states, but TLC evaluates it with cached LazyValues (Tool.eval of its
\* SubstInNode): each substitution counts once per state there, while each
\* read in Next counts (uncached): x 11 (Next's a < N 4 and a + 1 3, Inv's
\* 4), 1 + 2 8 (Next's 4, Inv's 4), though Inv's N are folded constants.
EXTENDS Naturals
VARIABLES x
INSTANCE CovInstCachedInner WITH a <- x, N <- 1 + 2
====
