---- MODULE SimTrcl ----
\* A parent relation drawn at random; the invariant computes its transitive
\* closure as Relation's TransitiveClosure does (a recursive function whose
\* body is a function constructor): Closed holds (the closure is
\* transitive); Acyclic fails on a cycle.
EXTENDS Naturals, FiniteSets
CONSTANT None
Node == {"a", "b", "c"}
VARIABLE parent
IsParent == [e \in Node \X Node |-> parent[e[1]] = e[2]]
TransitiveClosure(R, S) ==
  LET N == Cardinality(S)
      trcl[n \in Nat] ==
          [x, y \in S |-> IF n = 0 THEN R[x, y]
                          ELSE \/ trcl[n-1][x, y]
                               \/ \E z \in S : trcl[n-1][x, z] /\ trcl[n-1][z, y]]
  IN trcl[N]
Init == parent = [n \in Node |-> None]
Next == \E n \in Node : \E m \in (Node \ {n}) \cup {None} : parent' = [parent EXCEPT ![n] = m]
Acyclic == LET anc == TransitiveClosure(IsParent, Node) IN \A n \in Node : ~anc[n, n]
Closed == LET anc == TransitiveClosure(IsParent, Node)
          IN \A x, y, z \in Node : anc[x, y] /\ anc[y, z] => anc[x, z]
====
