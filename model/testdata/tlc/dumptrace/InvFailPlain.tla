---- MODULE InvFailPlain ----
LOCAL INSTANCE TLC

Trace == 
	<<[a |-> 0, b |-> 0], [a |-> 1, b |-> 0], [a |-> 1, b |-> 2], [a |-> 1, b |-> 4]>>

====