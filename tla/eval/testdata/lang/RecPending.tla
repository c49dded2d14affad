---- MODULE RecPending ----
\* K applies the RECURSIVE operator R inside whose body it is used, and R
\* reads the state: K is state-level, not a constant to evaluate once, even
\* though K is first met while R's body is being compiled (when what R
\* reads is not known yet). R(5) = K = R(2) = R(1) = x in every state.
EXTENDS Naturals
VARIABLE x
RECURSIVE R(_)
K == R(2)
R(n) == IF n <= 1 THEN x ELSE IF n = 5 THEN K ELSE R(n - 1)
Init == x = 0
Next == x' = (x + 1) % 3
Inv == R(5) = x
====
