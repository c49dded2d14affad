---- MODULE ThmProofGood ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ x < 2
THEOREM ThmProofGood == \A n \in Nat : n + 0 = n
<1> SUFFICES ASSUME NEW n \in Nat PROVE n + 0 = n
  OBVIOUS
<1> DEFINE m == n + 0
<1>1. PICK k \in Nat : k = m
  OBVIOUS
<1>2. CASE n = 0
  BY <1>2
<1> TAKE z \in Nat
<1>3. HAVE z = z
<1>4. ASSUME NEW w \in Nat PROVE w = w
  BY <1>1, w \in Nat
<1>5. QED BY <1>1, ThmProofGood DEF m, Init
====
