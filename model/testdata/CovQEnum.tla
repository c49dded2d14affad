---- MODULE CovQEnum ----
EXTENDS Naturals
CONSTANT Quorum
VARIABLE b
MCQuorum == {{1}}
Init == b \in 0..3
Next == b' = b
A == \E Q \in Quorum : \A a \in Q : a >= b - b
B == \E Q \in Quorum : (\E a \in Q : a = b) \/ b # 1
C == \E Q \in Quorum : \A d \in (b + 1)..2, a \in Q : a # d + 5
D == \E Q \in Quorum : \A a \in Q, d \in (b + 1)..2 : a # d + 5
E == \A a \in {1, 2}, d \in (b + 1)..2 : a # d + 5
F == \A d \in {x + 5 : x \in 1..(2 - b)}, a \in {1, 2} : a # d
G == \E Q \in Quorum : (\A d \in b..b, a \in Q : a = d) \/ b # 1
====
TLC's ContextEnumerator fetches the first value of each binder's set in
order and stops at the first empty one: the sets before it cost 1, the
empty one its end, those after it nothing (D, E, F when the interval or
the set map is empty). A body that stops the loop stops it after the
enumerator stepped: d's end, d anew and Q's next (G: 2 on Q). Q is an
element of MCQuorum's {{1}}, whose inner {1} keeps its node (Examples'
MCPaxos: ShowsSafeAt's \A d \in (c+1)..(b-1), a \in Q).
