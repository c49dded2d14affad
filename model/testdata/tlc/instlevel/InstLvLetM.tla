---- MODULE InstLvLetM ----
EXTENDS Naturals
Twice(s) == LET F(i) == i + i IN F(s)
One == (LET i == 1 IN i) * (CHOOSE i \in {1} : TRUE)
Sum(S) == LET f[i \in SUBSET S] == IF i = {} THEN 0 ELSE LET e == CHOOSE e \in i : TRUE IN e + f[i \ {e}]
          IN f[S]
====
