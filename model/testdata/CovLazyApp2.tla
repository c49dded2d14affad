---- MODULE CovLazyApp2 ----
\* R[m, n] with R <- R1 in the cfg, R1 a function constructor of one name
\* over a product: TLC evaluates R1 to a FcnLambdaValue at each use and
\* its body at <<m, n>> only (Examples' MCEcho: R[m, n] counted the
\* whole table, 81 for TLC's 9).
EXTENDS Naturals
CONSTANT R
N1 == {"a", "b", "c"}
R1 == [edge \in N1 \X N1 |-> IF edge[1] = edge[2] THEN FALSE ELSE TRUE]
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 2
Inv == x # 5 /\ \A m \in N1 : \A n \in {"a", "b"} : R[m, n] => m # n
====
