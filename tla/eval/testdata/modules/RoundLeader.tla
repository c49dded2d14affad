---- MODULE RoundLeader ----
\* Instantiated by OpSubst.tla: an operator constant and a constant.
EXTENDS Naturals
CONSTANTS Leader(_), N
Leaders == {Leader(r) : r \in 1..N}
IsLeader(p, r) == Leader(r) = p
====
