---- MODULE StayTrace ----
LOCAL INSTANCE TLC

CounterExample == 
	[action |-> {<<<<1, [x |-> 0]>>, [name |-> "UnnamedAction", location |-> [beginLine |-> 0, beginColumn |-> 0, endLine |-> 0, endColumn |-> 0, module |-> "--TLA+ BUILTINS--"]], <<1, [x |-> 0]>>>>}, state |-> {<<1, [x |-> 0]>>}]

====