---- MODULE DeadlockPlain ----
LOCAL INSTANCE TLC

Trace == 
	<<[l1 |-> "free", l2 |-> "free", pc1 |-> "a", pc2 |-> "a"], [l1 |-> "p1", l2 |-> "free", pc1 |-> "b", pc2 |-> "a"], [l1 |-> "p1", l2 |-> "p2", pc1 |-> "b", pc2 |-> "b"]>>

====