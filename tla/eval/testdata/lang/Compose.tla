---- MODULE Compose ----
\* A \cdot B: B reads the state A leads to (TLC needs
\* -Dtlc2.tool.impl.Tool.cdot=true, which TLCGet reports).
EXTENDS Integers, TLC
VARIABLE x, y
ASSUME TLCGet("-Dtlc2.tool.impl.Tool.cdot") = "true"
Init == x = 0 /\ y = 0
A == x < 4 /\ x' \in {x + 1, x + 2, x + 3} /\ y' = y
B == x > 1 /\ x' = x * 10 /\ y' = y + x
Next == A \cdot B
Inv == x \in {0, 20, 30} /\ y = x \div 10
====
