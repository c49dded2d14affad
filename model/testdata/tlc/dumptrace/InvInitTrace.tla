---- MODULE InvInitTrace ----
LOCAL INSTANCE TLC

CounterExample == 
	[action |-> {}, state |-> {<<1, [x |-> 0, y |-> 1]>>}]

====