---- MODULE InstOps ----
\* An instance's operator symbols applied in prefix form (I!++(1, 2),
\* I!-.(3), I!^#(3)), through a parameterized instance, and passed as an
\* operator argument (F(I!++)).
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE InstOpsLib
J(k) == INSTANCE InstOpsLib
F(Op(_, _)) == Op(2, 3)
ASSUME PrintT(<<I!++(1, 2), I!-.(3), I!^#(3), J(1)!++(4, 5), F(I!++)>>)
Init == x = I!++(0, 0)
Next == x' = IF x < 5 THEN I!++(x, 0) ELSE x
====
