---- MODULE FcnUnchanged ----
\* A function whose body is UNCHANGED x, applied as an action, assigns
\* x' (TLC expands its body); so does U. TLC: x runs 0, 1, 2; from each
\* state U and g[1] give one successor each, and x = 0, 1 one more:
\* 3 distinct, 1 + 2 + 3 + 3 = 9 generated.
EXTENDS Naturals
VARIABLE x
Init == x = 0
U == UNCHANGED x
g[i \in {1}] == UNCHANGED x
Next == (x < 2 /\ x' = x + 1) \/ U \/ g[1]
====
