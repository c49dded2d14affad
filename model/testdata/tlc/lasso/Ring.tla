---- MODULE Ring ----
\* One large SCC (a ring with a chord): the cycle is built inside it.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Step == x' = (x + 1) % 6
Skip == x = 3 /\ x' = 1
Spec == Init /\ [][Step \/ Skip]_x /\ WF_x(Step)
Prop == <>(x = 9)
====
