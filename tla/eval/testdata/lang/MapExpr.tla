---- MODULE MapExpr ----
\* A refinement mapping that replaces the abstract variable by an
\* expression: y runs 0, 2, 4 and the abstract x is y \div 2 (0, 1, 2).
\* TLC computes ENABLED of MapBase's A over MapBase's own variable x,
\* whose current value is y \div 2: A is enabled while y \div 2 < 2.
EXTENDS Naturals
VARIABLE y
Init == y = 0
Next == y < 4 /\ y' = y + 2
Fair == Init /\ [][Next]_y /\ WF_y(Next)
Unfair == Init /\ [][Next]_y
B == INSTANCE MapBase WITH x <- y \div 2, z <- 0
Refines == B!Spec
====
