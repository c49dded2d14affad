---- MODULE CovFcnSets ----
\* Sets stored inside a function value keep the node of the constructor
\* that built them, and cost there wherever a later state enumerates
\* them: Init's {} (2:16) in TypeOK's m \in [Node -> SUBSET {1, 2}] and
\* in Rem's \E v \in m[n]; Add's {v} (32:96) passed on by @ \cup {v}
\* while @ is {} (and enumerated there when @ is not); Rem's @ \ {v}
\* keeps @'s node. Enumerating UNION S costs its size plus one on S's
\* node (16:40), nothing on its elements'; asking it for membership
\* (Free) costs nothing. Rem, a \E TLC does not expand whose body and set
\* all count 32, is one line at the \E v.
EXTENDS Naturals
VARIABLES m
Node == 1..2
Init == m = [n \in Node |-> {}]
Add == \E n \in Node, v \in 1..2 :
         /\ v \notin m[n]
         /\ m' = [m EXCEPT ![n] = @ \cup {v}]
Rem == \E n \in Node : \E v \in m[n] :
         m' = [m EXCEPT ![n] = @ \ {v}]
Next == Add \/ Rem
TypeOK == m \in [Node -> SUBSET {1, 2}]
Used == UNION {m[n] : n \in Node} \subseteq 1..2
Free == 3 \in ({3, 4} \ UNION {m[n] \cap {1} : n \in Node})
====
