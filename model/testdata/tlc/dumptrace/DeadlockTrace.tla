---- MODULE DeadlockTrace ----
LOCAL INSTANCE TLC

CounterExample == 
	[action |-> {<<<<1, [l1 |-> "free", l2 |-> "free", pc1 |-> "a", pc2 |-> "a"]>>, [name |-> "P1a", location |-> [beginLine |-> 5, beginColumn |-> 8, endLine |-> 5, endColumn |-> 84, module |-> "Deadlock"]], <<2, [l1 |-> "p1", l2 |-> "free", pc1 |-> "b", pc2 |-> "a"]>>>>, <<<<2, [l1 |-> "p1", l2 |-> "free", pc1 |-> "b", pc2 |-> "a"]>>, [name |-> "P2a", location |-> [beginLine |-> 8, beginColumn |-> 8, endLine |-> 8, endColumn |-> 84, module |-> "Deadlock"]], <<3, [l1 |-> "p1", l2 |-> "p2", pc1 |-> "b", pc2 |-> "b"]>>>>}, state |-> {<<1, [l1 |-> "free", l2 |-> "free", pc1 |-> "a", pc2 |-> "a"]>>, <<2, [l1 |-> "p1", l2 |-> "free", pc1 |-> "b", pc2 |-> "a"]>>, <<3, [l1 |-> "p1", l2 |-> "p2", pc1 |-> "b", pc2 |-> "b"]>>}]

====