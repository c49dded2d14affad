---- MODULE InvFailTrace ----
LOCAL INSTANCE TLC

CounterExample == 
	[action |-> {<<<<1, [a |-> 0, b |-> 0]>>, [name |-> "Next", location |-> [beginLine |-> 6, beginColumn |-> 12, endLine |-> 6, endColumn |-> 45, module |-> "InvFail"]], <<2, [a |-> 1, b |-> 0]>>>>, <<<<2, [a |-> 1, b |-> 0]>>, [name |-> "Next", location |-> [beginLine |-> 7, beginColumn |-> 12, endLine |-> 7, endColumn |-> 45, module |-> "InvFail"]], <<3, [a |-> 1, b |-> 2]>>>>, <<<<3, [a |-> 1, b |-> 2]>>, [name |-> "Next", location |-> [beginLine |-> 7, beginColumn |-> 12, endLine |-> 7, endColumn |-> 45, module |-> "InvFail"]], <<4, [a |-> 1, b |-> 4]>>>>}, state |-> {<<1, [a |-> 0, b |-> 0]>>, <<2, [a |-> 1, b |-> 0]>>, <<3, [a |-> 1, b |-> 2]>>, <<4, [a |-> 1, b |-> 4]>>}]

====