---- MODULE CovInstInner ----
\* The module the CovInst* specs instantiate (their comments say what TLC
\* reports).
EXTENDS Naturals
CONSTANT N
VARIABLES a, b
Init == a = 0 /\ b = 0
Inc == /\ a < N
       /\ a' = a + 1
       /\ UNCHANGED b
Flip == /\ b' = 1 - b
        /\ UNCHANGED a
Next == Inc \/ Flip
TypeOK == a \in 0..N /\ b \in {0, 1}
====
