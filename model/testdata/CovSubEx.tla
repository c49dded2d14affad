---- MODULE CovSubEx ----
EXTENDS Naturals
CONSTANT Acc
VARIABLE x
MCAcc == {1}
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
V == INSTANCE CovSubExInner
Inv == V!Inv
Prop == V!Spec
====
Prop is an implied action [][V!Next]_x whose \E a \in Acc, b \in 0..1
and \A c \in Acc \ {a} enumerate the substitution's LazyValue of Acc
(MCAcc's {1}): the first stops after the odometer rolled Acc over (3 per
step), the second enumerates Acc \ {a}, which keeps Acc's node (1 per
step). Examples' MCPaxos: Voting's Next and VoteFor.
