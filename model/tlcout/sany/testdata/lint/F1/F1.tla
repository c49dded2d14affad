---- MODULE F1 ----
EXTENDS Naturals
CONSTANT S
g == 1
h == 2
k == 3
THEOREM ASSUME NEW x \in S PROVE [g |-> x] = [g |-> x]
THEOREM T1 == \A y \in S : [h |-> 1] = [h |-> 1]
<1> TAKE z \in S
<1> DEFINE dd == [k |-> 5]
<1> QED
THEOREM [T1 |-> 1] = [k |-> 2]
  OBVIOUS
====
