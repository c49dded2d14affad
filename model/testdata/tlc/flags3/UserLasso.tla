---- MODULE UserLasso ----
EXTENDS Naturals, TLC
VARIABLE x
ASSUME PrintT("assume")
Init == x = 0 /\ PrintT(<<"init", x>>)
Next == x' = (x + 1) % 3 /\ Print(x, TRUE)
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == <>(x = 5)
====
