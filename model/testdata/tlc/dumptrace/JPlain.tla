---- MODULE JPlain ----
LOCAL INSTANCE TLC

Trace == 
	<<[str |-> "hi", mv |-> m, f |-> (1 :> 1 @@ 3 :> 3), q |-> <<1, "a">>, r |-> [a |-> 1, b |-> TRUE], s |-> {1, 2}, t |-> <<>>], [str |-> "hi", mv |-> m, f |-> (1 :> 1 @@ 3 :> 3), q |-> <<1, "a">>, r |-> [a |-> 1, b |-> TRUE], s |-> {}, t |-> <<>>]>>

====