---- MODULE CovLamLet ----
\* A LAMBDA passed inside a LET definition of an action. Top is the LET
\* of a whole action (TLC's split of Next peels it): the LAMBDA's body is
\* connected to the applications P(e), P(f) as for any operator, and TLC
\* warns of nothing. Conj has the LET inside a conjunct: TLC's lookups of
\* the body's nodes fail (warning 2776) and count on P(e), P(f).
EXTENDS Naturals
CONSTANT S
VARIABLES x, y
Pick(T, P(_)) == CHOOSE e \in T : P(e) /\ \A f \in T : P(f) => f = e
Init == x = 0 /\ y = 0
Top == LET r == Pick(S, LAMBDA s : s = (y + 1) % 2)
       IN /\ y < 3
          /\ x = 0
          /\ x' = r
          /\ y' = y + 1
Conj == /\ x = 1
        /\ y < 3
        /\ LET r == Pick(S, LAMBDA s : s = y % 2) IN x' = r
        /\ y' = y + 1
Next == Top \/ Conj
====
