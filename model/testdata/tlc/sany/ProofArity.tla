---- MODULE ProofArity ----
EXTENDS Naturals
F(a, b) == a + b
G == 1
THEOREM T1 == F(1) = 1
THEOREM T2 == TRUE
  BY F(1, 2, 3) = 3
THEOREM T3 == TRUE
<1>1. G(2) = 1 OBVIOUS
<1>2. PICK y \in Nat : F(y) = 1 OBVIOUS
<1>3. QED BY DEF F
THEOREM T4 == ASSUME NEW H(_) PROVE H(1, 2) = 1
THEOREM T5 == TRUE
<1> DEFINE K(a) == a
<1>1. K = 1 OBVIOUS
<1>2. QED OBVIOUS
====
