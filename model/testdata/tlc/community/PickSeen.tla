---- MODULE PickSeen ----
\* PickSuccessor on a step to a state already found is TRUE before its
\* argument is looked at: here the argument is FALSE and then not even a
\* Boolean on the step back to the initial state.
EXTENDS Naturals, TLC, TLCExt
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3 /\ PickSuccessor(IF x' = 0 THEN 7 ELSE TRUE)
       /\ PickSuccessor(x' # 0)
====
