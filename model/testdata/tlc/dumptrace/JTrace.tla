---- MODULE JTrace ----
LOCAL INSTANCE TLC

CounterExample == 
	[action |-> {<<<<1, [str |-> "hi", mv |-> m, f |-> (1 :> 1 @@ 3 :> 3), q |-> <<1, "a">>, r |-> [a |-> 1, b |-> TRUE], s |-> {1, 2}, t |-> <<>>]>>, [name |-> "Next", location |-> [beginLine |-> 6, beginColumn |-> 9, endLine |-> 6, endColumn |-> 52, module |-> "J"]], <<2, [str |-> "hi", mv |-> m, f |-> (1 :> 1 @@ 3 :> 3), q |-> <<1, "a">>, r |-> [a |-> 1, b |-> TRUE], s |-> {}, t |-> <<>>]>>>>}, state |-> {<<1, [str |-> "hi", mv |-> m, f |-> (1 :> 1 @@ 3 :> 3), q |-> <<1, "a">>, r |-> [a |-> 1, b |-> TRUE], s |-> {1, 2}, t |-> <<>>]>>, <<2, [str |-> "hi", mv |-> m, f |-> (1 :> 1 @@ 3 :> 3), q |-> <<1, "a">>, r |-> [a |-> 1, b |-> TRUE], s |-> {}, t |-> <<>>]>>}]

====