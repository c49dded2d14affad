---- MODULE StepScope ----
EXTENDS Naturals
THEOREM T1 == \A n \in Nat : n >= 0
<1>1. TAKE n \in Nat
<1>2. n >= 0
  <2>1. PICK m \in Nat : m = n OBVIOUS
  <2>2. QED BY <2>1
<1>3. m = m OBVIOUS
<1>4. QED OBVIOUS
THEOREM T2 == TRUE
<1>1. ASSUME NEW k \in Nat PROVE k >= 0 OBVIOUS
<1>2. k = k OBVIOUS
<1>3. QED OBVIOUS
THEOREM T3 == TRUE
<1>1. TRUE
  <2> DEFINE G == 1
  <2>1. QED BY DEF G
<1>2. G = 1 BY DEF G
<1>3. QED OBVIOUS
THEOREM T4 == TRUE
<1>1. z = z OBVIOUS
<1>2. PICK z \in Nat : TRUE OBVIOUS
<1>3. QED OBVIOUS
THEOREM T5 == TRUE
<1>1. PICK y \in Nat : y = y
  <2>1. y = y OBVIOUS
  <2>2. QED OBVIOUS
<1>2. SUFFICES ASSUME NEW w \in Nat PROVE w = w
  <2>1. w = w OBVIOUS
  <2>2. QED OBVIOUS
<1>3. QED BY w = w
THEOREM T6 == ASSUME NEW q PROVE q = q
<1>1. q = q OBVIOUS
<1>2. QED OBVIOUS
THEOREM T7 == q = q
====
