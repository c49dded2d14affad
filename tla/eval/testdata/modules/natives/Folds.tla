---- MODULE Folds ----
\* A stand-in for the CommunityModules operator MapThenFoldSet, written for
\* wspcycle's tests: op(f(x1), op(f(x2), ... op(f(xn), base))) where x1 is
\* choose(S), x2 is choose(S \ {x1}), and so on.
RECURSIVE MapThenFoldSet(_, _, _, _, _)
MapThenFoldSet(op(_, _), base, f(_), choose(_), S) ==
    IF S = {} THEN base
    ELSE LET x == choose(S)
         IN op(f(x), MapThenFoldSet(op, base, f, choose, S \ {x}))
====
