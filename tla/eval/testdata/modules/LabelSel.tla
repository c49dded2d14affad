---- MODULE LabelSel ----
\* Labels as selectors (TLC ran on it: every ASSUME holds, 0 states):
\* Op(n)!big is the labelled conjunct with n bound, Op(2)!big!1 its left
\* operand; Op(3)!each(2) is the body of each(k):: inside \A k, with k
\* denoting 2 (2 <= 3); Op(1)!each(4) is 4 <= 1, FALSE.
EXTENDS Naturals
Op(n) == /\ n > 0
         /\ big:: n + 1 > 2
         /\ \A k \in 1..n : each(k):: k <= n
ASSUME Op(3)!big
ASSUME ~Op(1)!big
ASSUME Op(2)!big!1 = 3
ASSUME Op(3)!each(2)
ASSUME ~Op(1)!each(4)
ASSUME Op(2)!each(1)!2 = 2
====
