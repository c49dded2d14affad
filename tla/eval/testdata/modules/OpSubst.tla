---- MODULE OpSubst ----
\* An operator substituted for an operator constant of an instance
\* (TLC ran on it: every ASSUME holds, 0 states):
\*   - WITH Leader <- Leader, the same name (the instantiating module's
\*     Leader(r) == r % 2 for the instance's CONSTANT Leader(_));
\*   - implicitly, by name, in I;
\*   - by a LAMBDA, in R.
EXTENDS Naturals
N == 4
Leader(r) == r % 2
INSTANCE RoundLeader WITH Leader <- Leader, N <- N
R == INSTANCE RoundLeader WITH Leader <- LAMBDA r : r + 10
ASSUME Leaders = {0, 1}
ASSUME IsLeader(1, 3) /\ ~IsLeader(1, 4)
ASSUME R!Leaders = {11, 12, 13, 14}
ASSUME R!IsLeader(13, 3)
I == INSTANCE RoundLeader
ASSUME I!IsLeader(0, 2) /\ I!Leaders = Leaders
====
