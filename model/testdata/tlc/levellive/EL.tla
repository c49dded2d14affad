---- MODULE EL ----
EXTENDS Naturals, TLC
VARIABLES x
Init == x = 0
A == PrintT(<<"inA", TLCGet("level"), x>>) /\ x' = (x + 1) % 3
Next == A
Inv == PrintT(<<"inv", TLCGet("level"), x, ENABLED A>>)
Spec == Init /\ [][Next]_x /\ WF_x(A)
Prop == []<>(x = 0)
====
