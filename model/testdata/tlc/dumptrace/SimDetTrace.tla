---- MODULE SimDetTrace ----
LOCAL INSTANCE TLC

CounterExample == 
	[action |-> {<<<<1, [x |-> 0]>>, [name |-> "Next", location |-> [beginLine |-> 7, beginColumn |-> 9, endLine |-> 7, endColumn |-> 18, module |-> "SimDet"]], <<2, [x |-> 1]>>>>, <<<<2, [x |-> 1]>>, [name |-> "Next", location |-> [beginLine |-> 7, beginColumn |-> 9, endLine |-> 7, endColumn |-> 18, module |-> "SimDet"]], <<3, [x |-> 2]>>>>, <<<<3, [x |-> 2]>>, [name |-> "Next", location |-> [beginLine |-> 7, beginColumn |-> 9, endLine |-> 7, endColumn |-> 18, module |-> "SimDet"]], <<4, [x |-> 3]>>>>}, state |-> {<<1, [x |-> 0]>>, <<2, [x |-> 1]>>, <<3, [x |-> 2]>>, <<4, [x |-> 3]>>}]

====